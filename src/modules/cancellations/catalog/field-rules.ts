import { DateTime } from "luxon";
import { benefitMismatch, benefitNoteText } from "./benefit-rules.js";
import type { BenefitsCatalog, MotiveDefinition, MotiveField } from "./schema.js";

/**
 * The fields a motive asks for (address, reference phone, dates, visit number, a benefit of the
 * matrix …): checked, normalized for storage, and rendered for the note. Pure: `now` is passed.
 */

export interface FieldIssue {
  field: string;
  message: string;
}

export interface CheckedFields {
  /** What is stored with the disposition: trimmed texts, numbers, ISO dates, benefit codes. */
  values: Record<string, string | number>;
  /** What the note template receives for each field. */
  rendered: Record<string, string>;
  benefitCodes: string[];
  /** The callback instant chosen in a `callback` field, if the motive has one. */
  callbackAt: Date | null;
  issues: FieldIssue[];
}

export interface FieldContext {
  now: Date;
  /** The tenant's time zone: dates and times are shown as its wall clock. */
  timezone: string;
  /** The benefits matrix, when the motive has a benefit field. */
  benefits: BenefitsCatalog | null;
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_TEXT_LENGTH = 200;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function checkOne(
  field: MotiveField,
  raw: unknown,
  context: FieldContext,
): { value: string | number; rendered: string; callbackAt?: Date } | { problem: string } {
  switch (field.type) {
    case "text":
    case "phone": {
      if (typeof raw !== "string" && typeof raw !== "number") return { problem: "debe ser un texto" };
      const text = String(raw).trim().replace(/\s+/g, " ");
      const limit = field.maxLength ?? DEFAULT_TEXT_LENGTH;
      if (text.length > limit) return { problem: `tiene ${text.length} caracteres; el máximo es ${limit}` };
      if (field.type === "phone" && !PHONE.test(text)) return { problem: `«${text}» no es un número de teléfono` };
      const value = field.type === "phone" ? text.replace(/[ -]/g, "") : text;
      return { value, rendered: value };
    }
    case "number": {
      const number = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.replace(",", ".")) : Number.NaN;
      if (!Number.isFinite(number)) return { problem: `«${String(raw)}» no es un número` };
      if (field.min !== undefined && number < field.min) return { problem: `debe ser al menos ${field.min}` };
      if (field.max !== undefined && number > field.max) return { problem: `debe ser como máximo ${field.max}` };
      return { value: number, rendered: String(number) };
    }
    case "date": {
      const day = typeof raw === "string" && DATE.test(raw) ? DateTime.fromISO(raw, { zone: context.timezone }) : null;
      if (!day?.isValid) return { problem: `«${String(raw)}» no es una fecha (AAAA-MM-DD)` };
      return { value: raw as string, rendered: day.toFormat("dd/MM/yyyy") };
    }
    case "callback": {
      const instant = typeof raw === "string" ? DateTime.fromISO(raw, { zone: context.timezone }) : null;
      if (!instant?.isValid) return { problem: `«${String(raw)}» no es una fecha y hora` };
      if (instant.toMillis() <= context.now.getTime()) return { problem: "la nueva llamada debe quedar en el futuro" };
      const iso = instant.toUTC().toISO()!;
      return {
        value: iso,
        rendered: instant.setZone(context.timezone).toFormat("dd/MM/yyyy HH:mm"),
        callbackAt: instant.toJSDate(),
      };
    }
    case "choice": {
      const options = field.options ?? [];
      if (typeof raw !== "string" || !options.includes(raw)) return { problem: `elija una de: ${options.join(" | ")}` };
      return { value: raw, rendered: raw };
    }
    case "benefit": {
      if (!context.benefits) return { problem: "la campaña no tiene malla de beneficios" };
      const benefit = context.benefits.benefits.find((b) => b.code === raw);
      if (!benefit) return { problem: `«${String(raw)}» no está en la malla de beneficios` };
      const mismatch = benefitMismatch(benefit, { kind: field.benefitKind, cost: field.benefitCost });
      if (mismatch) return { problem: mismatch };
      const decidedOn = DateTime.fromJSDate(context.now, { zone: context.timezone }).toISODate()!;
      return { value: benefit.code, rendered: benefitNoteText(benefit, context.benefits.firstMonth, decidedOn) };
    }
  }
}

/**
 * Checks the values given for a motive's fields: every required field present, each well formed,
 * no field the motive does not have, and dates in order. Problems are named by field in Spanish.
 */
export function checkFields(motive: MotiveDefinition, input: Record<string, unknown>, context: FieldContext): CheckedFields {
  const result: CheckedFields = { values: {}, rendered: {}, benefitCodes: [], callbackAt: null, issues: [] };
  const known = new Set(motive.fields.map((f) => f.code));
  for (const code of Object.keys(input)) {
    if (!known.has(code) && !isBlank(input[code])) {
      result.issues.push({ field: code, message: `El motivo «${motive.label}» no tiene el campo «${code}»` });
    }
  }
  for (const field of motive.fields) {
    const raw = input[field.code];
    if (isBlank(raw)) {
      if (field.required)
        result.issues.push({ field: field.code, message: `Falta «${field.label}», obligatorio para «${motive.label}»` });
      result.rendered[field.code] = "";
      continue;
    }
    const checked = checkOne(field, raw, context);
    if ("problem" in checked) {
      result.issues.push({ field: field.code, message: `«${field.label}»: ${checked.problem}` });
      continue;
    }
    result.values[field.code] = checked.value;
    result.rendered[field.code] = checked.rendered;
    if (field.type === "benefit") result.benefitCodes.push(String(checked.value));
    if (checked.callbackAt) result.callbackAt = checked.callbackAt;
  }
  for (const field of motive.fields) {
    if (!field.after) continue;
    const start = result.values[field.after];
    const end = result.values[field.code];
    if (typeof start === "string" && typeof end === "string" && end <= start) {
      const other = motive.fields.find((f) => f.code === field.after)!;
      result.issues.push({ field: field.code, message: `«${field.label}» debe ser posterior a «${other.label}»` });
    }
  }
  return result;
}
