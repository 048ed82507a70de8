import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

const definition = (name: string, rowColumns: IndicatorDefinition["rowColumns"]): IndicatorDefinition => ({
  code: `dialer.${name}`,
  procedure: "002",
  unit: "percent",
  better: "higher",
  // Seed 002 §5 gives the formula and no goal for these three.
  target: { kind: "none" },
  dimensions: ["campaign", "list_type"],
  // The supervisor's live campaign (OutboundLivePage) shows them per campaign.
  readers: ["outbound:supervise"],
  ...indicatorSql(import.meta.url, name),
  rowColumns,
  codes: { list_type: LIST_TYPE_CODES },
});

/** Seed 002's list types (contactlists), as the supervisor reads them. */
const LIST_TYPE_CODES = {
  fidelizacion: { es: "Fidelización", en: "Loyalty" },
  abandonos: { es: "Abandonos", en: "Abandoned calls" },
  detractores: { es: "Detractores", en: "Detractors" },
  cancelaciones: { es: "Cancelaciones", en: "Cancellations" },
  brownfield: { es: "Brownfield", en: "Brownfield (FTTH)" },
} as const;

const RECORD_COLUMNS = [
  { key: "campaign", kind: "text", label: { es: "Campaña", en: "Campaign" } },
  { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
  { key: "list_type", kind: "text", label: { es: "Tipo de lista", en: "List type" } },
  { key: "attempts", kind: "number", label: { es: "Intentos", en: "Attempts" } },
  { key: "last_attempt_at", kind: "datetime", label: { es: "Último intento", en: "Last attempt" } },
] as const;

/** Seed 002's outbound indicators from the campaign's contact records: contactability, effectiveness and FCR. */
export const DIALER_INDICATORS: readonly IndicatorDefinition[] = [
  definition("contactability", RECORD_COLUMNS),
  definition("effectiveness", RECORD_COLUMNS),
  // FCR counts interactions resolved at first contact and the re-contacts on the same typology (sql/fcr-values.sql).
  definition("fcr", [
    { key: "campaign", kind: "text", label: { es: "Campaña", en: "Campaign" } },
    { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
    { key: "list_type", kind: "text", label: { es: "Tipo de lista", en: "List type" } },
    { key: "typology", kind: "text", label: { es: "Tipología", en: "Typology" } },
    { key: "resolved_at", kind: "datetime", label: { es: "Resuelta", en: "Resolved" } },
    { key: "recontact_at", kind: "datetime", label: { es: "Recontacto", en: "Re-contact" } },
  ]),
];
