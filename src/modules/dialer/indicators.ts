import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

const definition = (name: string): IndicatorDefinition => ({
  code: `dialer.${name}`,
  procedure: "002",
  unit: "percent",
  better: "higher",
  // Seed 002 §5 gives the formula and no goal for these three.
  target: { kind: "none" },
  dimensions: ["campaign", "list_type"],
  ...indicatorSql(import.meta.url, name),
  rowColumns: [
    { key: "campaign", kind: "text" },
    { key: "customer", kind: "text" },
    { key: "list_type", kind: "text" },
    { key: "attempts", kind: "number" },
    { key: "last_attempt_at", kind: "datetime" },
  ],
});

/** Seed 002's outbound indicators from the campaign's contact records: contactability, effectiveness and FCR. */
export const DIALER_INDICATORS: readonly IndicatorDefinition[] = [
  definition("contactability"),
  definition("effectiveness"),
  definition("fcr"),
];
