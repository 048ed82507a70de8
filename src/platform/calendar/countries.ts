import type { WorkingHours } from "./business-calendar.js";

export type { WorkingHours };

/** Countries with a business calendar (holidays come from date-holidays) and their default time zones. */
export const SUPPORTED_COUNTRIES = { CO: "America/Bogota", EC: "America/Guayaquil", BO: "America/La_Paz" } as const;
export type CountryCode = keyof typeof SUPPORTED_COUNTRIES;

/** A contact center's usual week: Monday to Friday 08:00–18:00, Saturday 08:00–13:00. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  "1": ["08:00", "18:00"],
  "2": ["08:00", "18:00"],
  "3": ["08:00", "18:00"],
  "4": ["08:00", "18:00"],
  "5": ["08:00", "18:00"],
  "6": ["08:00", "13:00"],
};

export function isSupportedCountry(country: string): country is CountryCode {
  return Object.hasOwn(SUPPORTED_COUNTRIES, country);
}
