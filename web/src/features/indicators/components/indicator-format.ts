import type { TFunction } from "i18next";
import type { Formatters } from "../../../i18n/formatting";
import type { IndicatorDefinitionView } from "../api/indicators-api";

/** An engine value in words: percentages come on 0–100 (95.5), the formatters read ratios; ratios are means. */
export function formatIndicatorValue(format: Formatters, unit: IndicatorDefinitionView["unit"], value: number): string {
  if (unit === "percent") return format.percent(value / 100, 1);
  if (unit === "ratio") return format.number(value, 2);
  return format.number(value);
}

/** A period's first day (AAAA-MM-DD) as its month's name or its date, by grain. */
export function periodLabel(format: Formatters, period: string, grain: string): string {
  return grain === "month" ? format.month(period.slice(0, 7)) : format.date(`${period}T12:00:00`);
}

/** The numeric threshold of a target, or null for "below the previous period" and "no target". */
export function targetValue(target: IndicatorDefinitionView["target"]): number | null {
  return "value" in target ? target.value : null;
}

/**
 * One value of a dimension the screen holds fixed (a campaign on the campaign's screen): the engine's
 * `by` and `key`, sent with every read, so a tile, a breakdown and the rows all show that value only.
 */
export interface IndicatorScope {
  by: string;
  key: string;
}

export type Grain = "day" | "week" | "month";

/** A dimension value in words: the engine's label or the definition's words for its code (indicatorText); «Total» for the total. */
export function dimensionValueLabel(t: TFunction, by: string, words: string): string {
  return by === "total" ? t("indicatorDimensions.total") : words;
}
