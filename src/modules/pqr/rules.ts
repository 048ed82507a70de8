/**
 * The PQR's pure decisions: the legal clocks (answer, at-risk alert, positive administrative silence,
 * appeal window), the CUN (issued from a range, checked against the tenant's pattern) and the evidence
 * checks. No I/O, no clock: every instant and every legal figure is passed in (the figures come from the
 * pqr_clocks catalog of the tenant's country).
 *
 * Legal days are local dates (YYYY-MM-DD) in the tenant's time zone:
 * - A *legal business day* is a weekday of the catalog's `businessWeekdays` that is not a public holiday
 *   of the tenant's country. The tenant's working hours do not make Saturday a legal business day.
 * - The *receipt day* of something filed (a PQR, a notification, an appeal) is the first legal business
 *   day on or after the day of the tenant calendar's effective start: filed after closing time counts
 *   from the next opening (so a Monday 19:00 filing is received Tuesday), filed on a Saturday, Sunday or
 *   holiday counts as received the next legal business day.
 * - «Within n business days» is the n-th legal business day after the receipt day, and the whole of
 *   that day is on time: the answer is late (silence) from the next local midnight; an appeal received
 *   on the last day of its window is accepted, one received the day after is refused.
 */
import { DateTime } from "luxon";
import { type BusinessCalendar, publicHolidays } from "../../platform/calendar/business-calendar.js";
import type { PqrClocks } from "./catalog-types.js";

/** A local date, YYYY-MM-DD. */
export type LocalDate = string;

export interface LegalCalendar {
  timezone: string;
  isBusinessDay(date: LocalDate): boolean;
}

const MAX_DAYS_SCANNED = 3660;

/** The legal calendar of a country and time zone with the catalog's business weekdays. */
export function legalCalendar(
  settings: { country: string; timezone: string },
  businessWeekdays: readonly number[],
): LegalCalendar {
  return {
    timezone: settings.timezone,
    isBusinessDay(date) {
      const day = DateTime.fromISO(date, { zone: settings.timezone });
      return businessWeekdays.includes(day.weekday) && !publicHolidays(settings.country, day.year).has(date);
    },
  };
}

/** The local date of an instant in a time zone. */
export function localDateOf(instant: Date, timezone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate()!;
}

/** The instant a local date begins (local midnight) in a time zone. */
export function startOfLocalDate(date: LocalDate, timezone: string): Date {
  return DateTime.fromISO(date, { zone: timezone }).startOf("day").toJSDate();
}

function shift(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** The instant the day after `date` begins: when a term ending on `date` has run out. */
export function endOfLocalDate(date: LocalDate, timezone: string): Date {
  return startOfLocalDate(shift(date, 1), timezone);
}

/** The first legal business day on or after `date`. */
export function businessDayOnOrAfter(date: LocalDate, legal: LegalCalendar): LocalDate {
  let day = date;
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = shift(day, 1)) if (legal.isBusinessDay(day)) return day;
  throw new Error("El calendario legal no tiene días hábiles");
}

/** The n-th legal business day after `date` (n = 0 → `date` itself). */
export function addLegalBusinessDays(date: LocalDate, days: number, legal: LegalCalendar): LocalDate {
  if (!Number.isInteger(days) || days < 0) throw new Error(`Días hábiles inválidos: ${days}`);
  let day = date;
  for (let counted = 0, scanned = 0; counted < days; scanned++) {
    if (scanned > MAX_DAYS_SCANNED) throw new Error("El calendario legal no tiene días hábiles");
    day = shift(day, 1);
    if (legal.isBusinessDay(day)) counted++;
  }
  return day;
}

/** The legal business day n business days before `date` (n = 0 → `date`), never before `floor`. */
export function subtractLegalBusinessDays(date: LocalDate, days: number, legal: LegalCalendar, floor: LocalDate): LocalDate {
  let day = date;
  for (let counted = 0, scanned = 0; counted < days && day > floor; scanned++) {
    if (scanned > MAX_DAYS_SCANNED) throw new Error("El calendario legal no tiene días hábiles");
    day = shift(day, -1);
    if (legal.isBusinessDay(day)) counted++;
  }
  return day < floor ? floor : day;
}

/** The day a thing filed at `instant` counts as received (see the header). */
export function receiptDay(instant: Date, calendar: BusinessCalendar, legal: LegalCalendar): LocalDate {
  return businessDayOnOrAfter(localDateOf(calendar.effectiveStart(instant), legal.timezone), legal);
}

export interface PqrClock {
  receivedOn: LocalDate;
  /** The last day on time. */
  dueOn: LocalDate;
  /** The day the at-risk alert is raised. */
  atRiskOn: LocalDate;
  /** When the at-risk timer fires: the start of atRiskOn, or the filing itself if that is already past. */
  atRiskAt: Date;
  /** When the answer becomes late: the local midnight after dueOn. */
  silenceAt: Date;
}

/** The clock of something filed at `filedAt` that must be decided within `businessDays`. */
export function legalClock(
  filedAt: Date,
  businessDays: number,
  atRiskBusinessDaysBefore: number,
  calendar: BusinessCalendar,
  legal: LegalCalendar,
): PqrClock {
  const receivedOn = receiptDay(filedAt, calendar, legal);
  const dueOn = addLegalBusinessDays(receivedOn, businessDays, legal);
  const atRiskOn = subtractLegalBusinessDays(dueOn, atRiskBusinessDaysBefore, legal, receivedOn);
  const atRiskStart = startOfLocalDate(atRiskOn, legal.timezone);
  return {
    receivedOn,
    dueOn,
    atRiskOn,
    atRiskAt: atRiskStart < filedAt ? filedAt : atRiskStart,
    silenceAt: endOfLocalDate(dueOn, legal.timezone),
  };
}

/** The answer clock of a PQR (answerBusinessDays of the catalog). */
export function answerClock(filedAt: Date, clocks: PqrClocks, calendar: BusinessCalendar, legal: LegalCalendar): PqrClock {
  return legalClock(filedAt, clocks.answerBusinessDays, clocks.atRiskBusinessDaysBefore, calendar, legal);
}

/** The decision clock of a recurso de reposición (reconsiderationBusinessDays of the catalog). */
export function reconsiderationClock(
  filedAt: Date,
  clocks: PqrClocks,
  calendar: BusinessCalendar,
  legal: LegalCalendar,
): PqrClock {
  return legalClock(filedAt, clocks.reconsiderationBusinessDays, clocks.atRiskBusinessDaysBefore, calendar, legal);
}

/** The last day a recurso may be received after the answer was notified at `notifiedAt`. */
export function appealWindowEndsOn(
  notifiedAt: Date,
  clocks: PqrClocks,
  calendar: BusinessCalendar,
  legal: LegalCalendar,
): LocalDate {
  return addLegalBusinessDays(receiptDay(notifiedAt, calendar, legal), clocks.appealBusinessDays, legal);
}

/** Whether `now` is past the last day on time (its local date is after `dueOn`). */
export function isPastDue(now: Date, dueOn: LocalDate, timezone: string): boolean {
  return localDateOf(now, timezone) > dueOn;
}

export type ClockStatus = "on_time" | "at_risk" | "past_due";

/** Where a running clock stands at `now`: on time, at risk (from atRiskOn), or past due. */
export function clockStatus(now: Date, clock: { dueOn: LocalDate; atRiskOn: LocalDate }, timezone: string): ClockStatus {
  const today = localDateOf(now, timezone);
  if (today > clock.dueOn) return "past_due";
  return today >= clock.atRiskOn ? "at_risk" : "on_time";
}

/** Spanish reason a recurso filed at `filedAt` is out of its window (null when on time). */
export function appealWindowProblem(
  filedAt: Date,
  windowEndsOn: LocalDate | null,
  calendar: BusinessCalendar,
  legal: LegalCalendar,
): string | null {
  if (!windowEndsOn) return "La PQR no tiene una respuesta notificada contra la cual interponer el recurso";
  const received = receiptDay(filedAt, calendar, legal);
  return received > windowEndsOn
    ? `El plazo para interponer el recurso venció el ${formatLocalDate(windowEndsOn)}; se recibiría el ${formatLocalDate(received)}`
    : null;
}

/** A local date as people read it in Colombia: 17/02/2026. */
export function formatLocalDate(date: LocalDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

// ------------------------------------------------------------------------------------------------ CUN

export interface CunRange {
  prefix: string;
  firstNumber: number;
  lastNumber: number;
  width: number;
  pattern: string;
}

/** The CUN of `number` in the range: the prefix and the number zero-padded to the range's width. */
export function formatCun(range: Pick<CunRange, "prefix" | "width">, number: number): string {
  return `${range.prefix}${String(number).padStart(range.width, "0")}`;
}

function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return null;
  }
}

/** Spanish reason a range configuration is unusable, or null. */
export function cunRangeProblem(range: CunRange): string | null {
  if (!Number.isSafeInteger(range.firstNumber) || !Number.isSafeInteger(range.lastNumber) || range.firstNumber < 0) {
    return "Los números del rango deben ser enteros no negativos";
  }
  if (range.firstNumber > range.lastNumber) return "El primer número del rango no puede ser mayor que el último";
  if (String(range.lastNumber).length > range.width) {
    return `El último número del rango (${range.lastNumber}) no cabe en ${range.width} dígitos`;
  }
  const pattern = compilePattern(range.pattern);
  if (!pattern) return "El patrón del CUN no es una expresión regular válida";
  for (const number of [range.firstNumber, range.lastNumber]) {
    const cun = formatCun(range, number);
    if (!pattern.test(cun)) return `El CUN ${cun} del rango no cumple el patrón configurado`;
  }
  return null;
}

/** Spanish reason a given CUN cannot be used with this range (format or outside it), or null. */
export function cunProblem(cun: string, range: CunRange): string | null {
  const pattern = compilePattern(range.pattern);
  if (!pattern?.test(cun)) return `El CUN ${cun} no tiene el formato configurado para el operador`;
  const digits = cun.startsWith(range.prefix) ? cun.slice(range.prefix.length) : "";
  if (!/^\d+$/.test(digits) || digits.length !== range.width) {
    return `El CUN ${cun} no corresponde al rango asignado (prefijo ${range.prefix || "—"}, ${range.width} dígitos)`;
  }
  const number = Number(digits);
  if (number < range.firstNumber || number > range.lastNumber) {
    return `El CUN ${cun} está fuera del rango asignado (${formatCun(range, range.firstNumber)} a ${formatCun(range, range.lastNumber)})`;
  }
  return null;
}

// ------------------------------------------------------------------------------------------------ evidence

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  content: Buffer | Uint8Array;
}

const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  "application/pdf": (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "audio/mpeg": (b) => (b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33) || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0),
  "audio/wav": (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46,
};

/**
 * Spanish reason an evidence file is refused (empty, too large, a type the catalog does not accept, or
 * content that is not what its type says), or null. `already` is how many files the PQR holds.
 */
export function evidenceProblem(file: EvidenceFile, limits: PqrClocks["evidence"], already: number): string | null {
  const name = file.fileName.trim();
  if (!name || name.length > 200) return "El archivo necesita un nombre de hasta 200 caracteres";
  if (already >= limits.maxFiles) return `La PQR ya tiene el máximo de ${limits.maxFiles} archivos`;
  if (file.content.length === 0) return `El archivo «${name}» está vacío`;
  if (file.content.length > limits.maxBytes) {
    return `El archivo «${name}» pesa ${formatSize(file.content.length)}; el máximo es ${formatSize(limits.maxBytes)}`;
  }
  if (!limits.mediaTypes.includes(file.mediaType)) {
    return `El archivo «${name}» es de un tipo no permitido (${file.mediaType}); se aceptan: ${limits.mediaTypes.join(", ")}`;
  }
  const signature = SIGNATURES[file.mediaType];
  if (signature && !signature(file.content)) return `El contenido de «${name}» no corresponde al tipo ${file.mediaType}`;
  if (file.mediaType.startsWith("text/") && file.content.includes(0)) return `El contenido de «${name}» no es texto`;
  return null;
}

function formatSize(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1).replace(".", ",")} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

// ------------------------------------------------------------------------------------------------ filing

/** How a PQR reaches the operator and how the customer wants the answer (CRC: any attention channel). */
export const PQR_CHANNELS = ["phone", "in_person", "web", "email", "chat", "app", "social_media", "written"] as const;
export type PqrChannel = (typeof PQR_CHANNELS)[number];
export const PQR_TYPES = ["petition", "complaint", "appeal"] as const;
export type PqrType = (typeof PQR_TYPES)[number];

/** Channels whose answer needs an address (the email, the phone number, the postal address). */
const NEEDS_ADDRESS: readonly PqrChannel[] = ["email", "phone", "written"];

export interface FilingFields {
  type: string;
  subject: string;
  filingChannel: string;
  responseChannel: string;
  responseAddress?: string;
  amountInDispute?: string | number | null;
}

/** The first problem of a filing's fields, as { field, message } in Spanish; null when they are acceptable. */
export function filingProblem(input: FilingFields): { field: string; message: string } | null {
  if (!(PQR_TYPES as readonly string[]).includes(input.type)) {
    return { field: "type", message: "El tipo debe ser petición, queja o recurso" };
  }
  if (!input.subject.trim()) return { field: "subject", message: "Indique qué pide el cliente" };
  if (input.subject.trim().length > 300)
    return { field: "subject", message: "Lo que pide el cliente admite hasta 300 caracteres" };
  if (!(PQR_CHANNELS as readonly string[]).includes(input.filingChannel)) {
    return { field: "filingChannel", message: `Canal de radicación desconocido: ${input.filingChannel}` };
  }
  if (!(PQR_CHANNELS as readonly string[]).includes(input.responseChannel)) {
    return { field: "responseChannel", message: `Canal de respuesta desconocido: ${input.responseChannel}` };
  }
  if (NEEDS_ADDRESS.includes(input.responseChannel as PqrChannel) && !input.responseAddress?.trim()) {
    return { field: "responseAddress", message: "Indique a dónde enviar la respuesta (correo, teléfono o dirección)" };
  }
  const amount = amountProblem(input.amountInDispute);
  return amount ? { field: "amountInDispute", message: amount } : null;
}

/** Spanish reason an amount in dispute is not a non-negative number of pesos with up to 2 decimals. */
export function amountProblem(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const text = String(value).trim();
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) return "El valor en disputa debe ser un número no negativo con hasta 2 decimales";
  return null;
}

/** The authority's decision on a subsidiary appeal, as its answer through the adapter carries it. */
export interface AuthorityAnswer {
  decision: "confirmed" | "revoked" | "modified";
  decisionText: string;
  decidedOn: LocalDate;
}

/**
 * Reads the authority's decision from its system's answer to the forwarded file: `{decision, decisionText,
 * decidedOn}` with a known decision, a text and a YYYY-MM-DD date; anything else (an acknowledgement with
 * only its filing number, as the simulator gives) is no decision yet, to be recorded when it comes.
 */
export function readAuthorityAnswer(response: unknown): AuthorityAnswer | null {
  if (!response || typeof response !== "object") return null;
  const { decision, decisionText, decidedOn } = response as Record<string, unknown>;
  if (decision !== "confirmed" && decision !== "revoked" && decision !== "modified") return null;
  if (typeof decisionText !== "string" || decisionText.trim() === "") return null;
  if (typeof decidedOn !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) return null;
  return { decision, decisionText: decisionText.trim(), decidedOn };
}
