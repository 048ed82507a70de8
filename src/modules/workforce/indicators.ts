import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");
const sql = (name: string) => path.join(SQL_DIR, `${name}.sql`);

/** Seed 002's workforce indicators: absenteeism and turnover (the seed names no goal: lower is better). */
export const WORKFORCE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "workforce.absenteeism",
    procedure: "002",
    unit: "percent",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["advisor", "team"],
    valuesSql: sql("absenteeism-values"),
    rowsSql: sql("absenteeism-rows"),
    rowColumns: [
      { key: "shift_date", kind: "date" },
      { key: "advisor", kind: "text" },
      { key: "team", kind: "text" },
      { key: "starts_at", kind: "text" },
      { key: "ends_at", kind: "text" },
      { key: "attendance", kind: "text" },
      { key: "absence_reason", kind: "text" },
    ],
  },
  {
    code: "workforce.turnover",
    procedure: "002",
    unit: "percent",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["team"],
    valuesSql: sql("turnover-values"),
    rowsSql: sql("turnover-rows"),
    rowColumns: [
      { key: "advisor", kind: "text" },
      { key: "team", kind: "text" },
      { key: "hired_on", kind: "date" },
      { key: "left_on", kind: "date" },
      { key: "leaving_reason", kind: "text" },
    ],
  },
];
