import { type IndicatorCodes, type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

const sql = (name: string) => indicatorSql(import.meta.url, name);

/** A case the system decided (no advisor) is keyed «system», alone or within its campaign («campaign/system»). */
const SYSTEM: IndicatorCodes = { system: { es: "Sistema", en: "System" } };

/** Seed 003's cases by their attempts, the last bucket holding three or more (campaign_case_key, migration 0066). */
const ATTEMPT_CODES: IndicatorCodes = {
  "0": { es: "Sin intentos", en: "No attempts" },
  "1": { es: "1 intento", en: "1 attempt" },
  "2": { es: "2 intentos", en: "2 attempts" },
  "3": { es: "3 o más intentos", en: "3 or more attempts" },
};

const CASE_CODES = { advisor: SYSTEM, campaign_advisor: SYSTEM, attempts: ATTEMPT_CODES } as const;

const CASE_COLUMNS = [
  { key: "campaign", kind: "text", label: { es: "Campaña", en: "Campaign" } },
  { key: "final_state", kind: "text", label: { es: "Estado final", en: "Final state" } },
  { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
  { key: "attempts", kind: "number", label: { es: "Intentos", en: "Attempts" } },
  { key: "finished_at", kind: "datetime", label: { es: "Finalizado", en: "Finished" } },
] as const;

/**
 * Seed 003's campaign indicators, run by the indicator engine. The seed sets no goal for them. All read the
 * view campaign_finished_cases (migration 0066) except closing compliance, which reads the instructions.
 * `campaign_advisor` (key «campaign/advisor») and `campaign_final_state` («campaign/state») are each advisor or
 * final state within one campaign, for the campaign's screen.
 */
export const CAMPAIGN_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "campaigns.final_states",
    procedure: "003",
    unit: "count",
    better: "higher",
    target: { kind: "none" },
    dimensions: ["final_state", "campaign", "advisor", "campaign_advisor", "campaign_final_state", "attempts"],
    ...sql("final-states"),
    rowColumns: CASE_COLUMNS,
    codes: CASE_CODES,
  },
  {
    code: "campaigns.retention_rate",
    procedure: "003",
    unit: "percent",
    better: "higher",
    target: { kind: "none" },
    dimensions: ["campaign", "advisor", "campaign_advisor"],
    ...sql("retention-rate"),
    rowColumns: CASE_COLUMNS,
    codes: CASE_CODES,
  },
  {
    code: "campaigns.retention_rate_with_unreached",
    procedure: "003",
    unit: "percent",
    better: "higher",
    target: { kind: "none" },
    dimensions: ["campaign", "advisor", "campaign_advisor"],
    ...sql("retention-rate-with-unreached"),
    rowColumns: CASE_COLUMNS,
    codes: CASE_CODES,
  },
  {
    code: "campaigns.attempts_per_case",
    procedure: "003",
    unit: "ratio",
    better: "lower",
    target: { kind: "none" },
    dimensions: ["campaign", "advisor", "campaign_advisor"],
    ...sql("attempts"),
    rowColumns: CASE_COLUMNS,
    codes: CASE_CODES,
  },
  {
    code: "campaigns.closing_compliance",
    procedure: "003",
    unit: "percent",
    better: "higher",
    target: { kind: "none" },
    dimensions: ["campaign", "advisor", "campaign_advisor"],
    ...sql("closing-compliance"),
    codes: {
      advisor: SYSTEM,
      campaign_advisor: SYSTEM,
      compliance: {
        on_time: { es: "A tiempo", en: "On time" },
        late: { es: "Tarde", en: "Late" },
        overdue: { es: "Vencida", en: "Overdue" },
        within_term: { es: "En plazo", en: "Within the term" },
      },
    },
    rowColumns: [
      { key: "campaign", kind: "text", label: { es: "Campaña", en: "Campaign" } },
      { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
      { key: "issued_at", kind: "datetime", label: { es: "Emitida", en: "Issued" } },
      { key: "due_at", kind: "datetime", label: { es: "Vence", en: "Due" } },
      { key: "compliance", kind: "text", label: { es: "Cumplimiento", en: "Compliance" } },
    ],
  },
];
