import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { businessCalendar, type WorkingHours } from "../../platform/calendar/business-calendar.js";
import { scheduleDeadline } from "../deadlines/index.js";
import { carriedObservation, lastBusinessDayRule, reentryTiming, zoneReferencesGeoJson } from "./rules.js";

const WEEK: WorkingHours = {
  "1": ["08:00", "18:00"],
  "2": ["08:00", "18:00"],
  "3": ["08:00", "18:00"],
  "4": ["08:00", "18:00"],
  "5": ["08:00", "18:00"],
  "6": ["08:00", "13:00"],
};
const calendar = businessCalendar({ country: "CO", timezone: "America/Bogota", workingHours: WEEK });
const at = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();
const local = (date: Date) => DateTime.fromJSDate(date, { zone: "America/Bogota" }).toFormat("yyyy-MM-dd HH:mm");
const TWO_HOURS = { amount: 2, unit: "hours" } as const;
const SAME_DAY = { amount: 0, unit: "same_business_day" } as const;

describe("the 2-hour re-entry window counts on the clock (19.2)", () => {
  it("an evening annulment is due two clock hours later, past closing", () => {
    const { dueAt } = reentryTiming(at("2026-03-10T17:30"), at("2026-03-10T19:30"), TWO_HOURS, calendar);
    expect(local(dueAt)).toBe("2026-03-10 19:30");
  });
  it("on a holiday too (Monday 23 March 2026, San José): holidays do not stop the clock", () => {
    const annulled = at("2026-03-23T10:00");
    expect(reentryTiming(annulled, at("2026-03-23T12:00"), TWO_HOURS, calendar).isLate).toBe(false);
    expect(reentryTiming(annulled, at("2026-03-23T12:00:01"), TWO_HOURS, calendar).isLate).toBe(true);
  });
  it("keyed exactly at the end of the window is on time", () => {
    expect(reentryTiming(at("2026-03-10T10:00"), at("2026-03-10T12:00"), TWO_HOURS, calendar).isLate).toBe(false);
  });
  it("the same 2 hours as a deadline: at risk at 80 %, due at +2 h", () => {
    const s = scheduleDeadline({ rule: TWO_HOURS, startedAt: at("2026-03-10T17:30"), pausedMs: 0, atRiskRatio: 0.8 }, calendar);
    expect([s.measure, local(s.atRiskAt), local(s.dueAt)]).toEqual(["clock", "2026-03-10 19:06", "2026-03-10 19:30"]);
  });
});

describe("the tickets' same-day deadline on the business calendar (4.2)", () => {
  const sameDay = (start: string) =>
    local(scheduleDeadline({ rule: SAME_DAY, startedAt: at(start), pausedMs: 0, atRiskRatio: 0.8 }, calendar).dueAt);
  it("opened in the morning: due at closing the same day", () => {
    expect(sameDay("2026-03-10T09:00")).toBe("2026-03-10 18:00");
  });
  it("opened in the evening (after closing): due at the close of the next business day", () => {
    expect(sameDay("2026-03-10T19:00")).toBe("2026-03-11 18:00");
  });
  it("opened on the holiday Monday 23 March: due Tuesday's close", () => {
    expect(sameDay("2026-03-23T10:00")).toBe("2026-03-24 18:00");
  });
  it("opened Saturday 12:00: due at Saturday's 13:00 close; Saturday 15:00: Monday", () => {
    expect(sameDay("2026-03-14T12:00")).toBe("2026-03-14 13:00");
    expect(sameDay("2026-03-14T15:00")).toBe("2026-03-16 18:00");
  });
});

describe("the month's send-to-billing deadline: the last business day (21)", () => {
  const due = (start: string) => {
    const rule = lastBusinessDayRule(at(start), "America/Bogota", calendar);
    return rule && local(scheduleDeadline({ rule, startedAt: at(start), pausedMs: 0, atRiskRatio: 0.8 }, calendar).dueAt);
  };
  it("lands at the close of the month's last business day", () => {
    // 31 March 2026 is a Tuesday.
    expect(due("2026-03-10T10:00")).toBe("2026-03-31 18:00");
  });
  it("a month ending on a Sunday ends on Saturday's close (May 2026: Sat 30)", () => {
    expect(due("2026-05-04T10:00")).toBe("2026-05-30 13:00");
  });
  it("on the last business day itself: the same day; after its close: none", () => {
    expect(lastBusinessDayRule(at("2026-03-31T09:00"), "America/Bogota", calendar)).toEqual(SAME_DAY);
    expect(lastBusinessDayRule(at("2026-03-31T19:00"), "America/Bogota", calendar)).toBeNull();
  });
});

describe("what a re-entry carries and the map layer", () => {
  it("carries the annulled request's observation and its tickets' precise data", () => {
    expect(carriedObservation("Nueva", { number: 7, observation: "Calle mal escrita" }, ["Caja NAP-12"])).toBe(
      "Nueva\nRe-digitación de la solicitud N° 7.\nObservación anterior: Calle mal escrita\nServicio de ingeniería: Caja NAP-12",
    );
  });
  it("GeoJSON points are [longitude, latitude]; a reference without coordinates has no geometry", () => {
    const created = new Date("2026-03-10T15:00:00Z");
    const geo = zoneReferencesGeoJson([
      { id: "a", kind: "landmark", name: "Parque", zone: "Norte", latitude: 4.7, longitude: -74.05, createdAt: created },
      { id: "b", kind: "street", name: "Calle 10", zone: null, latitude: null, longitude: null, createdAt: created },
    ]);
    expect(geo.features[0]!.geometry).toEqual({ type: "Point", coordinates: [-74.05, 4.7] });
    expect(geo.features[1]!.geometry).toBeNull();
    expect(geo.features[0]!.properties).toMatchObject({ tipo: "landmark", nombre: "Parque", zona: "Norte" });
  });
});
