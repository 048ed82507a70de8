import { DateTime } from "luxon";
import type { Tx } from "../../platform/db/pool.js";
import { findCurrentTenant } from "../tenants/index.js";
import { presentRow } from "./presenter.js";
import { findDefinition, readIndicator, readIndicatorRows } from "./read-indicator.js";
import type { Grain } from "./rules.js";

/** The API's and the CLI's defaults: 12 months up to today (tenant's wall clock), the total. */

export interface SeriesRequest {
  last?: string;
  grain?: Grain;
  periods?: number;
  by?: string;
  key?: string;
}

export async function readSeries(tx: Tx, code: string, query: SeriesRequest, now: Date) {
  const timezone = (await findCurrentTenant(tx))?.timezone ?? "UTC";
  return readIndicator(tx, {
    code,
    timezone,
    last: query.last ?? DateTime.fromJSDate(now, { zone: timezone }).toISODate()!,
    grain: query.grain ?? "month",
    periods: query.periods ?? 12,
    dimension: query.by ?? "total",
    ...(query.key ? { key: query.key } : {}),
  });
}

export interface RowsRequest {
  period: string;
  grain?: Grain;
  by?: string;
  key?: string;
  limit?: number;
  offset?: number;
}

export async function readDrillDown(tx: Tx, code: string, query: RowsRequest) {
  const definition = findDefinition(code);
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const page = await readIndicatorRows(tx, {
    code,
    period: query.period,
    grain: query.grain ?? "month",
    dimension: query.by ?? "total",
    ...(query.key ? { key: query.key } : {}),
    limit,
    offset,
  });
  return {
    code,
    period: page.period,
    columns: page.columns.map((c) => ({ ...c })),
    rows: page.rows.map((row) => presentRow(definition, row)),
    totals: page.totals,
    page: { limit, offset },
  };
}
