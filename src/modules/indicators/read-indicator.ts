import { DateTime } from "luxon";
import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";
import { indicatorDefinitions } from "../../platform/manifest.js";
import { findCurrentTenant } from "../tenants/index.js";
import { readTargetOverrides } from "./catalog-kind.js";
import { type IndicatorParams, runRows, runValues, sumRows } from "./queries.js";
import {
  effectiveTarget,
  type Grain,
  type IndicatorTarget,
  indicatorValue,
  periodEnd,
  periodStarts,
  type Trend,
  trendOf,
  type Verdict,
  verdictOf,
} from "./rules.js";

/** The installed definition with that code, or NOT_FOUND named in Spanish. */
export function findDefinition(code: string): IndicatorDefinition {
  const definition = indicatorDefinitions().find((d) => d.code === code);
  if (!definition) throw new AppError("NOT_FOUND", `No existe el indicador «${code}»`);
  return definition;
}

function checkDimension(definition: IndicatorDefinition, dimension: string): void {
  if (dimension !== "total" && !definition.dimensions.includes(dimension)) {
    throw new AppError("VALIDATION_FAILED", `El indicador no se desglosa por «${dimension}»`, { field: "by" });
  }
}

/** A tenant wall-clock day (yyyy-MM-dd) as the instant it starts. */
const startOfDay = (day: string, timezone: string) => DateTime.fromISO(day, { zone: timezone }).startOf("day").toJSDate();

export interface IndicatorCell {
  period: string;
  numerator: number;
  denominator: number | null;
  /** null: no data for the period («sin datos»). */
  value: number | null;
  verdict: Verdict | null;
  trend: Trend | null;
}

export interface IndicatorSeries {
  key: string;
  label: string | null;
  cells: IndicatorCell[];
}

export interface IndicatorReport {
  code: string;
  procedure: IndicatorDefinition["procedure"];
  unit: IndicatorDefinition["unit"];
  better: IndicatorDefinition["better"];
  target: IndicatorTarget;
  grain: Grain;
  dimension: string;
  periods: string[];
  series: IndicatorSeries[];
}

export interface SeriesInput {
  code: string;
  /** Any day of the last period, on the tenant's wall clock (yyyy-MM-dd). */
  last: string;
  grain: Grain;
  periods: number;
  dimension: string;
  key?: string;
  /** The tenant's time zone, when the caller has read it already (one query less per request). */
  timezone?: string;
}

/**
 * An indicator over `periods` consecutive periods ending with the one containing `last`, per value of the
 * dimension (or the total), each cell with its value, its verdict against the (operator's) target and
 * its trend. The period before the first is read too, so the first cell has a trend and «below the
 * previous period» a verdict. A period with no rows is no data, never 0 %.
 */
export async function readIndicator(tx: Tx, input: SeriesInput): Promise<IndicatorReport> {
  const definition = findDefinition(input.code);
  checkDimension(definition, input.dimension);
  const timezone = input.timezone ?? (await findCurrentTenant(tx))?.timezone ?? "UTC";
  const starts = periodStarts(input.last, input.grain, input.periods + 1);
  const params: IndicatorParams = {
    from: startOfDay(starts[0]!, timezone),
    to: startOfDay(periodEnd(starts.at(-1)!, input.grain), timezone),
    timezone,
    grain: input.grain,
    dimension: input.dimension,
    key: input.key ?? null,
  };
  const [rows, overrides] = await Promise.all([runValues(tx, definition, params), readTargetOverrides(tx)]);
  const target = effectiveTarget(definition.target, overrides);
  const byKey = new Map<string, { label: string | null; rows: Map<string, (typeof rows)[number]> }>();
  for (const row of rows) {
    const entry = byKey.get(row.key) ?? { label: row.label, rows: new Map() };
    entry.label ??= row.label;
    entry.rows.set(row.period, row);
    byKey.set(row.key, entry);
  }
  const series = [...byKey].map(([key, entry]) => {
    let previous: number | null = null;
    const cells = starts.map((period) => {
      const row = entry.rows.get(period);
      const value = row ? indicatorValue(definition.unit, row.numerator, row.denominator) : null;
      const cell: IndicatorCell = {
        period,
        numerator: row?.numerator ?? 0,
        denominator: row?.denominator ?? null,
        value,
        verdict: verdictOf(target, value, previous),
        trend: trendOf(previous, value),
      };
      previous = value;
      return cell;
    });
    return { key, label: entry.label, cells: cells.slice(1) };
  });
  return {
    code: definition.code,
    procedure: definition.procedure,
    unit: definition.unit,
    better: definition.better,
    target,
    grain: input.grain,
    dimension: input.dimension,
    periods: starts.slice(1),
    series,
  };
}

export interface DrillInput {
  code: string;
  /** The period's first day (yyyy-MM-dd). */
  period: string;
  grain: Grain;
  dimension: string;
  key?: string;
  limit: number;
  offset: number;
}

/** The rows behind one value, one page, with the count and the weights' sums over all of them. */
export async function readIndicatorRows(tx: Tx, input: DrillInput) {
  const definition = findDefinition(input.code);
  checkDimension(definition, input.dimension);
  const timezone = (await findCurrentTenant(tx))?.timezone ?? "UTC";
  const period = periodStarts(input.period, input.grain, 1)[0]!;
  const params = {
    from: startOfDay(period, timezone),
    to: startOfDay(periodEnd(period, input.grain), timezone),
    timezone,
    grain: input.grain,
    dimension: input.dimension,
    key: input.key ?? null,
    period,
  };
  const [rows, totals] = await Promise.all([
    runRows(tx, definition, { ...params, limit: input.limit, offset: input.offset }),
    sumRows(tx, definition, params),
  ]);
  return { code: definition.code, period, columns: definition.rowColumns, rows, totals };
}
