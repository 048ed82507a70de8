import fs from "node:fs";
import { expect } from "vitest";
import type { Db } from "../../src/platform/db/pool.js";
import type { IndicatorDefinition } from "../../src/platform/extensions/indicator.js";

/**
 * Runs a module's indicator SQL directly, with the parameters of src/platform/extensions/indicator.ts,
 * as the indicator engine will: for testing a definition's SQL before (and besides) the engine.
 */
export interface IndicatorQuery {
  from: string;
  to: string;
  timezone?: string;
  grain?: "day" | "week" | "month";
  dimension?: string;
  value?: string | null;
}

export interface IndicatorValue {
  period: string;
  key: string;
  label: string | null;
  numerator: number;
  denominator: number | null;
}

const params = (q: IndicatorQuery) => [
  q.from,
  q.to,
  q.timezone ?? "America/Bogota",
  q.grain ?? "month",
  q.dimension ?? "total",
  q.value ?? null,
];
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export async function indicatorValues(db: Db, tenantId: string, definition: IndicatorDefinition, q: IndicatorQuery) {
  const sql = fs.readFileSync(definition.valuesSql, "utf8");
  const { rows } = await db.tenant(tenantId, (tx) => tx.query(sql, params(q)));
  return rows.map(
    (r): IndicatorValue => ({
      period: isoDate(r.period),
      key: r.key,
      label: r.label,
      numerator: Number(r.numerator),
      denominator: r.denominator === null ? null : Number(r.denominator),
    }),
  );
}

export async function indicatorRows(
  db: Db,
  tenantId: string,
  definition: IndicatorDefinition,
  q: IndicatorQuery,
  period: string,
) {
  const sql = fs.readFileSync(definition.rowsSql, "utf8");
  const { rows } = await db.tenant(tenantId, (tx) => tx.query(sql, [...params(q), period]));
  return rows as Array<Record<string, unknown> & { numerator_weight: string; denominator_weight: string }>;
}

/**
 * Every value's drill-down rows add up to its numerator and denominator, and carry every declared column.
 * Returns the values for further checks.
 */
export async function expectRowsAddUp(db: Db, tenantId: string, definition: IndicatorDefinition, q: IndicatorQuery) {
  const values = await indicatorValues(db, tenantId, definition, q);
  for (const value of values) {
    const rows = await indicatorRows(
      db,
      tenantId,
      definition,
      { ...q, value: q.value ?? (value.key === "total" ? null : value.key) },
      value.period,
    );
    const sum = (key: "numerator_weight" | "denominator_weight") => rows.reduce((total, row) => total + Number(row[key]), 0);
    expect(sum("numerator_weight")).toBeCloseTo(value.numerator, 9);
    if (value.denominator !== null) expect(sum("denominator_weight")).toBeCloseTo(value.denominator, 9);
    for (const column of definition.rowColumns) for (const row of rows) expect(row).toHaveProperty(column.key);
    // A column the rows SQL gives and the definition does not declare would reach no screen and no .xlsx unnamed.
    const declared = new Set([...definition.rowColumns.map((c) => c.key), "numerator_weight", "denominator_weight"]);
    for (const row of rows) expect(Object.keys(row).filter((key) => !declared.has(key))).toEqual([]);
  }
  return values;
}

/** The definition with `code` among `definitions`. */
export function definitionOf(definitions: readonly IndicatorDefinition[], code: string): IndicatorDefinition {
  const definition = definitions.find((d) => d.code === code);
  if (!definition) throw new Error(`no indicator ${code}`);
  return definition;
}
