import type { TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";

/**
 * Brings a request value to its schema's types before it is checked, the way the API always has (Ajv's
 * `coerceTypes: "array"` and `useDefaults`): "5" → 5 for a number, "true" → true for a boolean, a lone
 * value → [value] for a list, a missing property → its default. Nothing is removed: a property the schema
 * does not know stays, for the check to refuse it (or keep it) as the schema says. It mutates in place, as
 * Ajv did, and returns the value (a root that changes type is returned, not assigned).
 *
 * TypeBox's Value.Convert is not used because it accepts more than the API did ("1.5" → 1 for an integer,
 * "1" → true for a boolean).
 */
export function coerceToSchema(schema: TSchema, value: unknown): unknown {
  if (Array.isArray(schema.anyOf)) return coerceToUnion(schema.anyOf as TSchema[], value);
  if (Array.isArray(schema.allOf))
    return (schema.allOf as TSchema[]).reduce((current, part) => coerceToSchema(part, current), value);
  switch (schema.type) {
    case "object":
      return coerceToObject(schema, unwrapLone(value));
    case "array":
      return coerceToArray(schema, value);
    case "string":
    case "number":
    case "integer":
    case "boolean":
    case "null":
      return coerceScalar(schema.type, unwrapLone(value));
    default:
      return value;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** A one-element list where one value is expected is that value (`coerceTypes: "array"`). */
const unwrapLone = (value: unknown) => (Array.isArray(value) && value.length === 1 ? value[0] : value);

function coerceToObject(schema: TSchema, value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const properties = (schema.properties ?? {}) as Record<string, TSchema>;
  for (const [key, property] of Object.entries(properties)) {
    if (value[key] === undefined && property.default !== undefined) value[key] = Value.Clone(property.default);
    if (value[key] !== undefined) value[key] = coerceToSchema(property, value[key]);
  }
  const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, TSchema>).map(
    ([pattern, property]) => [new RegExp(pattern), property] as const,
  );
  const additional = isPlainObject(schema.additionalProperties) ? (schema.additionalProperties as TSchema) : undefined;
  if (patterns.length === 0 && !additional) return value;
  for (const key of Object.keys(value)) {
    if (key in properties) continue;
    const matching = patterns.filter(([pattern]) => pattern.test(key));
    for (const [, property] of matching) value[key] = coerceToSchema(property, value[key]);
    if (matching.length === 0 && additional) value[key] = coerceToSchema(additional, value[key]);
  }
  return value;
}

function coerceToArray(schema: TSchema, value: unknown): unknown {
  const list = isScalar(value) ? [value] : value;
  if (!Array.isArray(list) || !isPlainObject(schema.items)) return list;
  for (let index = 0; index < list.length; index++) list[index] = coerceToSchema(schema.items as TSchema, list[index]);
  return list;
}

/**
 * The value as it is if one alternative takes it (a null stays null where null is allowed; Ajv made it
 * "" or 0 when the first alternative was a text or a number). Else, as Ajv did, each alternative in turn
 * coerces what the one before left, and the first that takes it wins; if none does, what is left is refused.
 */
function coerceToUnion(alternatives: TSchema[], value: unknown): unknown {
  if (alternatives.some((alternative) => Value.Check(alternative, value))) return value;
  let current = Value.Clone(value);
  for (const alternative of alternatives) {
    current = coerceToSchema(alternative, current);
    if (Value.Check(alternative, current)) return current;
  }
  return current;
}

/** Ajv's scalar coercions, and only those. */
function coerceScalar(type: string, value: unknown): unknown {
  switch (type) {
    case "string":
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      return value === null ? "" : value;
    case "number":
    case "integer": {
      const number =
        typeof value === "boolean" || value === null
          ? Number(value)
          : typeof value === "string" && value !== "" && !Number.isNaN(Number(value))
            ? Number(value)
            : undefined;
      if (number === undefined || (type === "integer" && number % 1 !== 0)) return value;
      return number;
    }
    case "boolean":
      if (value === "true" || value === 1) return true;
      if (value === "false" || value === 0 || value === null) return false;
      return value;
    case "null":
      return value === "" || value === 0 || value === false ? null : value;
    default:
      return value;
  }
}
