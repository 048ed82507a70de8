import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 001's indicator, run by the indicator engine: no anuladas × 100 ÷ probables de anulación (> 95 % aceptado). */
export const SERVICE_REQUEST_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "servicerequests.annulment_avoidance",
    procedure: "001",
    unit: "percent",
    better: "higher",
    target: { kind: "above", value: 95, catalogKey: "annulment_avoidance" },
    // The areas of seed 001 read it on their own screen (/anulaciones/indicador).
    readers: ["servicerequests:read"],
    dimensions: ["area", "team", "zone"],
    ...indicatorSql(import.meta.url, "annulment-avoidance"),
    rowColumns: [
      { key: "request", kind: "number" },
      { key: "customer", kind: "text" },
      { key: "request_type", kind: "text" },
      { key: "area", kind: "text" },
      { key: "zone", kind: "text" },
      { key: "probable_at", kind: "datetime" },
      { key: "status", kind: "text" },
    ],
  },
];
