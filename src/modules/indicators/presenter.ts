import { type IndicatorDefinition, indicatorCodeText } from "../../platform/extensions/indicator.js";
import type { Language } from "../../platform/http/language.js";
import type { IndicatorTarget } from "./rules.js";

/** The engine's own words in the .xlsx and the CLI, per language; a definition's columns name themselves. */
export const WORDS = {
  es: {
    valuesSheet: "valores",
    rowsSheet: "detalle",
    aboutSheet: "indicador",
    period: "periodo",
    total: "total",
    breakdown: "desglose",
    numerator: "numerador",
    denominator: "denominador",
    percent: "porcentaje",
    value: "valor",
    verdict: "resultado",
    noData: "sin datos",
    numeratorWeight: "peso en el numerador",
    denominatorWeight: "peso en el denominador",
    indicator: "indicador",
    procedure: "procedimiento",
    unit: "unidad",
    target: "meta",
    periods: "periodos",
    to: "a",
    verdicts: { met: "cumple", missed: "no cumple" },
    units: { percent: "porcentaje", ratio: "razón", count: "conteo" },
    grains: { day: "por día", week: "por semana", month: "por mes" },
  },
  en: {
    valuesSheet: "values",
    rowsSheet: "records",
    aboutSheet: "indicator",
    period: "period",
    total: "total",
    breakdown: "breakdown",
    numerator: "numerator",
    denominator: "denominator",
    percent: "percentage",
    value: "value",
    verdict: "result",
    noData: "no data",
    numeratorWeight: "weight in the numerator",
    denominatorWeight: "weight in the denominator",
    indicator: "indicator",
    procedure: "procedure",
    unit: "unit",
    target: "target",
    periods: "periods",
    to: "to",
    verdicts: { met: "met", missed: "missed" },
    units: { percent: "percentage", ratio: "ratio", count: "count" },
    grains: { day: "by day", week: "by week", month: "by month" },
  },
} as const;

/** A breakdown's value as a person reads it: the SQL's label (a name from data), else the definition's words for its code. */
export function seriesLabel(
  definition: IndicatorDefinition,
  dimension: string,
  series: { key: string; label: string | null },
  language: Language,
): string {
  return series.label ?? indicatorCodeText(definition, dimension, series.key, language) ?? series.key;
}

/** A drill-down row for a workbook: each text column's code in the reader's words (the API keeps the codes). */
export function rowInWords(
  definition: IndicatorDefinition,
  row: Record<string, string | number | null>,
  language: Language,
): Record<string, string | number | null> {
  const out = { ...row };
  for (const column of definition.rowColumns) {
    const value = row[column.key];
    if (column.kind === "text" && typeof value === "string")
      out[column.key] = indicatorCodeText(definition, column.key, value, language) ?? value;
  }
  return out;
}

/** A dimension's header: the drill-down column of the same key when the definition has one, else «desglose». */
export function columnLabel(definition: IndicatorDefinition, key: string, language: Language): string {
  return definition.rowColumns.find((c) => c.key === key)?.label[language] ?? WORDS[language].breakdown;
}

/** What the API shows of a definition: never its SQL paths. */
export function presentDefinition(d: IndicatorDefinition) {
  return {
    code: d.code,
    procedure: d.procedure,
    unit: d.unit,
    better: d.better,
    target: d.target,
    dimensions: [...d.dimensions],
    rowColumns: d.rowColumns.map((c) => ({ key: c.key, kind: c.kind, label: { ...c.label } })),
    codes: d.codes ?? {},
  };
}

/** One drill-down row: the declared columns and the two weights, numbers as numbers (pg returns numeric as text). */
export function presentRow(
  definition: IndicatorDefinition,
  row: Record<string, unknown>,
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const column of definition.rowColumns) {
    const value = row[column.key];
    if (value === null || value === undefined) out[column.key] = null;
    else if (["number", "money", "percent"].includes(column.kind)) out[column.key] = Number(value);
    else if (value instanceof Date) out[column.key] = value.toISOString();
    else out[column.key] = String(value);
  }
  out.numerator_weight = Number(row.numerator_weight);
  out.denominator_weight = Number(row.denominator_weight);
  return out;
}

const LOCALE = { es: "es-CO", en: "en" } as const;

/** A value as a person reads it (es-CO by default), «sin datos» when there is none. */
export const formatValue = (unit: string, value: number | null, language: Language = "es") => {
  if (value === null) return WORDS[language].noData;
  const number = value.toLocaleString(LOCALE[language]);
  return unit === "percent" ? `${number} %` : number;
};

/** The target in words, as the dashboard says it («Meta: más de 95 %»). */
export function targetWords(target: IndicatorTarget, unit: string, language: Language = "es"): string {
  const es = language === "es";
  switch (target.kind) {
    case "none":
      return es ? "El procedimiento no fija meta" : "The procedure sets no target";
    case "belowPreviousPeriod":
      return es ? "Meta: menos que el periodo anterior" : "Target: less than the previous period";
    default: {
      const value = formatValue(unit, target.value, language);
      const words = es
        ? { atLeast: `${value} o más`, above: `más de ${value}`, atMost: `${value} o menos`, below: `menos de ${value}` }
        : { atLeast: `${value} or more`, above: `more than ${value}`, atMost: `${value} or less`, below: `less than ${value}` };
      return `${es ? "Meta" : "Target"}: ${words[target.kind]}`;
    }
  }
}
