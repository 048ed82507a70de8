import { describe, expect, it } from "vitest";
import { MODULES } from "../../src/app/modules.js";
import {
  childPath,
  emptyValue,
  fieldShape,
  type JsonSchema,
  problemsByPath,
  rowCode,
  rowTitle,
  withProperty,
} from "../../web/src/features/catalogs/components/schema-form/schema.js";

/** The catalog editor's form is drawn from each kind's schema: every part of every kind must get a control. */

const kinds = MODULES.flatMap((m) => m.catalogKinds ?? []);

/** Every schema node the form draws, with its path, walked as the form walks it. */
function drawnNodes(schema: JsonSchema, path = ""): Array<{ path: string; schema: JsonSchema }> {
  const shape = fieldShape(schema);
  const nodes = [{ path, schema }];
  const unwrap = (s: JsonSchema) => (s.anyOf ? (s.anyOf.find((a) => a.type !== "null") ?? s) : s);
  switch (shape.control) {
    case "object":
      return nodes.concat(
        Object.entries(shape.schema.properties ?? {}).flatMap(([name, child]) => drawnNodes(child, childPath(path, name))),
      );
    case "record":
      return nodes.concat(drawnNodes(shape.value, childPath(path, "*")));
    case "tuple":
      return nodes.concat(shape.positions.flatMap((position, index) => drawnNodes(position, childPath(path, index))));
    case "list":
    case "table":
    case "cards":
      return nodes.concat(drawnNodes(unwrap(shape.items), childPath(path, 0)));
    default:
      return nodes;
  }
}

describe("catalog form shapes", () => {
  for (const kind of kinds) {
    it(`${kind.code}: every part gets a control, none an empty group`, () => {
      const empty = drawnNodes(kind.schema as JsonSchema).filter(({ schema }) => {
        const shape = fieldShape(schema);
        return shape.control === "object" && Object.keys(shape.schema.properties ?? {}).length === 0;
      });
      expect(empty.map(({ path }) => path)).toEqual([]);
    });
  }

  it("codes become a select, with an empty choice only when null is allowed", () => {
    const codes: JsonSchema = {
      anyOf: [
        { const: "cash", type: "string" },
        { const: "bill", type: "string" },
      ],
    };
    expect(fieldShape(codes)).toEqual({ control: "choice", options: ["cash", "bill"], nullable: false });
    expect(fieldShape({ anyOf: [...(codes.anyOf ?? []), { type: "null" }] })).toMatchObject({ nullable: true });
    expect(fieldShape({ const: "final", type: "string" })).toEqual({ control: "fixed", value: "final" });
  });

  it("rows of plain values are a table; rows holding lists are cards; a set of codes is checkboxes", () => {
    const row = (properties: Record<string, JsonSchema>): JsonSchema => ({
      type: "array",
      items: { type: "object", properties },
    });
    expect(fieldShape(row({ code: { type: "string" }, retired: { type: "boolean" } })).control).toBe("table");
    expect(fieldShape(row({ code: { type: "string" }, checklist: { type: "array", items: { type: "string" } } })).control).toBe(
      "cards",
    );
    expect(fieldShape(row({ template: { type: "string", maxLength: 2000 } })).control).toBe("cards");
    const set: JsonSchema = { type: "array", uniqueItems: true, items: { anyOf: [{ const: "rne" }, { const: "dnc" }] } };
    expect(fieldShape(set)).toEqual({ control: "choices", options: ["rne", "dnc"], nullable: false });
    expect(fieldShape({ ...set, uniqueItems: false }).control).toBe("list");
  });

  it("a new row starts from the least the schema allows: required properties only, minimum for numbers", () => {
    const schema: JsonSchema = {
      type: "object",
      required: ["code", "days", "kind", "note"],
      properties: {
        code: { type: "string" },
        days: { type: "integer", minimum: 1 },
        kind: { anyOf: [{ const: "discount" }, { const: "suspension" }] },
        note: { anyOf: [{ type: "string" }, { type: "null" }] },
        optional: { type: "string" },
      },
    };
    expect(emptyValue(schema)).toEqual({ code: "", days: 1, kind: "discount", note: null });
    expect(emptyValue({ type: "array", items: [{ type: "string" }, { type: "string" }] })).toEqual(["", ""]);
  });

  it("every kind's empty document is an object the form can draw", () => {
    for (const kind of kinds) expect(typeof emptyValue(kind.schema as JsonSchema)).toBe("object");
  });

  it("the server's problems go to their paths; a problem without a field belongs to the document", () => {
    const problems = problemsByPath([
      { field: "motives.3.template", message: "Es obligatorio y está vacío" },
      { field: "motives.3.template", message: "Usa un campo que no existe" },
      { message: "Otro" },
    ]);
    expect(problems.get("motives.3.template")).toHaveLength(2);
    expect(problems.get("")).toEqual(["Otro"]);
    expect(childPath("", "motives")).toBe("motives");
    expect(childPath("motives", 3)).toBe("motives.3");
  });

  it("an emptied optional property is removed; the others stay", () => {
    expect(withProperty({ a: 1, b: 2 }, "a", undefined)).toEqual({ b: 2 });
    expect(withProperty(undefined, "a", 1)).toEqual({ a: 1 });
  });

  it("a row is named by the words a person typed, never by a code of the schema", () => {
    expect(rowTitle({ code: "40530", name: "PEX" })).toBe("PEX");
    expect(rowTitle({ code: "40530" })).toBe("40530");
    expect(rowTitle({ kind: "discount" })).toBeUndefined();
    expect(rowTitle({ name: "  " })).toBeUndefined();
    // A row with no typed name is told apart by its code, which the card heads with the code's label.
    expect(rowCode({ kind: "quality_control", from: "closed" })).toBe("quality_control");
    expect(rowCode({ code: "40530" })).toBeUndefined();
  });
});
