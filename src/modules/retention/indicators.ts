import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 000's indicator, run by the indicator engine: cancellations this month below last month's. */
export const RETENTION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "retention.cancellations",
    procedure: "000",
    unit: "count",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["team", "product"],
    ...indicatorSql(import.meta.url, "cancellations"),
    rowColumns: [
      { key: "retention_case", kind: "text" },
      { key: "customer", kind: "text" },
      { key: "team", kind: "text" },
      { key: "closed_at", kind: "datetime" },
    ],
  },
];
