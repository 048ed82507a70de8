import { type IndicatorCodes, type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** A case opened by an advisor without a team is keyed «none». */
const TEAM_CODES: IndicatorCodes = { none: { es: "Sin equipo", en: "No team" } };

/** The product kinds of customers/schemas.ts, and «none» for a case that named no product. */
const PRODUCT_CODES: IndicatorCodes = {
  internet: { es: "Internet", en: "Internet" },
  tv: { es: "Televisión", en: "TV" },
  fixed_voice: { es: "Telefonía fija", en: "Landline" },
  mobile: { es: "Móvil", en: "Mobile" },
  none: { es: "Sin producto", en: "No product" },
};

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
    codes: { team: TEAM_CODES, product: PRODUCT_CODES },
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
    codes: {
      team: TEAM_CODES,
      product: PRODUCT_CODES,
      outcome: { retained: { es: "Retenido", en: "Retained" }, cancelled: { es: "Baja aceptada", en: "Cancellation accepted" } },
      branch: {
        repeated_damage: { es: "Daño reiterado (A)", en: "Repeated damage (A)" },
        request_analysis: { es: "Sin daño reiterado (B)", en: "No repeated damage (B)" },
        none: { es: "Sin rama", en: "No branch" },
      },
      offer: { none: { es: "Sin oferta", en: "No offer" } },
    },
    rowColumns: [
      { key: "retention_case", kind: "text", label: { es: "Caso", en: "Case" } },
      { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "outcome", kind: "text", label: { es: "Resultado", en: "Outcome" } },
      { key: "closed_at", kind: "datetime", label: { es: "Cerrado", en: "Closed" } },
    ],
  },
];
