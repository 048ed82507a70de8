import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

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
