/**
 * One formatting module for every screen: money, numbers, percentages, dates, date-times and relative
 * times, on Intl, for the tenant's locale (es-CO, es-EC, es-BO; «en» when the user picks English) and
 * the tenant's time zone. Pure (no React): the hook in format.ts picks the locale; tests call it directly.
 *
 *   money 107754 COP → "$ 107.754"    percent 0.732 → "73,2 %"    date → "9 nov 2026"    40000 → "40.000"
 */

export type FormatLocale = "es-CO" | "es-EC" | "es-BO" | "en";

export const LOCALE_BY_COUNTRY: Record<string, FormatLocale> = { CO: "es-CO", EC: "es-EC", BO: "es-BO" };
export const CURRENCY_BY_COUNTRY: Record<string, string> = { CO: "COP", EC: "USD", BO: "BOB" };
export const ZONE_BY_COUNTRY: Record<string, string> = { CO: "America/Bogota", EC: "America/Guayaquil", BO: "America/La_Paz" };

/** Currencies written without cents (Colombian pesos: "$ 107.754"). */
const WHOLE_CURRENCIES = new Set(["COP"]);

export interface Formatters {
  locale: FormatLocale;
  /** "9 nov 2026, 3:05 p. m." in the tenant's zone. */
  dateTime: (iso: string | Date) => string;
  /** "9 nov 2026"; a bare calendar day (YYYY-MM-DD) is never moved by the zone. */
  date: (iso: string | Date) => string;
  /** A billing period, YYYY-MM, as "noviembre de 2026". */
  month: (period: string) => string;
  /** "40.000"; `digits` fixes the decimals. */
  number: (value: number, digits?: number) => string;
  /** "$ 107.754" (COP), "$ 107.754,50" (USD); without a currency, the amount with two decimals. */
  money: (amount: number, currency: string | null) => string;
  /** A ratio (0.732) as "73,2 %"; null as "—". */
  percent: (ratio: number | null, digits?: number) => string;
  /** "hace 3 h", "en 2 días" against `now`. */
  relative: (iso: string | Date, now?: Date) => string;
}

const toDate = (value: string | Date) =>
  value instanceof Date ? value : new Date(value.length === 10 ? `${value}T12:00:00Z` : value);

/** "9 de nov. de 2026" (CLDR es-CO) → "9 nov 2026", as Colombian screens write it. */
function compactSpanishDate(parts: Intl.DateTimeFormatPart[]): string {
  return parts
    .map((part) => {
      if (part.type === "literal") return part.value.replace(/\s*de\s*/g, " ").replace(/^\s+$/, " ");
      if (part.type === "month") return part.value.replace(/\.$/, "");
      return part.value;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export function createFormatters(locale: FormatLocale, timeZone = "America/Bogota"): Formatters {
  const spanish = locale !== "en";
  const dayOptions: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
  const dateFormat = new Intl.DateTimeFormat(locale, { ...dayOptions, timeZone });
  // A calendar day is read at noon UTC and shown in UTC, so no zone moves it to the day before.
  const dayFormat = new Intl.DateTimeFormat(locale, { ...dayOptions, timeZone: "UTC" });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...dayOptions, hour: "numeric", minute: "2-digit", timeZone });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const numberFormat = new Intl.NumberFormat(locale);
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  const shown = (format: Intl.DateTimeFormat, value: Date) =>
    spanish ? compactSpanishDate(format.formatToParts(value)) : format.format(value);
  return {
    locale,
    dateTime: (value) => shown(dateTimeFormat, toDate(value)),
    date: (value) => {
      const isDay = typeof value === "string" && value.length === 10;
      return shown(isDay ? dayFormat : dateFormat, toDate(value));
    },
    month: (period) => monthFormat.format(new Date(`${period}-15T12:00:00Z`)),
    number: (value, digits) =>
      digits === undefined
        ? numberFormat.format(value)
        : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    money: (amount, currency) => {
      if (!currency) return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
      const whole = WHOLE_CURRENCIES.has(currency);
      const parts = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        currencyDisplay: "narrowSymbol",
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      }).formatToParts(amount);
      if (!spanish) return parts.map((part) => part.value).join("");
      // Spanish: the symbol, a space, the figure ("$ 107.754", "Bs 1.234,50").
      const symbol = parts.find((part) => part.type === "currency")?.value ?? currency;
      const sign = parts.some((part) => part.type === "minusSign") ? "-" : "";
      const figure = parts
        .filter((part) => ["integer", "group", "decimal", "fraction"].includes(part.type))
        .map((part) => part.value)
        .join("");
      return `${sign}${symbol}\u00a0${figure}`;
    },
    percent: (ratio, digits = 1) => {
      if (ratio === null || Number.isNaN(ratio)) return "—";
      const figure = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        ratio * 100,
      );
      // Spanish (RAE) separates the sign: "73,2 %"; English writes "73.2%".
      return spanish ? `${figure}\u00a0%` : `${figure}%`;
    },
    relative: (value, now = new Date()) => {
      const seconds = (toDate(value).getTime() - now.getTime()) / 1000;
      const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
        ["second", 60],
        ["minute", 60],
        ["hour", 24],
        ["day", 30],
        ["month", 12],
        ["year", Number.POSITIVE_INFINITY],
      ];
      let amount = seconds;
      for (const [unit, size] of steps) {
        if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
        amount /= size;
      }
      return relativeFormat.format(Math.round(amount), "year");
    },
  };
}

/** The locale of the screens: English when the user picks it, else the tenant's country's Spanish. */
export function formatLocale(language: string, country: string | null): FormatLocale {
  if (language === "en") return "en";
  return LOCALE_BY_COUNTRY[country ?? "CO"] ?? "es-CO";
}
