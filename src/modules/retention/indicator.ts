import type { Tx } from "../../db/pool.js";
import { findCurrentTenant } from "../tenants/repo.js";
import { countCancellations, countCancellationsByProduct, countCancellationsByTeam, type MonthCounts } from "./repo.js";
import { compareCancellations, monthBounds, monthOf, retentionRate } from "./rules.js";

function summarize(counts: MonthCounts) {
  return {
    ...compareCancellations(counts.cancelled_this_month, counts.cancelled_last_month),
    retainedThisMonth: counts.retained_this_month,
    retainedLastMonth: counts.retained_last_month,
    retentionRateThisMonth: retentionRate(counts.retained_this_month, counts.cancelled_this_month),
    retentionRateLastMonth: retentionRate(counts.retained_last_month, counts.cancelled_last_month),
  };
}

/**
 * The seed's indicator for the month containing `reference` (tenant's zone): cancellations this month vs
 * last month (met when below), overall, by team and by product, with the retention rate.
 */
export async function readIndicator(tx: Tx, reference: Date) {
  const { timezone } = (await findCurrentTenant(tx))!;
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
