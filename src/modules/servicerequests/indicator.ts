import { DateTime } from "luxon";
import type { Tx } from "../../platform/db/pool.js";
import { findCurrentTenant } from "../tenants/index.js";
import { readServiceRequestSettings } from "./catalog-kind.js";
import type { IndicatorCell } from "./export.js";
import { type IndicatorDimension, readIndicatorCounts } from "./queries.js";
import { annulmentAvoidance, trendOf } from "./rules.js";

export interface IndicatorReport {
  from: string;
  to: string;
  dimension: IndicatorDimension;
  threshold: number;
  cells: Array<IndicatorCell & { trend: "up" | "down" | "flat" | null }>;
}

/** The tenant's month bounds [from, to) for "2026-03".."2026-05" (inclusive months), on its wall clock. */
export function monthBounds(fromMonth: string, toMonth: string, timezone: string): { from: Date; to: Date } {
  const from = DateTime.fromFormat(fromMonth, "yyyy-MM", { zone: timezone }).startOf("month");
  const to = DateTime.fromFormat(toMonth, "yyyy-MM", { zone: timezone }).startOf("month").plus({ months: 1 });
  return { from: from.toJSDate(), to: to.toJSDate() };
}

/** The indicator per month and per area, team or zone, with its verdict against the catalog's threshold and the trend month to month. */
export async function readAnnulmentIndicator(
  tx: Tx,
  input: { fromMonth: string; toMonth: string; dimension: IndicatorDimension },
): Promise<IndicatorReport> {
  const timezone = (await findCurrentTenant(tx))?.timezone ?? "UTC";
  const { threshold } = { threshold: (await readServiceRequestSettings(tx)).indicatorThreshold };
  const bounds = monthBounds(input.fromMonth, input.toMonth, timezone);
  const rows = await readIndicatorCounts(tx, { ...bounds, timezone, dimension: input.dimension });
  const previous = new Map<string, number | null>();
  const cells = rows.map((row) => {
    const value = annulmentAvoidance(row.non_annulled, row.probable, threshold);
    const trend = trendOf(previous.get(row.value) ?? null, value.percent);
    previous.set(row.value, value.percent);
    return { period: row.period, value: row.value, ...value, trend };
  });
  return { from: input.fromMonth, to: input.toMonth, dimension: input.dimension, threshold, cells };
}
