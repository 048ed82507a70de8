import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type BusinessCalendar,
  businessCalendar,
  publicHolidays,
  type WorkingHours,
  workingHoursProblem,
} from "./business-calendar.js";
import { DEFAULT_WORKING_HOURS } from "./countries.js";

const WEEKDAYS: WorkingHours = {
  "1": ["08:00", "18:00"],
  "2": ["08:00", "18:00"],
  "3": ["08:00", "18:00"],
  "4": ["08:00", "18:00"],
  "5": ["08:00", "18:00"],
};
const ZONES = { CO: "America/Bogota", EC: "America/Guayaquil", BO: "America/La_Paz" } as const;

function calendarOf(country: keyof typeof ZONES, workingHours: WorkingHours = WEEKDAYS): BusinessCalendar {
  return businessCalendar({ country, timezone: ZONES[country], workingHours });
}

/** An instant written as tenant-local wall-clock time. */
function at(calendar: BusinessCalendar, local: string): Date {
  return DateTime.fromISO(local, { zone: calendar.settings.timezone }).toJSDate();
}

/** The tenant-local wall-clock time of an instant, for readable assertions. */
function local(calendar: BusinessCalendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.settings.timezone }).toFormat("yyyy-MM-dd HH:mm");
}

const co = calendarOf("CO");
const ec = calendarOf("EC");
const bo = calendarOf("BO");

describe("public holidays per country (date-holidays, type public only)", () => {
  it("knows each country's own 2026 holidays", () => {
    expect(co.isHoliday(at(co, "2026-01-12T10:00"))).toBe(true); // Reyes Magos, moved to Monday
    expect(ec.isHoliday(at(ec, "2026-01-12T10:00"))).toBe(false);
    expect(ec.isHoliday(at(ec, "2026-02-16T10:00"))).toBe(true); // Carnaval
    expect(co.isHoliday(at(co, "2026-02-16T10:00"))).toBe(false);
    expect(bo.isHoliday(at(bo, "2026-01-22T10:00"))).toBe(true); // Estado Plurinacional
    expect(ec.isHoliday(at(ec, "2026-08-10T10:00"))).toBe(true); // Primer Grito de Independencia
  });

  it("leaves observances out (Bolivia's Holy Thursday, Ecuador's New Year's Eve)", () => {
    expect(co.isHoliday(at(co, "2026-04-02T10:00"))).toBe(true);
    expect(bo.isHoliday(at(bo, "2026-04-02T10:00"))).toBe(false);
    expect(bo.isHoliday(at(bo, "2026-04-03T10:00"))).toBe(true);
    expect(ec.isHoliday(at(ec, "2026-12-31T10:00"))).toBe(false);
  });

  it("reads the holiday on the tenant's local date, not UTC's", () => {
    // 2026-01-12 21:00 in Bogotá is already the 13th in UTC: still the holiday.
    expect(co.isHoliday(at(co, "2026-01-12T21:00"))).toBe(true);
    expect(co.isHoliday(at(co, "2026-01-11T21:00"))).toBe(false);
  });

  it("lists the holidays of a range in date order", () => {
    expect(co.holidaysBetween(at(co, "2026-03-01T00:00"), at(co, "2026-04-06T00:00"))).toEqual([
      { date: "2026-03-23", name: "San José" },
      { date: "2026-04-02", name: "Jueves Santo" },
      { date: "2026-04-03", name: "Viernes Santo" },
      { date: "2026-04-05", name: "Pascua" },
    ]);
    expect(publicHolidays("BO", 2026).get("2026-06-22")).toMatch(/Año Nuevo Andino/);
  });
});

describe("business days and working hours", () => {
  it("a weekday is a business day, a weekend or a holiday is not", () => {
    expect(co.isBusinessDay(at(co, "2026-01-16T03:00"))).toBe(true); // Friday
    expect(co.isBusinessDay(at(co, "2026-01-17T10:00"))).toBe(false); // Saturday
    expect(co.isBusinessDay(at(co, "2026-01-12T10:00"))).toBe(false); // holiday
    const saturdays = calendarOf("CO", DEFAULT_WORKING_HOURS);
    expect(saturdays.isBusinessDay(at(saturdays, "2026-01-17T10:00"))).toBe(true);
    expect(saturdays.isBusinessDay(at(saturdays, "2026-01-18T10:00"))).toBe(false);
  });

  it("working hours are [open, close): closing time itself is outside", () => {
    expect(co.isWithinWorkingHours(at(co, "2026-01-16T08:00"))).toBe(true);
    expect(co.isWithinWorkingHours(at(co, "2026-01-16T17:59"))).toBe(true);
    expect(co.isWithinWorkingHours(at(co, "2026-01-16T18:00"))).toBe(false);
    expect(co.isWithinWorkingHours(at(co, "2026-01-16T07:59"))).toBe(false);
  });

  it("the effective start of work received outside hours is the next opening", () => {
    expect(local(co, co.effectiveStart(at(co, "2026-01-16T10:30")))).toBe("2026-01-16 10:30");
    expect(local(co, co.effectiveStart(at(co, "2026-01-16T06:00")))).toBe("2026-01-16 08:00");
    expect(local(co, co.effectiveStart(at(co, "2026-01-16T18:00")))).toBe("2026-01-19 08:00");
    expect(local(co, co.effectiveStart(at(co, "2026-01-09T19:00")))).toBe("2026-01-13 08:00"); // Monday 12 is a holiday
  });
});

describe("addBusinessDays: within n business days = close of the n-th business day after the start's", () => {
  const cases: Array<[string, BusinessCalendar, string, number, string]> = [
    ["Friday 17:00, 1 day → Monday close", co, "2026-01-16T17:00", 1, "2026-01-19 18:00"],
    ["Friday 17:00, Monday a holiday → Tuesday close", co, "2026-01-09T17:00", 1, "2026-01-13 18:00"],
    ["the same Friday in Ecuador (no holiday) → Monday close", ec, "2026-01-09T17:00", 1, "2026-01-12 18:00"],
    ["Friday evening after closing → counts from Monday → Tuesday close", co, "2026-01-16T19:00", 1, "2026-01-20 18:00"],
    ["started on a holiday → counts from the next business day", co, "2026-01-12T10:00", 1, "2026-01-14 18:00"],
    ["started before opening → that day counts as the start", co, "2026-01-20T06:00", 1, "2026-01-21 18:00"],
    ["started exactly at closing → the next day is the start", co, "2026-01-20T18:00", 1, "2026-01-22 18:00"],
    ["started on Saturday → counts from Monday", co, "2026-01-17T10:00", 1, "2026-01-20 18:00"],
    ["3 days across Holy Thursday and Friday (CO)", co, "2026-04-01T10:00", 3, "2026-04-08 18:00"],
    ["3 days across Good Friday only (BO: Thursday is an observance)", bo, "2026-04-01T10:00", 3, "2026-04-07 18:00"],
    ["2 days across Carnaval Monday and Tuesday (EC)", ec, "2026-02-13T09:00", 2, "2026-02-19 18:00"],
    ["0 days → same business day's close (en el día)", co, "2026-01-20T09:00", 0, "2026-01-20 18:00"],
    ["0 days started after closing → next business day's close", co, "2026-01-16T20:00", 0, "2026-01-19 18:00"],
    ["across the new year (1 January a holiday)", co, "2025-12-31T16:00", 1, "2026-01-02 18:00"],
  ];
  for (const [name, calendar, start, days, due] of cases) {
    it(name, () => expect(local(calendar, calendar.addBusinessDays(at(calendar, start), days))).toBe(due));
  }

  it("a Saturday with working hours counts as a business day and closes at its own hour", () => {
    const saturdays = calendarOf("CO", DEFAULT_WORKING_HOURS);
    expect(local(saturdays, saturdays.addBusinessDays(at(saturdays, "2026-01-16T17:00"), 1))).toBe("2026-01-17 13:00");
    expect(local(saturdays, saturdays.endOfBusinessDay(at(saturdays, "2026-01-17T09:00")))).toBe("2026-01-17 13:00");
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => co.addBusinessDays(new Date(), -1)).toThrow();
    expect(() => co.addBusinessDays(new Date(), 1.5)).toThrow();
  });
});

describe("addBusinessHours counts working time; addHours counts the clock", () => {
  const cases: Array<[string, string, number, string]> = [
    ["2 h from Friday 17:00 → Monday 09:00", "2026-01-16T17:00", 2, "2026-01-19 09:00"],
    ["2 h from Friday 17:00 over a holiday Monday → Tuesday 09:00", "2026-01-09T17:00", 2, "2026-01-13 09:00"],
    ["2 h from Saturday → Monday 10:00", "2026-01-17T10:00", 2, "2026-01-19 10:00"],
    ["2 h from 16:00 ends exactly at closing, not next morning", "2026-01-20T16:00", 2, "2026-01-20 18:00"],
    ["a full 10 h day from opening", "2026-01-20T08:00", 10, "2026-01-20 18:00"],
    ["half an hour", "2026-01-20T17:45", 0.5, "2026-01-21 08:15"],
    ["24 business hours = 2.4 working days", "2026-01-20T08:00", 24, "2026-01-22 12:00"],
  ];
  for (const [name, start, hours, due] of cases) {
    it(name, () => expect(local(co, co.addBusinessHours(at(co, start), hours))).toBe(due));
  }

  it("clock hours ignore weekends and holidays", () => {
    expect(local(co, co.addHours(at(co, "2026-01-16T17:00"), 24))).toBe("2026-01-17 17:00");
    expect(local(co, co.addHours(at(co, "2026-01-11T23:00"), 2))).toBe("2026-01-12 01:00");
  });

  it("calendar days keep the local time", () => {
    expect(local(co, co.addCalendarDays(at(co, "2026-01-16T17:00"), 30))).toBe("2026-02-15 17:00");
  });

  it("adding zero business time leaves the instant unchanged, even outside hours", () => {
    const saturday = at(co, "2026-01-17T10:00");
    expect(co.addBusinessTime(saturday, 0)).toEqual(saturday);
  });
});

describe("businessTimeBetween", () => {
  const hours = (ms: number) => ms / 3_600_000;
  it("counts only working time inside the range", () => {
    expect(hours(co.businessTimeBetween(at(co, "2026-01-16T17:00"), at(co, "2026-01-19T09:00")))).toBe(2);
    expect(hours(co.businessTimeBetween(at(co, "2026-01-09T17:00"), at(co, "2026-01-13T09:00")))).toBe(2);
    expect(hours(co.businessTimeBetween(at(co, "2026-01-20T09:00"), at(co, "2026-01-20T09:30")))).toBe(0.5);
    expect(hours(co.businessTimeBetween(at(co, "2026-01-17T00:00"), at(co, "2026-01-18T23:59")))).toBe(0);
    expect(co.businessTimeBetween(at(co, "2026-01-20T10:00"), at(co, "2026-01-20T09:00"))).toBe(0);
  });

  it("is the inverse of addBusinessTime for starts all over 2026 (weekends, holidays, nights)", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const yearStart = at(co, "2026-01-01T00:00").getTime();
    for (const calendar of [co, ec, bo, calendarOf("CO", DEFAULT_WORKING_HOURS)]) {
      for (let i = 0; i < 300; i++) {
        const start = new Date(yearStart + Math.floor(random() * 365 * 86_400_000));
        const ms = Math.floor(random() * 60 * 3_600_000);
        const end = calendar.addBusinessTime(start, ms);
        expect(calendar.businessTimeBetween(start, end), `${start.toISOString()} + ${ms}`).toBe(ms);
        if (ms > 0) expect(calendar.isWithinWorkingHours(new Date(end.getTime() - 1))).toBe(true);
      }
    }
  });
});

describe("working hours validation", () => {
  it("accepts the default week and a 24:00 close", () => {
    expect(workingHoursProblem(DEFAULT_WORKING_HOURS)).toBeNull();
    expect(workingHoursProblem({ "7": ["00:00", "24:00"] })).toBeNull();
  });

  it("names what is wrong, in Spanish", () => {
    expect(workingHoursProblem({})).toMatch(/al menos un día/);
    expect(workingHoursProblem({ "8": ["08:00", "18:00"] })).toMatch(/Día inválido «8»/);
    expect(workingHoursProblem({ "1": ["8:00", "18:00"] })).toMatch(/HH:MM/);
    expect(workingHoursProblem({ "1": ["18:00", "08:00"] })).toMatch(/apertura debe ser anterior/);
    expect(workingHoursProblem({ "1": ["08:00"] })).toMatch(/HH:MM/);
    expect(workingHoursProblem([])).toMatch(/objeto/);
  });

  it("refuses to build a calendar from an invalid time zone", () => {
    expect(() => businessCalendar({ country: "CO", timezone: "America/Nowhere", workingHours: WEEKDAYS })).toThrow(
      /Zona horaria/,
    );
  });
});
