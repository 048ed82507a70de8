import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** A billing period, YYYY-MM, as "marzo de 2025". */
  month: (period: string) => string;
  number: (value: number) => string;
  money: (amount: number, currency: string | null) => string;
}

/** Dates, numbers and money in the current UI language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium" });
    const monthFormat = new Intl.DateTimeFormat(language, { month: "long", year: "numeric" });
    const numberFormat = new Intl.NumberFormat(language);
    return {
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      // A bare date (YYYY-MM-DD) is a calendar day: read it at noon so no time zone moves it.
      date: (iso) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)),
      month: (period) => monthFormat.format(new Date(`${period}-15T12:00:00`)),
      number: (value) => numberFormat.format(value),
      money: (amount, currency) =>
        currency
          ? new Intl.NumberFormat(language, { style: "currency", currency }).format(amount)
          : new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount),
    };
  }, [language]);
}
