import type { TSchema } from "@sinclair/typebox";
import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import "./formats.js";

/**
 * The one table of Spanish messages for schema violations: API bodies, query strings and path
 * parameters, import rows and catalog documents all say a violation the same way. A message names its
 * field («El campo «email» …») when it stands alone, as in the API; a spreadsheet cell's or a document
 * path's message leaves it out, because the row and column (or the path) are said beside it.
 */

function shown(value: unknown): string {
  if (typeof value === "string") return `«${value}»`;
  if (typeof value !== "object" || value === null) return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

const FORMAT_NAMES: Record<string, string> = {
  date: "fecha AAAA-MM-DD",
  time: "hora HH:MM:SS con zona horaria",
  "date-time": "fecha y hora ISO 8601 con zona horaria, p. ej. 2025-06-01T14:30:00-05:00",
  uuid: "UUID",
  email: "correo electrónico",
};

/** "a, b o c" */
function either(values: unknown[]): string {
  const texts = values.map(String);
  return texts.length <= 1 ? (texts[0] ?? "") : `${texts.slice(0, -1).join(", ")} o ${texts.at(-1)}`;
}

/** The allowed values of a union of literals (with or without null), or undefined for any other union. */
function literalChoices(schema: TSchema): unknown[] | undefined {
  const alternatives = (schema.anyOf ?? []) as TSchema[];
  const choices = alternatives.filter((alternative) => alternative.type !== "null");
  if (choices.length === 0 || !choices.every((alternative) => alternative.const !== undefined)) return undefined;
  return choices.map((alternative) => alternative.const);
}

/** A JSON pointer of the schema checker ("/items/0/label") as the API and the documents name fields ("items.0.label"). */
export function fieldOfPath(path: string): string {
  return path.replace(/^\//, "").replaceAll("/", ".");
}

/**
 * The Spanish message for one schema violation. With `field`, the message names it (the API's way:
 * «El campo «email» no tiene el formato esperado (correo electrónico)»); without, it is said of the
 * value at hand (a cell, a path of a document).
 */
export function describeSchemaError(error: ValueError, field?: string): string {
  const schema = error.schema as TSchema;
  // "El campo «x» debe…" for a field, "Debe…" for a cell.
  const said = (predicate: string) =>
    field === undefined ? predicate.charAt(0).toUpperCase() + predicate.slice(1) : `El campo «${field}» ${predicate}`;
  // "El campo «x» («v») no…" for a field, "«v» no…" for a cell.
  const ofValue = (predicate: string) =>
    field === undefined ? `${shown(error.value)} ${predicate}` : `El campo «${field}» (${shown(error.value)}) ${predicate}`;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return field === undefined ? "Es obligatorio y está vacío" : `Falta el campo obligatorio «${field}»`;
    case ValueErrorType.StringMinLength:
      return said(schema.minLength === 1 ? "es obligatorio y está vacío" : `debe tener al menos ${schema.minLength} caracteres`);
    case ValueErrorType.StringMaxLength:
      return said(`admite como máximo ${schema.maxLength} caracteres (tiene ${String(error.value).length})`);
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return said(`debe ser mayor o igual a ${schema.minimum} (valor ${shown(error.value)})`);
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return said(`debe ser menor o igual a ${schema.maximum} (valor ${shown(error.value)})`);
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerExclusiveMinimum:
      return said(`debe ser mayor que ${schema.exclusiveMinimum} (valor ${shown(error.value)})`);
    case ValueErrorType.NumberExclusiveMaximum:
    case ValueErrorType.IntegerExclusiveMaximum:
      return said(`debe ser menor que ${schema.exclusiveMaximum} (valor ${shown(error.value)})`);
    case ValueErrorType.NumberMultipleOf:
    case ValueErrorType.IntegerMultipleOf:
      return said(`debe ser múltiplo de ${schema.multipleOf} (valor ${shown(error.value)})`);
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
    case ValueErrorType.StringFormatUnknown: {
      const hint = schema.description ?? (typeof schema.format === "string" ? FORMAT_NAMES[schema.format] : undefined);
      return ofValue(`no tiene el formato esperado${hint ? ` (${hint})` : ""}`);
    }
    case ValueErrorType.Union: {
      const choices = literalChoices(schema);
      if (choices) return ofValue(`no es un valor válido; use ${either(choices)}`);
      // string-or-null and similar: the first alternative says what was wrong.
      // Said of the field it is about, which may lie deeper (a property of an object-or-null).
      const inner = error.errors[0]?.First();
      if (!inner) return ofValue("no es un valor válido");
      return describeSchemaError(inner, field === undefined ? undefined : fieldOfPath(inner.path) || field);
    }
    case ValueErrorType.Literal:
      return said(`debe ser ${shown(schema.const)}`);
    case ValueErrorType.ObjectAdditionalProperties:
      return field === undefined ? "No es un campo permitido" : `El campo «${field}» no está permitido`;
    case ValueErrorType.String:
      return said("debe ser un texto");
    case ValueErrorType.Number:
      return said("debe ser un número");
    case ValueErrorType.Integer:
      return said("debe ser un número entero");
    case ValueErrorType.Boolean:
      return said("debe ser sí o no (true/false)");
    case ValueErrorType.Null:
      return said("debe estar vacío (null)");
    case ValueErrorType.Array:
      return said("debe ser una lista");
    case ValueErrorType.ArrayMinItems:
      return said(`debe tener al menos ${schema.minItems} elementos`);
    case ValueErrorType.ArrayMaxItems:
      return said(`admite como máximo ${schema.maxItems} elementos`);
    case ValueErrorType.ArrayUniqueItems:
      return said("no debe repetir elementos");
    case ValueErrorType.Object:
      return said("debe ser un objeto");
    case ValueErrorType.ObjectMinProperties:
      return said(`debe tener al menos ${schema.minProperties} campos`);
    case ValueErrorType.ObjectMaxProperties:
      return said(`admite como máximo ${schema.maxProperties} campos`);
    default:
      return field === undefined ? `${shown(error.value)} no es un valor válido` : `El campo «${field}» no es válido`;
  }
}

/**
 * Every violation of a value, one per field (the first said of it: a missing property is missing, not
 * also "not a text"), at most `limit` of them, with the field as the API names it ("" for the value itself).
 */
export function schemaViolations(errors: Iterable<ValueError>, limit = 50): Array<{ field: string; message: string }> {
  const violations: Array<{ field: string; message: string }> = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (seen.has(field)) continue;
    seen.add(field);
    violations.push({ field, message: describeSchemaError(error, field || "cuerpo") });
    if (violations.length >= limit) break;
  }
  return violations;
}
