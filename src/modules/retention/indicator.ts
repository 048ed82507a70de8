import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findCurrentTenant } from "../tenants/index.js";
import { countCancellations, countCancellationsByProduct, countCancellationsByTeam, type MonthCounts } from "./queries.js";
import { compareCancellations, monthBounds, monthOf, monthStart, retentionRate } from "./rules.js";

function summarize(counts: MonthCounts) {
  return {
    ...compareCancellations(counts.cancelled_this_month, counts.cancelled_last_month),
    retainedThisMonth: counts.retained_this_month,
    retainedLastMonth: counts.retained_last_month,
    retentionRateThisMonth: retentionRate(counts.retained_this_month, counts.cancelled_this_month),
    retentionRateLastMonth: retentionRate(counts.retained_last_month, counts.cancelled_last_month),
  };
}

/** The month an indicator is for: an instant in it and the tenant's zone. */
export interface IndicatorMonth {
  reference: Date;
  timezone: string;
}

/**
 * The month asked for — «AAAA-MM» in the tenant's zone, or the one containing `now` — with the tenant's
 * zone, read once for the whole request; VALIDATION_FAILED when `month` is not a month.
 */
export async function indicatorMonth(tx: Tx, month: string | undefined, now: Date): Promise<IndicatorMonth> {
  const { timezone } = (await findCurrentTenant(tx))!;
  if (month === undefined) return { reference: now, timezone };
  const start = monthStart(month, timezone);
  if (!start) throw new AppError("VALIDATION_FAILED", "El mes debe tener la forma AAAA-MM", { field: "month" });
  return { reference: start, timezone };
}

/**
 * The seed's indicator for a month (tenant's zone): cancellations this month vs last month (met when
 * below), overall, by team and by product, with the retention rate.
 */
export async function readIndicator(tx: Tx, { reference, timezone }: IndicatorMonth) {
  const bounds = monthBounds(reference, timezone);
  const overall = await countCancellations(tx, bounds);
  const byTeam = await countCancellationsByTeam(tx, bounds);
  const byProduct = await countCancellationsByProduct(tx, bounds);
  return {
    month: monthOf(bounds.thisMonth, timezone),
    lastMonth: monthOf(bounds.lastMonth, timezone),
    formula: "Bajas mes presente menor a bajas mes anterior",
    overall: summarize(overall),
    byTeam: byTeam.map((row) => ({ team: row.team, ...summarize(row) })),
    byProduct: byProduct.map((row) => ({ productKind: row.product_kind, ...summarize(row) })),
  };
}

export type Indicator = Awaited<ReturnType<typeof readIndicator>>;
