/**
 * The shapes of a catalog kind's JSON schema (TypeBox's output, as GET /api/catalog-kinds gives it) that
 * the form knows how to draw, and the pure decisions behind the drawing: which control a schema gets,
 * the value a new row starts from, and where the server's problems go.
 */

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** An array of schemas is a tuple (a time window: from, to). */
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  const?: string | number | boolean;
  patternProperties?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  default?: unknown;
}

/** The control one schema is drawn with. */
export type FieldShape =
  | { control: "choice"; options: Array<string | number | boolean>; nullable: boolean }
  | { control: "text"; schema: JsonSchema; nullable: boolean; long: boolean }
  | { control: "number"; schema: JsonSchema; nullable: boolean; integer: boolean }
  | { control: "boolean"; nullable: boolean }
  | { control: "object"; schema: JsonSchema; nullable: boolean }
  | { control: "record"; value: JsonSchema; nullable: boolean }
  | { control: "choices"; options: Array<string | number | boolean>; nullable: boolean }
  | { control: "list"; items: JsonSchema; nullable: boolean }
  | { control: "tuple"; positions: JsonSchema[]; nullable: boolean }
  | { control: "table"; items: JsonSchema; nullable: boolean }
  | { control: "cards"; items: JsonSchema; nullable: boolean }
  | { control: "fixed"; value: string | number | boolean };

/** The alternatives of a union that are not null, and whether null is one of them. */
function withoutNull(schema: JsonSchema): { alternatives: JsonSchema[]; nullable: boolean } {
  if (!schema.anyOf) return { alternatives: [schema], nullable: false };
  const alternatives = schema.anyOf.filter((alternative) => alternative.type !== "null");
  return { alternatives, nullable: alternatives.length < schema.anyOf.length };
}

/** The values of a union of literals, or undefined when the union holds anything else. */
function literalOptions(alternatives: JsonSchema[]): Array<string | number | boolean> | undefined {
  if (alternatives.length === 0 || !alternatives.every((alternative) => alternative.const !== undefined)) return undefined;
  return alternatives.map((alternative) => alternative.const as string | number | boolean);
}

// A row of a table holds one line of scalar cells; anything nested gets a card.
function isScalar(schema: JsonSchema): boolean {
  const shape = fieldShape(schema);
  return ["choice", "text", "number", "boolean", "fixed"].includes(shape.control) && !(shape.control === "text" && shape.long);
}

// Templates and free texts get a text area: a line would hide most of what they say.
const LONG_TEXT = 400;

/** Which control draws this schema. */
export function fieldShape(schema: JsonSchema): FieldShape {
  const { alternatives, nullable } = withoutNull(schema);
  const options = literalOptions(alternatives);
  if (options) {
    const [only] = options;
    return options.length === 1 && only !== undefined && !nullable
      ? { control: "fixed", value: only }
      : { control: "choice", options, nullable };
  }
  const single = alternatives[0] ?? {};
  switch (single.type) {
    case "string":
      return { control: "text", schema: single, nullable, long: (single.maxLength ?? 0) > LONG_TEXT };
    case "number":
    case "integer":
      return { control: "number", schema: single, nullable, integer: single.type === "integer" };
    case "boolean":
      return { control: "boolean", nullable };
    case "array": {
      if (Array.isArray(single.items)) return { control: "tuple", positions: single.items, nullable };
      const items = single.items ?? {};
      const itemOptions = literalOptions(withoutNull(items).alternatives);
      if (itemOptions && single.uniqueItems) return { control: "choices", options: itemOptions, nullable };
      if (items.type === "object" && items.properties) {
        const cells = Object.values(items.properties);
        return { control: cells.every(isScalar) ? "table" : "cards", items, nullable };
      }
      return { control: "list", items, nullable };
    }
    default:
      if (single.patternProperties) {
        return { control: "record", value: Object.values(single.patternProperties)[0] ?? {}, nullable };
      }
      return { control: "object", schema: single, nullable };
  }
}

/** The value a new row (or a field switched on) starts from: what the schema allows with the least typing. */
export function emptyValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  const shape = fieldShape(schema);
  switch (shape.control) {
    case "fixed":
      return shape.value;
    case "choice":
      return shape.nullable ? null : shape.options[0];
    case "text":
      return shape.nullable ? null : "";
    case "number":
      return shape.nullable ? null : (shape.schema.minimum ?? 0);
    case "boolean":
      return shape.nullable ? null : false;
    case "object": {
      if (shape.nullable) return null;
      const object: Record<string, unknown> = {};
      for (const name of shape.schema.required ?? []) {
        const property = shape.schema.properties?.[name];
        if (property) object[name] = emptyValue(property);
      }
      return object;
    }
    case "record":
      return shape.nullable ? null : {};
    case "tuple":
      return shape.nullable ? null : shape.positions.map(emptyValue);
    default:
      return shape.nullable ? null : [];
  }
}

/** The server's problems ({field: "motives.3.template", message}) keyed by path; "" holds those of the whole document. */
export function problemsByPath(errors: ReadonlyArray<{ field?: string; message: string }>): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const error of errors) {
    const path = error.field ?? "";
    byPath.set(path, [...(byPath.get(path) ?? []), error.message]);
  }
  return byPath;
}

/** A child's path: «motives» + 3 → «motives.3»; the document itself is "". */
export function childPath(parent: string, key: string | number): string {
  return parent === "" ? String(key) : `${parent}.${key}`;
}

/** Sets (or, with undefined, removes) one property of an object without touching the others. */
export function withProperty(object: unknown, name: string, value: unknown): Record<string, unknown> {
  const next = { ...((object ?? {}) as Record<string, unknown>) };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

/** The words that name a row of a list in its card's heading: its label, name or code, whichever it has. */
export function rowTitle(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const record = row as Record<string, unknown>;
  // Only words a person typed: «kind» or «type» would be codes.
  for (const key of ["label", "name", "title", "question", "code"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return undefined;
}

/** The code that tells a row without a typed name apart (a follow-up's kind): its label heads the card. */
export function rowCode(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const record = row as Record<string, unknown>;
  for (const key of ["kind", "type"]) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}
