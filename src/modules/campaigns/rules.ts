import { DateTime } from "luxon";
import type { DispositionCatalog } from "../cancellations/index.js";

/** Indicator arithmetic and the period they cover. Pure. */

/** A share, or null when there is nothing to divide (rounded to 4 decimals: 0.8125 = 81.25 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Retained ÷ (retained + lost), and the same counting the unreached as not retained (docs/catalogs.md, J17). */
export function retentionRates(counts: { retained: number; lost: number; unreached: number }) {
  return {
    rate: share(counts.retained, counts.retained + counts.lost),
    rateWithUnreached: share(counts.retained, counts.retained + counts.lost + counts.unreached),
  };
}

/** Met ÷ (met + late + overdue): instructions still in time are not judged yet. */
export function complianceRate(counts: { met: number; late: number; overdue: number }): number | null {
  return share(counts.met, counts.met + counts.late + counts.overdue);
}

/** The state codes of each outcome in a campaign's catalog, for the retention query. */
export function statesByOutcome(catalog: DispositionCatalog) {
  const of = (outcome: string) => catalog.states.filter((state) => state.outcome === outcome).map((state) => state.code);
  return { retained: of("retained"), lost: of("lost"), unreached: of("unreached") };
}

/**
 * The period [from, to) of days `fromDay`..`toDay` (YYYY-MM-DD, inclusive) on the tenant's calendar;
 * by default the 30 days ending today.
 */
export function indicatorPeriod(
  input: { fromDay?: string; toDay?: string },
  now: Date,
  timezone: string,
): { from: Date; to: Date } | string {
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf("day");
  const to = input.toDay ? DateTime.fromISO(input.toDay, { zone: timezone }) : today;
  const from = input.fromDay ? DateTime.fromISO(input.fromDay, { zone: timezone }) : to.minus({ days: 29 });
  if (!from.isValid || !to.isValid) return "Las fechas del periodo deben ser AAAA-MM-DD";
  if (from > to) return "El inicio del periodo es posterior a su fin";
  if (to.diff(from, "days").days > 366) return "El periodo no puede pasar de un año";
  return { from: from.toJSDate(), to: to.plus({ days: 1 }).toJSDate() };
}
