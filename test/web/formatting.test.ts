import { describe, expect, it } from "vitest";
import { createFormatters, formatLocale } from "../../web/src/i18n/formatting.js";

const nbsp = "\u00a0";

describe("formatting (es-CO, es-EC, es-BO, en)", () => {
  const co = createFormatters("es-CO", "America/Bogota");

  it("writes Colombian pesos with the symbol in front and no cents", () => {
    expect(co.money(107754, "COP")).toBe(`$${nbsp}107.754`);
    expect(co.money(-5000, "COP")).toBe(`-$${nbsp}5.000`);
  });

  it("writes dollars (Ecuador) and bolivianos (Bolivia) with cents", () => {
    expect(createFormatters("es-EC", "America/Guayaquil").money(107754.5, "USD")).toBe(`$${nbsp}107.754,50`);
    expect(createFormatters("es-BO", "America/La_Paz").money(1234.5, "BOB")).toBe(`Bs${nbsp}1.234,50`);
  });

  it("writes percentages with a comma and a spaced sign in Spanish", () => {
    expect(co.percent(0.732)).toBe(`73,2${nbsp}%`);
    expect(co.percent(null)).toBe("—");
    expect(createFormatters("en").percent(0.732)).toBe("73.2%");
  });

  it("groups thousands with a dot", () => {
    expect(co.number(40000)).toBe("40.000");
    expect(createFormatters("en").number(40000)).toBe("40,000");
  });

  it("writes dates as «9 nov 2026» and does not move a calendar day", () => {
    expect(co.date("2026-11-09")).toBe("9 nov 2026");
    expect(createFormatters("es-BO", "America/La_Paz").date("2026-11-09")).toBe("9 nov 2026");
    // 02:00 UTC on the 10th is still the 9th in Bogotá.
    expect(co.date("2026-11-10T02:00:00Z")).toBe("9 nov 2026");
    expect(co.dateTime("2026-11-09T20:05:00Z")).toMatch(/^9 nov 2026,? 3:05/);
  });

  it("writes relative times", () => {
    const now = new Date("2026-11-09T12:00:00Z");
    expect(co.relative("2026-11-09T09:00:00Z", now)).toBe("hace 3 h");
    expect(createFormatters("en").relative("2026-11-09T09:00:00Z", now)).toBe("3 hr. ago");
  });

  it("picks the tenant's Spanish, or English when the user chose it", () => {
    expect(formatLocale("es", "EC")).toBe("es-EC");
    expect(formatLocale("es", null)).toBe("es-CO");
    expect(formatLocale("en", "BO")).toBe("en");
  });
});
