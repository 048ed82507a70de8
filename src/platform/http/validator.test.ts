import { type TSchema, Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { describeSchemaError } from "../validation/messages.js";
import { literals, Nullable, Timestamp, Uuid } from "./schemas.js";
import { typeBoxValidatorCompiler } from "./validator.js";

type Outcome = { value?: unknown; error?: unknown };

function validate(schema: TSchema, data: unknown, httpPart = "body"): Outcome {
  const check = typeBoxValidatorCompiler({ schema, method: "POST", url: "/t", httpPart }) as (data: unknown) => Outcome;
  return check(data);
}

function refusal(schema: TSchema, data: unknown, httpPart = "body"): AppError {
  const { error } = validate(schema, data, httpPart);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the API's validator (TypeBox, with the coercions Ajv's coerceTypes: array and useDefaults made)", () => {
  const Query = Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    overdue: Type.Optional(Type.Boolean()),
    ids: Type.Optional(Type.Array(Uuid)),
    from: Type.Optional(Type.String({ format: "date" })),
    status: Type.Optional(literals(["open", "closed"] as const)),
  });

  it("brings query strings to numbers, booleans and lists, and fills defaults", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(validate(Query, { overdue: "true", ids: id }, "querystring").value).toEqual({ limit: 20, overdue: true, ids: [id] });
    expect(validate(Query, { limit: "5", overdue: "false" }, "querystring").value).toEqual({ limit: 5, overdue: false });
  });

  it("refuses what Ajv refused: a fractional integer, a word for a boolean, a day that does not exist", () => {
    expect(refusal(Query, { limit: "1.5" }, "querystring").details.field).toBe("limit");
    expect(refusal(Query, { overdue: "quizás" }, "querystring").details.field).toBe("overdue");
    expect(refusal(Query, { from: "2025-02-30" }, "querystring").details.field).toBe("from");
    expect(validate(Query, { from: "2024-02-29" }, "querystring").value).toEqual({ limit: 20, from: "2024-02-29" });
  });

  it("keeps properties the schema does not declare (nothing is removed), and refuses them where the schema says so", () => {
    const open = Type.Object({ code: Type.String() });
    expect(validate(open, { code: "a", extra: 1 }).value).toEqual({ code: "a", extra: 1 });
    const closed = Type.Object({ code: Type.String() }, { additionalProperties: false });
    expect(refusal(closed, { code: "a", extra: 1 }).details).toMatchObject({
      field: "extra",
      errors: [{ field: "extra", message: "El campo «extra» no está permitido" }],
    });
  });

  it("coerces bodies as Ajv did: a number for a text, a numeric text for a number", () => {
    const Body = Type.Object({ code: Type.String(), amount: Type.Number(), note: Type.Optional(Nullable(Type.String())) });
    expect(validate(Body, { code: 12, amount: "99.5", note: null }).value).toEqual({ code: "12", amount: 99.5, note: null });
  });

  it("reports every field at fault once, in Spanish, with the API's dotted path", () => {
    const Body = Type.Object({
      email: Type.String({ format: "email" }),
      items: Type.Array(Type.Object({ label: Type.String({ minLength: 1 }) })),
      at: Timestamp,
      kind: literals(["internet", "tv"] as const),
    });
    const error = refusal(Body, { items: [{ label: "" }], at: "2025-06-01 25:00:00Z", kind: "radio" });
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.errors).toEqual([
      { field: "email", message: "Falta el campo obligatorio «email»" },
      { field: "items.0.label", message: "El campo «items.0.label» es obligatorio y está vacío" },
      {
        field: "at",
        message:
          "El campo «at» («2025-06-01 25:00:00Z») no tiene el formato esperado (fecha y hora ISO 8601 con zona horaria, p. ej. 2025-06-01T14:30:00-05:00)",
      },
      { field: "kind", message: "El campo «kind» («radio») no es un valor válido; use internet o tv" },
    ]);
    expect(error.details.field).toBe("email");
    expect(error.message).toBe((error.details.errors ?? []).map((e) => e.message).join("; "));
  });

  it("says a nested violation of an object-or-null of the field at fault", () => {
    const Body = Type.Object({ duration: Nullable(Type.Object({ amount: Type.Integer() })) });
    expect(refusal(Body, { duration: { amount: "mucho" } }).details.errors).toEqual([
      { field: "duration", message: "El campo «duration.amount» debe ser un número entero" },
    ]);
  });

  it("says a missing body is the body's fault", () => {
    const error = refusal(Type.Object({ code: Type.String() }), null);
    expect(error.details).toMatchObject({ field: "", errors: [{ field: "", message: "El campo «cuerpo» debe ser un objeto" }] });
  });

  it("the same table says a cell's problem without the field, as imports and catalogs show it", () => {
    const Row = Type.Object({ name: Type.String({ maxLength: 3 }), day: Type.String({ format: "date" }) });
    const messages = [...TypeCompiler.Compile(Row).Errors({ name: "abcd", day: "2025-13-01" })].map((e) =>
      describeSchemaError(e),
    );
    expect(messages).toEqual([
      "Admite como máximo 3 caracteres (tiene 4)",
      "«2025-13-01» no tiene el formato esperado (fecha AAAA-MM-DD)",
    ]);
  });
});
