import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

/** Pure rules of the indicator engine: the formula, the verdict against the target, the trend. */

export type IndicatorUnit = IndicatorDefinition["unit"];
export type IndicatorTarget = IndicatorDefinition["target"];
export type Verdict = "met" | "missed";
export type Trend = "up" | "down" | "flat";

/**
 * The value of one cell: percent = 100 × n ÷ d, ratio = n ÷ d, count = n. An empty (0 or missing)
 * denominator is no data — null, shown as «sin datos» — never 0 %.
 */
export function indicatorValue(unit: IndicatorUnit, numerator: number, denominator: number | null): number | null {
  if (unit === "count") return numerator;
  if (denominator === null || denominator === 0) return null;
  const value = unit === "percent" ? (100 * numerator) / denominator : numerator / denominator;
  return Math.round(value * 100) / 100;
}

/** The operator's threshold (from the indicator_targets catalog) when it sets one for the target's key, else the seed's. */
export function effectiveTarget(target: IndicatorTarget, overrides: Readonly<Record<string, number>>): IndicatorTarget {
  if (target.kind === "belowPreviousPeriod" || target.kind === "none" || target.catalogKey === undefined) return target;
  const value = overrides[target.catalogKey];
  return value === undefined ? target : { ...target, value };
}

/**
 * Met or missed against the target; null when there is no value, no target, or (below the previous
 * period) no previous value. `above` and `below` are strict, as in «mayor a 95 %: aceptado».
 */
export function verdictOf(target: IndicatorTarget, value: number | null, previous: number | null): Verdict | null {
  if (value === null) return null;
  switch (target.kind) {
    case "none":
      return null;
    case "belowPreviousPeriod":
      return previous === null ? null : value < previous ? "met" : "missed";
    case "atLeast":
      return value >= target.value ? "met" : "missed";
    case "above":
      return value > target.value ? "met" : "missed";
    case "atMost":
      return value <= target.value ? "met" : "missed";
    case "below":
      return value < target.value ? "met" : "missed";
  }
}

/** Up, down or flat against the previous period; null when either has no data. */
export function trendOf(previous: number | null, current: number | null): Trend | null {
  if (previous === null || current === null) return null;
  return current > previous ? "up" : current < previous ? "down" : "flat";
}

export type Grain = "day" | "week" | "month";

/** The first day (yyyy-MM-dd) of `count` consecutive periods ending with the one that contains `last`. */
export function periodStarts(last: string, grain: Grain, count: number): string[] {
  const [y, m, d] = last.split("-").map(Number) as [number, number, number];
  const anchor = new Date(Date.UTC(y, m - 1, d));
  if (grain === "month") anchor.setUTCDate(1);
  if (grain === "week") anchor.setUTCDate(anchor.getUTCDate() - ((anchor.getUTCDay() + 6) % 7));
  const starts: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const at = new Date(anchor);
    if (grain === "month") at.setUTCMonth(at.getUTCMonth() - i);
    else at.setUTCDate(at.getUTCDate() - i * (grain === "week" ? 7 : 1));
    starts.push(at.toISOString().slice(0, 10));
  }
  return starts;
}

/** The day after a period (its exclusive end), yyyy-MM-dd. */
export function periodEnd(start: string, grain: Grain): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (grain === "month") at.setUTCMonth(at.getUTCMonth() + 1);
  else at.setUTCDate(at.getUTCDate() + (grain === "week" ? 7 : 1));
  return at.toISOString().slice(0, 10);
}
