import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

/** Seed 002's emitted quality: the mean monitoring score, goal 90 %. */
export const QUALITY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "quality.emitted",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 90, catalogKey: "quality.emitted" },
    dimensions: ["advisor", "team", "scorecard"],
    valuesSql: path.join(SQL_DIR, "emitted-quality-values.sql"),
    rowsSql: path.join(SQL_DIR, "emitted-quality-rows.sql"),
    rowColumns: [
      { key: "monitored_at", kind: "datetime" },
      { key: "advisor", kind: "text" },
      { key: "team", kind: "text" },
      { key: "scorecard", kind: "text" },
      { key: "score", kind: "number" },
      { key: "acknowledged_at", kind: "datetime" },
    ],
  },
];
