import { DateTime } from "luxon";

/**
 * Spreadsheet cell → API value conversions, shared by every import kind. Pure: no I/O, no clock.
 * A converter returns the converted value, `null` for an empty cell, or an InvalidCell naming what is wrong.
 */

/** A cell that cannot be converted; `message` is Spanish and says what was found and what is expected. */
export class InvalidCell {
  constructor(readonly message: string) {}
}

import type { CellContext, CellConverter } from "../../platform/extensions/import-kind.js";

export type { CellContext, CellConverter };

type Plain = string | number | boolean | Date | null;

/** Unwraps what ExcelJS gives for a cell (rich text, formula results, hyperlinks, errors) to a plain value; blank → null. */
export function plainCell(raw: unknown): Plain | InvalidCell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    // PostgreSQL text and jsonb cannot hold NUL characters.
    const text = (raw.includes("\0") ? raw.replaceAll("\0", "") : raw).trim();
    return text === "" ? null : text;
  }
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : new InvalidCell("el número no es finito");
  if (typeof raw === "boolean" || raw instanceof Date) return raw;
  if (typeof raw === "object") {
    const cell = raw as Record<string, unknown>;
    if (Array.isArray(cell.richText))
      return plainCell((cell.richText as Array<{ text?: string }>).map((r) => r.text ?? "").join(""));
    if ("error" in cell) return new InvalidCell(`la celda tiene el error de Excel ${String(cell.error)}`);
    if ("formula" in cell || "sharedFormula" in cell) return plainCell(cell.result);
    if ("text" in cell) return plainCell(cell.text);
  }
  return new InvalidCell("la celda tiene un contenido que no se puede leer");
}

/** Lower case, no accents, runs of spaces, dashes and slashes as one underscore: "Telefonía fija" → "telefonia_fija". */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/[\s\-/.]+/g, "_");
}

function quoted(value: Plain): string {
  if (value instanceof Date) return `«${value.toISOString().slice(0, 10)}»`;
  return `«${String(value)}»`;
}

/** Text as written; numbers keep all their digits (a customer code typed as a number is still its code). */
export const textCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "sí" : "no";
  return value.toISOString().slice(0, 10);
};

const TRUE_WORDS = new Set(["si", "s", "yes", "y", "true", "verdadero", "v", "x", "1"]);
const FALSE_WORDS = new Set(["no", "n", "false", "falso", "f", "0"]);

/** sí/si/no, true/false, verdadero/falso, 1/0, x (ticked); an Excel boolean as is. */
export const booleanCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell || typeof value === "boolean") return value;
  const word = typeof value === "string" ? normalizeLabel(value) : String(value);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new InvalidCell(`${quoted(value)} no es un valor sí/no; use sí, no, 1 o 0`);
};

/**
 * Reads a number written the Spanish way or the English way: "120.000" and "120.000,50" (dot for
 * thousands, comma for decimals) as well as "120,000.50" and "12.5". A single dot followed by exactly
 * three digits is a thousands separator, as in Latin American amounts. Currency signs and spaces are ignored.
 */
export function parseLocaleNumber(text: string): number | null {
  let s = text.replace(/\s|\$|€|cop|usd|bs\.?/gi, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let normalized = s;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = lastDot > lastComma ? "," : ".";
    const whole = s.slice(0, decimalAt);
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*$`).test(whole)) return null;
    normalized = `${whole.replaceAll(thousands, "")}.${s.slice(decimalAt + 1)}`;
  } else if (lastComma >= 0) {
    if (s.indexOf(",") !== lastComma) {
      if (!/^\d{1,3}(,\d{3})+$/.test(s)) return null;
      normalized = s.replaceAll(",", "");
    } else normalized = s.replace(",", ".");
  } else if (lastDot >= 0) {
    if (s.indexOf(".") !== lastDot) {
      if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
      normalized = s.replaceAll(".", "");
    } else if (/^[1-9]\d{0,2}\.\d{3}$/.test(s)) normalized = s.replace(".", "");
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  const number = Number(normalized);
  return Number.isFinite(number) ? (negative ? -number : number) : null;
}

export const numberCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell || typeof value === "number") return value;
  if (typeof value === "string") {
    const number = parseLocaleNumber(value);
    if (number !== null) return number;
  }
  return new InvalidCell(`${quoted(value)} no es un número`);
};

// Excel stores dates as days since 1899-12-30 (the 1900 date system, with its leap-year bug built in).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fromSerial(serial: number): WallClock | null {
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  // Rounded to the second: Excel fractions of a day carry floating-point noise.
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000);
  return fromUtcFields(date);
}

function fromUtcFields(date: Date): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

const DATE_TEXT = [
  // 2024-03-05, 2024/03/05 (optionally followed by a time)
  { pattern: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/, order: ["y", "m", "d"] },
  // 05/03/2024, 5-3-2024: day first, as written in Colombia, Ecuador and Bolivia
  { pattern: /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/, order: ["d", "m", "y"] },
] as const;

function wallClockOf(value: Plain): WallClock | null | "offset" {
  if (value instanceof Date) return fromUtcFields(value);
  if (typeof value === "number") return fromSerial(value);
  if (typeof value !== "string") return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return "offset";
  for (const { pattern, order } of DATE_TEXT) {
    const match = pattern.exec(value);
    if (!match) continue;
    const part = (name: "y" | "m" | "d") => Number(match[order.indexOf(name) + 1]);
    return {
      year: part("y"),
      month: part("m"),
      day: part("d"),
      hour: Number(match[4] ?? 0),
      minute: Number(match[5] ?? 0),
      second: Number(match[6] ?? 0),
    };
  }
  return null;
}

function isRealDate(clock: WallClock): boolean {
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  return (
    date.getUTCFullYear() === clock.year &&
    date.getUTCMonth() === clock.month - 1 &&
    date.getUTCDate() === clock.day &&
    clock.hour < 24 &&
    clock.minute < 60 &&
    clock.second < 60
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A calendar date as YYYY-MM-DD, from an Excel date, "2024-03-05" or "05/03/2024" (day first). */
export const dateCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  const clock = wallClockOf(value);
  if (clock === "offset" && typeof value === "string") return dateCell(value.slice(0, 10), { timezone: "UTC" });
  if (!clock || clock === "offset" || !isRealDate(clock)) {
    return new InvalidCell(`${quoted(value)} no es una fecha válida; use AAAA-MM-DD o DD/MM/AAAA`);
  }
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
};

/**
 * An instant as ISO 8601 with offset. Excel dates and texts without an offset ("2024-03-05 14:30",
 * "05/03/2024") are wall-clock time in the tenant's time zone; texts with an offset keep it.
 */
export const dateTimeCell: CellConverter = (raw, context) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  const clock = wallClockOf(value);
  if (clock === "offset" && typeof value === "string") {
    const instant = DateTime.fromISO(value, { setZone: true });
    if (instant.isValid) return instant.toISO({ suppressMilliseconds: true });
  } else if (clock && clock !== "offset" && isRealDate(clock)) {
    const offset = hourOffset(clock, context.timezone);
    if (offset !== null) {
      return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offset}`;
    }
    const instant = DateTime.fromObject(clock, { zone: context.timezone });
    if (instant.isValid) return instant.toISO({ suppressMilliseconds: true });
  }
  return new InvalidCell(`${quoted(value)} no es una fecha y hora válida; use AAAA-MM-DD HH:MM o DD/MM/AAAA HH:MM`);
};

// Time-zone arithmetic costs ~18 µs a cell, most of a date-time column's import: the zone's offset is
// worked out once per local hour and reused while it holds for the whole hour.
const HOUR_OFFSETS = new Map<string, string | null>();
const MAX_HOUR_OFFSETS = 50_000;

/**
 * The ISO offset suffix ("-05:00", "Z") of every instant of a local hour of `zone`, or null when the hour
 * does not hold one offset throughout (a daylight-saving change: luxon then decides each instant).
 */
function hourOffset(clock: WallClock, zone: string): string | null {
  const key = `${zone}|${clock.year}-${clock.month}-${clock.day}T${clock.hour}`;
  let offset = HOUR_OFFSETS.get(key);
  if (offset === undefined) {
    const hour = { year: clock.year, month: clock.month, day: clock.day, hour: clock.hour };
    const start = DateTime.fromObject({ ...hour, minute: 0, second: 0 }, { zone });
    const end = DateTime.fromObject({ ...hour, minute: 59, second: 59 }, { zone });
    const holds =
      start.isValid && end.isValid && start.offset === end.offset && start.hour === clock.hour && end.hour === clock.hour;
    offset = holds ? start.toISO({ suppressMilliseconds: true })!.slice(19) : null;
    if (HOUR_OFFSETS.size >= MAX_HOUR_OFFSETS) HOUR_OFFSETS.clear();
    HOUR_OFFSETS.set(key, offset);
  }
  return offset;
}

/**
 * A billed month as AAAA-MM, from "2024-03", "2024/3", "03/2024", "202403" or an Excel date (its month).
 * The month number is passed on as written, so "2024-13" reaches the schema and is refused there.
 */
export const periodCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  if (typeof value === "number" && !(value >= 190_001 && value <= 999_912)) {
    const clock = fromSerial(value);
    if (clock) return `${pad(clock.year, 4)}-${pad(clock.month)}`;
  }
  if (value instanceof Date) return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}`;
  const text = String(value);
  let match = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (match) return `${match[1]}-${pad(Number(match[2]))}`;
  match = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (match) return `${match[2]}-${pad(Number(match[1]))}`;
  return new InvalidCell(`${quoted(value)} no es un mes; use AAAA-MM, p. ej. 2024-03`);
};

/**
 * A closed list of codes, written as the code or as one of its Spanish labels (accents and case do
 * not matter). `labels` maps each normalized label to its code; `shown` are the words the message suggests.
 */
export function codeCell(labels: Record<string, string>, shown: readonly string[]): CellConverter {
  return (raw) => {
    const value = plainCell(raw);
    if (value === null || value instanceof InvalidCell) return value;
    const code = labels[normalizeLabel(String(value))];
    if (code !== undefined) return code;
    const last = shown.at(-1);
    return new InvalidCell(`${quoted(value)} no es un valor válido; use ${shown.slice(0, -1).join(", ")} o ${last}`);
  };
}
