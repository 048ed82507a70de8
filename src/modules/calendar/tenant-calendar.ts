import {
  type BusinessCalendar,
  businessCalendar,
  type CalendarSettings,
  type Holiday,
} from "../../platform/calendar/business-calendar.js";
import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findCalendarSettings } from "./repo.js";

export const UPCOMING_HOLIDAY_DAYS = 365;

async function requireSettings(tx: Tx): Promise<CalendarSettings> {
  const settings = await findCalendarSettings(tx);
  if (!settings) throw new AppError("NOT_FOUND", "Operador no encontrado");
  return settings;
}

/** The business calendar of the transaction's tenant: its country's holidays, time zone and working hours. */
export async function loadTenantCalendar(tx: Tx): Promise<BusinessCalendar> {
  return businessCalendar(await requireSettings(tx));
}

/** The tenant's calendar settings and its public holidays of the coming year, from `now`. */
export async function readTenantCalendar(tx: Tx, now: Date): Promise<CalendarSettings & { upcomingHolidays: Holiday[] }> {
  const settings = await requireSettings(tx);
  const calendar = businessCalendar(settings);
  return { ...settings, upcomingHolidays: calendar.holidaysBetween(now, calendar.addCalendarDays(now, UPCOMING_HOLIDAY_DAYS)) };
}
