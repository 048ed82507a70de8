import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/**
 * Seed 000's indicators, run by the indicator engine: its formula, cancellations this month below last
 * month's (III.2), and the retention rate the procedure exists for (retained ÷ closed cases), which the
 * seed states no goal for.
 */
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
      { key: "retention_case", kind: "text", label: { es: "Caso", en: "Case" } },
      { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "closed_at", kind: "datetime", label: { es: "Cerrado", en: "Closed" } },
    ],
  },
  {
    code: "retention.retention_rate",
    procedure: "000",
    unit: "percent",
    better: "higher",
    target: { kind: "none" },
    dimensions: ["team", "product", "branch", "offer"],
    ...indicatorSql(import.meta.url, "retention-rate"),
    rowColumns: [
      { key: "retention_case", kind: "text", label: { es: "Caso", en: "Case" } },
      { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "outcome", kind: "text", label: { es: "Resultado", en: "Outcome" } },
      { key: "closed_at", kind: "datetime", label: { es: "Cerrado", en: "Closed" } },
    ],
  },
];
