import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

const SURVEY_COLUMNS = [
  { key: "answered_at", kind: "datetime", label: { es: "Respondida", en: "Answered" } },
  { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
  { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
  { key: "campaign", kind: "text", label: { es: "Campaña", en: "Campaign" } },
  { key: "survey", kind: "text", label: { es: "Encuesta", en: "Survey" } },
  { key: "score", kind: "number", label: { es: "Calificación", en: "Score" } },
] as const;

/** Seed 002's survey indicators: NPS and perceived quality (the advisor-satisfaction question, goal 90 %). */
export const SURVEY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "surveys.nps",
    procedure: "002",
    unit: "percent",
    better: "higher",
    // The seed names no NPS goal; 0 (as many promoters as detractors) is where the operator may set its own.
    target: { kind: "above", value: 0, catalogKey: "surveys.nps" },
    dimensions: ["advisor", "team", "campaign"],
    ...indicatorSql(import.meta.url, "nps"),
    rowColumns: [...SURVEY_COLUMNS, { key: "comment", kind: "text", label: { es: "Comentario", en: "Comment" } }],
  },
  {
    code: "surveys.perceived_quality",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 90, catalogKey: "surveys.perceived_quality" },
    dimensions: ["advisor", "team", "campaign"],
    ...indicatorSql(import.meta.url, "perceived-quality"),
    rowColumns: SURVEY_COLUMNS,
  },
];
