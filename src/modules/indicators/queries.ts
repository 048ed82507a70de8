import fs from "node:fs";
import type { Tx } from "../../platform/db/pool.js";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

/** Runs a definition's two named SQL files with the contract's parameters (src/platform/extensions/indicator.ts). */

const sqlCache = new Map<string, string>();

/** A definition's SQL file, read once; a trailing `;` is dropped so the engine can wrap it. */
function sqlOf(file: string): string {
  let sql = sqlCache.get(file);
  if (sql === undefined) {
    sql = fs.readFileSync(file, "utf8").trim().replace(/;\s*$/, "");
    sqlCache.set(file, sql);
  }
  return sql;
}

export interface IndicatorParams {
  from: Date;
  to: Date;
  timezone: string;
  grain: "day" | "week" | "month";
  dimension: string;
  key: string | null;
}

export interface ValueRow {
  period: string;
  key: string;
  label: string | null;
  numerator: number;
  denominator: number | null;
}

const paramsOf = (p: IndicatorParams) => [p.from, p.to, p.timezone, p.grain, p.dimension, p.key];

/** One row per period and dimension value, typed: the period as yyyy-MM-dd and the counts as numbers. */
export async function runValues(tx: Tx, definition: IndicatorDefinition, params: IndicatorParams): Promise<ValueRow[]> {
  const { rows } = await tx.query<ValueRow>(
    `SELECT to_char(v.period, 'YYYY-MM-DD') AS period, v.key::text AS key, v.label::text AS label,
            coalesce(v.numerator, 0)::float8 AS numerator, v.denominator::float8 AS denominator
       FROM (${sqlOf(definition.valuesSql)}
            ) v
      ORDER BY 1, 2`,
    paramsOf(params),
  );
  return rows;
}

/** One page of the rows behind one period's value. */
export async function runRows(
  tx: Tx,
  definition: IndicatorDefinition,
  params: IndicatorParams & { period: string; limit: number; offset: number },
): Promise<Record<string, unknown>[]> {
  const { rows } = await tx.query<Record<string, unknown>>(
    `SELECT * FROM (${sqlOf(definition.rowsSql)}
            ) d LIMIT $8 OFFSET $9`,
    [...paramsOf(params), params.period, params.limit, params.offset],
  );
  return rows;
}

/** How many rows the drill-down has and what their weights add up to (the value's numerator and denominator). */
export async function sumRows(
  tx: Tx,
  definition: IndicatorDefinition,
  params: IndicatorParams & { period: string },
): Promise<{ rows: number; numerator: number; denominator: number }> {
  const { rows } = await tx.query<{ rows: number; numerator: number; denominator: number }>(
    `SELECT count(*)::int AS rows, coalesce(sum(d.numerator_weight), 0)::float8 AS numerator,
            coalesce(sum(d.denominator_weight), 0)::float8 AS denominator
       FROM (${sqlOf(definition.rowsSql)}
            ) d`,
    [...paramsOf(params), params.period],
  );
  return rows[0]!;
}
