import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";
import type { IndicatorTarget } from "./rules.js";

/** What the API shows of a definition: never its SQL paths. */
export function presentDefinition(d: IndicatorDefinition) {
  return {
    code: d.code,
    procedure: d.procedure,
    unit: d.unit,
    better: d.better,
    target: d.target,
    dimensions: [...d.dimensions],
    rowColumns: d.rowColumns.map((c) => ({ ...c })),
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

/** A value as a person reads it in es-CO, «sin datos» when there is none. */
export const formatValue = (unit: string, value: number | null) =>
  value === null ? "sin datos" : unit === "percent" ? `${value.toLocaleString("es-CO")} %` : value.toLocaleString("es-CO");

/** The target in words, as the dashboard says it («Meta: más de 95 %»). */
export function targetWords(target: IndicatorTarget, unit: string): string {
  switch (target.kind) {
    case "none":
      return "El procedimiento no fija meta";
    case "belowPreviousPeriod":
      return "Meta: menos que el periodo anterior";
    default: {
      const value = formatValue(unit, target.value);
      const words = {
        atLeast: `${value} o más`,
        above: `más de ${value}`,
        atMost: `${value} o menos`,
        below: `menos de ${value}`,
      };
      return `Meta: ${words[target.kind]}`;
    }
  }
}
