/**
 * The tenant's business calendar: country public holidays (date-holidays, type "public" only), working
 * hours per ISO weekday, in the tenant's time zone. Pure: no I/O, no clock — every function takes the
 * instants it reasons about.
 *
 * Semantics (each has a test in rules.test.ts):
 * - A business day is a local date whose weekday has working hours and that is not a public holiday.
 * - Working hours are the half-open window [open, close) of a business day: 18:00 sharp is closed.
 * - The *effective start* of anything received outside working hours (before opening, after closing,
 *   on a closed day or a holiday) is the next opening instant; inside working hours it is the instant.
 * - addBusinessDays(start, n) — "within n business days": the close of the n-th business day after the
 *   effective start's day (n = 0 → the close of that same day: "en el día"). Received Friday 17:00 on a
 *   Monday–Friday calendar with n = 1 → Monday at closing time, or Tuesday if Monday is a holiday;
 *   received Friday 19:00 → the effective start is Monday 08:00, so n = 1 → Tuesday at closing time.
 * - addBusinessHours(start, h) counts only time inside working windows, from the effective start.
 * - addHours(start, h) counts the clock; addCalendarDays(start, n) is the same local time n days later.
 * - businessTimeBetween(a, b) is the working time (ms) inside [a, b).
 */
import Holidays from "date-holidays";
import { DateTime, IANAZone } from "luxon";

/** Working hours per ISO weekday (1 = Monday … 7 = Sunday); a missing day is closed. */
export type WorkingHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", [string, string]>>;

export type IsoWeekday = keyof WorkingHours;

export interface CalendarSettings {
  country: string;
  timezone: string;
  workingHours: WorkingHours;
}

export interface Holiday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: string;
}

export interface BusinessCalendar {
  readonly settings: CalendarSettings;
  isHoliday(date: Date): boolean;
  isBusinessDay(date: Date): boolean;
  isWithinWorkingHours(date: Date): boolean;
  /** The instant itself when inside working hours, otherwise the next opening. */
  effectiveStart(date: Date): Date;
  addBusinessDays(start: Date, days: number): Date;
  addBusinessHours(start: Date, hours: number): Date;
  /** Moves forward by `ms` of working time; 0 returns `start` unchanged. */
  addBusinessTime(start: Date, ms: number): Date;
  addHours(start: Date, hours: number): Date;
  addCalendarDays(start: Date, days: number): Date;
  /** "En el día": the closing instant of the effective start's business day. */
  endOfBusinessDay(date: Date): Date;
  businessTimeBetween(from: Date, to: Date): number;
  /** Public holidays with local date in [from, to). */
  holidaysBetween(from: Date, to: Date): Holiday[];
}

export const ISO_WEEKDAYS: IsoWeekday[] = ["1", "2", "3", "4", "5", "6", "7"];
const HOUR_MS = 3_600_000;
/** A calendar with no business day in ten years is a configuration error, not an endless loop. */
const MAX_DAYS_SCANNED = 3660;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
}

/** Why a working-hours value is unusable (Spanish), or null when it is valid. */
export function workingHoursProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "El horario laboral debe ser un objeto por día ISO (1 = lunes … 7 = domingo)";
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "El horario laboral debe tener al menos un día hábil";
  for (const [day, hours] of entries) {
    if (!ISO_WEEKDAYS.includes(day as IsoWeekday)) return `Día inválido «${day}»: use 1 (lunes) a 7 (domingo)`;
    if (!Array.isArray(hours) || hours.length !== 2 || !hours.every((h) => typeof h === "string" && TIME.test(h))) {
      return `El horario del día ${day} debe ser ["HH:MM", "HH:MM"]`;
    }
    if (minutesOf(hours[0]) >= minutesOf(hours[1])) return `En el día ${day} la apertura debe ser anterior al cierre`;
  }
  return null;
}

export function isValidTimezone(timezone: string): boolean {
  return IANAZone.isValidZone(timezone);
}

const holidayEngines = new Map<string, Holidays>();
const holidayYears = new Map<string, Map<string, string>>();

/** Public holidays of a country and year, local date → name; computed once per country and year. */
export function publicHolidays(country: string, year: number): Map<string, string> {
  const cacheKey = `${country}:${year}`;
  let days = holidayYears.get(cacheKey);
  if (!days) {
    let engine = holidayEngines.get(country);
    if (!engine) {
      engine = new Holidays(country, { languages: ["es"] });
      holidayEngines.set(country, engine);
    }
    days = new Map();
    for (const holiday of engine.getHolidays(year, "es")) {
      if (holiday.type === "public") days.set(holiday.date.slice(0, 10), holiday.name);
    }
    holidayYears.set(cacheKey, days);
  }
  return days;
}

/** Builds the calendar of a tenant from its country, time zone and working hours. */
export function businessCalendar(settings: CalendarSettings): BusinessCalendar {
  const { timezone, country, workingHours } = settings;
  if (!isValidTimezone(timezone)) throw new Error(`Zona horaria inválida: ${timezone}`);
  const problem = workingHoursProblem(workingHours);
  if (problem) throw new Error(problem);

  const localDay = (date: Date) => DateTime.fromJSDate(date, { zone: timezone }).startOf("day");
  const holidayName = (day: DateTime) => publicHolidays(country, day.year).get(day.toISODate()!);

  // Wall-clock time of the day (set, not plus, so a daylight-saving day keeps its local hours).
  const at = (day: DateTime, time: string) => {
    const minutes = minutesOf(time);
    return (
      minutes === 1440 ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    ).toMillis();
  };

  /** The working window [open, close) of a local day, or null when the day is closed or a holiday. */
  function windowOf(day: DateTime): { open: number; close: number } | null {
    const hours = workingHours[String(day.weekday) as IsoWeekday];
    if (!hours || holidayName(day) !== undefined) return null;
    return { open: at(day, hours[0]), close: at(day, hours[1]) };
  }

  /** The first window that ends after `instant` (the one containing it, or the next), from its day on. */
  function nextWindow(instant: number): { open: number; close: number } {
    let day = localDay(new Date(instant));
    for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = day.plus({ days: 1 })) {
      const window = windowOf(day);
      if (window && instant < window.close) return window;
    }
    throw new Error("El calendario no tiene días hábiles");
  }

  function addBusinessTime(start: Date, ms: number): Date {
    if (ms <= 0) return start;
    let remaining = ms;
    let cursor = start.getTime();
    for (let i = 0; i < MAX_DAYS_SCANNED * 2; i++) {
      const window = nextWindow(cursor);
      const from = Math.max(cursor, window.open);
      const available = window.close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = window.close;
    }
    throw new Error("El calendario no tiene días hábiles");
  }

  function addBusinessDays(start: Date, days: number): Date {
    if (!Number.isInteger(days) || days < 0) throw new Error(`Días hábiles inválidos: ${days}`);
    // The close instant lies outside its own [open, close) window, so the next window is the next business day.
    let close = nextWindow(start.getTime()).close;
    for (let counted = 0; counted < days; counted++) close = nextWindow(close).close;
    return new Date(close);
  }

  return {
    settings,
    isHoliday: (date) => holidayName(localDay(date)) !== undefined,
    isBusinessDay: (date) => windowOf(localDay(date)) !== null,
    isWithinWorkingHours(date) {
      const window = windowOf(localDay(date));
      return window !== null && date.getTime() >= window.open && date.getTime() < window.close;
    },
    effectiveStart(date) {
      return new Date(Math.max(date.getTime(), nextWindow(date.getTime()).open));
    },
    addBusinessDays,
    addBusinessHours: (start, hours) => addBusinessTime(start, Math.round(hours * HOUR_MS)),
    addBusinessTime,
    addHours: (start, hours) => new Date(start.getTime() + Math.round(hours * HOUR_MS)),
    addCalendarDays(start, days) {
      return DateTime.fromJSDate(start, { zone: timezone }).plus({ days }).toJSDate();
    },
    endOfBusinessDay: (date) => addBusinessDays(date, 0),
    businessTimeBetween(from, to) {
      const end = to.getTime();
      let total = 0;
      let cursor = from.getTime();
      while (cursor < end) {
        const window = nextWindow(cursor);
        if (window.open >= end) break;
        total += Math.min(window.close, end) - Math.max(cursor, window.open);
        cursor = window.close;
      }
      return total;
    },
    holidaysBetween(from, to) {
      const first = localDay(from);
      const last = localDay(to);
      const found: Holiday[] = [];
      for (let year = first.year; year <= last.year; year++) {
        for (const [date, name] of publicHolidays(country, year)) {
          if (date >= first.toISODate()! && date < last.toISODate()!) found.push({ date, name });
        }
      }
      return found.sort((a, b) => a.date.localeCompare(b.date));
    },
  };
}
