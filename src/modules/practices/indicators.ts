import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

/** Seeds 002 and 004's adherence to the management practices: held ÷ due per leader and week (goal: every practice due). */
export const PRACTICE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "practices.adherence",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 100, catalogKey: "practices.adherence" },
    dimensions: ["leader", "team", "practice"],
    valuesSql: path.join(SQL_DIR, "adherence-values.sql"),
    rowsSql: path.join(SQL_DIR, "adherence-rows.sql"),
    rowColumns: [
      { key: "week_start", kind: "date" },
      { key: "leader", kind: "text" },
      { key: "team", kind: "text" },
      { key: "practice", kind: "text" },
      { key: "held", kind: "number" },
      { key: "due", kind: "number" },
    ],
  },
];
