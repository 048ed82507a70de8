import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

/** Seed 000's indicator, run by the indicator engine: cancellations this month below last month's. */
export const RETENTION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "retention.cancellations",
    procedure: "000",
    unit: "count",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["team", "product"],
    valuesSql: path.join(SQL, "cancellations-values.sql"),
    rowsSql: path.join(SQL, "cancellations-rows.sql"),
    rowColumns: [
      { key: "retention_case", kind: "text" },
      { key: "customer", kind: "text" },
      { key: "team", kind: "text" },
      { key: "closed_at", kind: "datetime" },
    ],
  },
];
