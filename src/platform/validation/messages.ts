import { FormatRegistry } from "@sinclair/typebox";
import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";

/** Spanish messages for TypeBox schema violations, shared by imports, catalogs and every document checked outside Ajv. */

// TypeBox knows no formats by itself; the API's validator (Ajv) checks these the same way.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
if (!FormatRegistry.Has("date")) FormatRegistry.Set("date", isCalendarDate);
if (!FormatRegistry.Has("date-time")) {
  FormatRegistry.Set("date-time", (value) => ISO_DATE_TIME.test(value) && isCalendarDate(value.slice(0, 10)));
}

const shown = (value: unknown) => (typeof value === "string" ? `«${value}»` : String(value));

/** The Spanish message for a schema violation of one cell. */
export function describeSchemaError(error: ValueError): string {
  const schema = error.schema as Record<string, unknown>;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return "Es obligatorio y está vacío";
    case ValueErrorType.StringMinLength:
      return schema.minLength === 1 ? "Es obligatorio y está vacío" : `Debe tener al menos ${schema.minLength} caracteres`;
    case ValueErrorType.StringMaxLength:
      return `Admite como máximo ${schema.maxLength} caracteres (tiene ${String(error.value).length})`;
    case ValueErrorType.NumberMinimum:
      return `Debe ser mayor o igual a ${schema.minimum} (valor ${shown(error.value)})`;
    case ValueErrorType.NumberMaximum:
      return `Debe ser menor o igual a ${schema.maximum} (valor ${shown(error.value)})`;
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      return `${shown(error.value)} no tiene el formato esperado${schema.description ? ` (${schema.description})` : ""}`;
    case ValueErrorType.Union: {
      // string-or-null and similar: the first alternative says what was wrong.
      const inner = error.errors[0]?.First();
      return inner ? describeSchemaError(inner) : `${shown(error.value)} no es un valor válido`;
    }
    case ValueErrorType.ObjectAdditionalProperties:
      return "No es un campo permitido";
    case ValueErrorType.String:
      return "Debe ser un texto";
    case ValueErrorType.Number:
    case ValueErrorType.Integer:
      return `Debe ser un número${error.type === ValueErrorType.Integer ? " entero" : ""}`;
    case ValueErrorType.Boolean:
      return "Debe ser sí o no (true/false)";
    case ValueErrorType.Array:
      return "Debe ser una lista";
    case ValueErrorType.ArrayMinItems:
      return `Debe tener al menos ${schema.minItems} elementos`;
    case ValueErrorType.Object:
      return "Debe ser un objeto";
    default:
      return `${shown(error.value)} no es un valor válido`;
  }
}
