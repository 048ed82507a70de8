import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 002's emitted quality: the mean monitoring score, goal 90 %. */
export const QUALITY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "quality.emitted",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 90, catalogKey: "quality.emitted" },
    dimensions: ["advisor", "team", "scorecard"],
    ...indicatorSql(import.meta.url, "emitted-quality"),
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
