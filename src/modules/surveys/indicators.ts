import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");
const sql = (name: string) => path.join(SQL_DIR, `${name}.sql`);

const SURVEY_COLUMNS = [
  { key: "answered_at", kind: "datetime" },
  { key: "advisor", kind: "text" },
  { key: "team", kind: "text" },
  { key: "campaign", kind: "text" },
  { key: "survey", kind: "text" },
  { key: "score", kind: "number" },
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
    valuesSql: sql("nps-values"),
    rowsSql: sql("nps-rows"),
    rowColumns: [...SURVEY_COLUMNS, { key: "comment", kind: "text" }],
  },
  {
    code: "surveys.perceived_quality",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 90, catalogKey: "surveys.perceived_quality" },
    dimensions: ["advisor", "team", "campaign"],
    valuesSql: sql("perceived-quality-values"),
    rowsSql: sql("perceived-quality-rows"),
    rowColumns: SURVEY_COLUMNS,
  },
];
