import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 002's workforce indicators: absenteeism and turnover (the seed names no goal: lower is better). */
export const WORKFORCE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "workforce.absenteeism",
    procedure: "002",
    unit: "percent",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["advisor", "team"],
    ...indicatorSql(import.meta.url, "absenteeism"),
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
    ...indicatorSql(import.meta.url, "turnover"),
    rowColumns: [
      { key: "advisor", kind: "text" },
      { key: "team", kind: "text" },
      { key: "hired_on", kind: "date" },
      { key: "left_on", kind: "date" },
      { key: "leaving_reason", kind: "text" },
    ],
  },
];
