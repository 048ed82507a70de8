import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  booleanCell,
  codeCell,
  dateCell,
  dateTimeCell,
  InvalidCell,
  normalizeLabel,
  numberCell,
  parseLocaleNumber,
  periodCell,
  plainCell,
  textCell,
} from "./cells.js";

const bogota = { timezone: "America/Bogota" };
const message = (value: unknown) => (value instanceof InvalidCell ? value.message : `no es un error: ${String(value)}`);

describe("cell conversion", () => {
  it("unwraps what ExcelJS gives: rich text, formula results, hyperlinks; blank is null; Excel errors are named", () => {
    expect(plainCell({ richText: [{ text: "Ana " }, { text: "Ruiz" }] })).toBe("Ana Ruiz");
    expect(plainCell({ formula: "A1*2", result: 42 })).toBe(42);
    expect(plainCell({ text: "ana@x.co", hyperlink: "mailto:ana@x.co" })).toBe("ana@x.co");
    expect(plainCell("   ")).toBeNull();
    expect(plainCell(undefined)).toBeNull();
    expect(message(plainCell({ error: "#N/A" }))).toContain("#N/A");
    expect(plainCell("a\u0000b")).toBe("ab");
  });

  it("keeps every digit of codes typed as numbers", () => {
    expect(textCell(1020304050, bogota)).toBe("1020304050");
    expect(textCell(3001234567, bogota)).toBe("3001234567");
    expect(textCell("  C-001 ", bogota)).toBe("C-001");
    expect(textCell(12.5, bogota)).toBe("12.5");
  });

  it("reads sí/no in the ways people write it, and names what it cannot read", () => {
    for (const yes of ["sí", "SI", "Si", "x", "1", "true", "Verdadero", 1, true]) expect(booleanCell(yes, bogota)).toBe(true);
    for (const no of ["no", "NO", "0", "false", "falso", 0, false]) expect(booleanCell(no, bogota)).toBe(false);
    expect(booleanCell("", bogota)).toBeNull();
    expect(message(booleanCell("quizás", bogota))).toBe("«quizás» no es un valor sí/no; use sí, no, 1 o 0");
  });

  it("reads amounts written the Spanish and the English way", () => {
    expect(parseLocaleNumber("120.000")).toBe(120000);
    expect(parseLocaleNumber("$ 120.000,50")).toBe(120000.5);
    expect(parseLocaleNumber("1.234.567")).toBe(1234567);
    expect(parseLocaleNumber("120,000.50")).toBe(120000.5);
    expect(parseLocaleNumber("89900")).toBe(89900);
    expect(parseLocaleNumber("12.5")).toBe(12.5);
    expect(parseLocaleNumber("0.125")).toBe(0.125);
    expect(parseLocaleNumber("12,5")).toBe(12.5);
    expect(parseLocaleNumber("-5")).toBe(-5);
    expect(parseLocaleNumber("1.2.3")).toBeNull();
    expect(parseLocaleNumber("doce")).toBeNull();
    expect(parseLocaleNumber("12,34,5")).toBeNull();
    expect(numberCell(99.9, bogota)).toBe(99.9);
    expect(message(numberCell("gratis", bogota))).toBe("«gratis» no es un número");
  });

  it("reads dates from Excel serials, ISO text and day-first text, refusing impossible dates", () => {
    expect(dateCell(45292, bogota)).toBe("2024-01-01");
    expect(dateCell("2024-03-05", bogota)).toBe("2024-03-05");
    expect(dateCell("05/03/2024", bogota)).toBe("2024-03-05");
    expect(dateCell("5-3-2024", bogota)).toBe("2024-03-05");
    expect(dateCell(new Date(Date.UTC(2023, 4, 14)), bogota)).toBe("2023-05-14");
    expect(message(dateCell("31/02/2024", bogota))).toContain("no es una fecha válida");
    expect(message(dateCell("ayer", bogota))).toContain("«ayer»");
  });

  it("reads date-times as wall-clock time of the tenant's zone unless they carry an offset", () => {
    expect(dateTimeCell("2024-03-05 09:30", bogota)).toBe("2024-03-05T09:30:00-05:00");
    expect(dateTimeCell("05/03/2024 14:00", bogota)).toBe("2024-03-05T14:00:00-05:00");
    expect(dateTimeCell(45292.5, bogota)).toBe("2024-01-01T12:00:00-05:00");
    expect(dateTimeCell("2024-03-05T09:30:00Z", bogota)).toBe("2024-03-05T09:30:00Z");
    expect(dateTimeCell("2024-03-05", { timezone: "America/La_Paz" })).toBe("2024-03-05T00:00:00-04:00");
    expect(message(dateTimeCell("2024-03-05 25:00", bogota))).toContain("no es una fecha y hora válida");
  });

  it("gives the same instants as luxon around daylight-saving changes, and in zones with odd offsets", () => {
    const luxon = (text: string, zone: string) =>
      DateTime.fromFormat(text, "yyyy-MM-dd HH:mm", { zone }).toISO({ suppressMilliseconds: true });
    const cases: Array<[string, string]> = [
      ["2024-03-10 01:59", "America/New_York"],
      ["2024-03-10 02:30", "America/New_York"],
      ["2024-03-10 03:00", "America/New_York"],
      ["2024-11-03 01:30", "America/New_York"],
      ["2024-11-03 02:00", "America/New_York"],
      ["2024-04-07 02:30", "Australia/Lord_Howe"],
      ["2024-06-01 12:15", "Asia/Kathmandu"],
      ["2024-06-01 12:15", "UTC"],
      ["2024-06-01 12:15", "America/Bogota"],
    ];
    for (const [text, zone] of cases) {
      expect(dateTimeCell(text, { timezone: zone }), `${text} ${zone}`).toBe(luxon(text, zone));
      // Asked again (the hour's offset now cached), the same answer.
      expect(dateTimeCell(text, { timezone: zone }), `${text} ${zone} again`).toBe(luxon(text, zone));
    }
  });

  it("reads billed months, passing an impossible month on for the schema to refuse", () => {
    expect(periodCell("2024-03", bogota)).toBe("2024-03");
    expect(periodCell("2024/3", bogota)).toBe("2024-03");
    expect(periodCell("03/2024", bogota)).toBe("2024-03");
    expect(periodCell("202403", bogota)).toBe("2024-03");
    expect(periodCell(202403, bogota)).toBe("2024-03");
    expect(periodCell(45352, bogota)).toBe("2024-03");
    expect(periodCell("2024-13", bogota)).toBe("2024-13");
    expect(message(periodCell("marzo", bogota))).toContain("AAAA-MM");
  });

  it("maps Spanish labels to codes, accents and case aside", () => {
    const kind = codeCell({ internet: "internet", telefonia_fija: "fixed_voice", fixed_voice: "fixed_voice" }, [
      "internet",
      "telefonia_fija",
    ]);
    expect(kind("Telefonía Fija", bogota)).toBe("fixed_voice");
    expect(kind("fixed_voice", bogota)).toBe("fixed_voice");
    expect(message(kind("radio", bogota))).toBe("«radio» no es un valor válido; use internet o telefonia_fija");
    expect(normalizeLabel("  Fibra Óptica ")).toBe("fibra_optica");
  });
});
