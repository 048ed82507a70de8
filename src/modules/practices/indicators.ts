import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seeds 002 and 004's adherence to the management practices: held ÷ due per leader and week (goal: every practice due). */
export const PRACTICE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "practices.adherence",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 100, catalogKey: "practices.adherence" },
    dimensions: ["leader", "team", "practice"],
    ...indicatorSql(import.meta.url, "adherence"),
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
