import { type TSchema, Type } from "@sinclair/typebox";

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    field: Type.Optional(Type.String()),
    row: Type.Optional(Type.Integer()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
  },
  { $id: "Problem", additionalProperties: true, description: "Error en formato application/problem+json" },
);

const problemRef = Type.Ref("Problem");

/** The error responses every authenticated route can give, for the OpenAPI document. */
export const errorResponses = {
  400: problemRef,
  401: problemRef,
  403: problemRef,
  404: problemRef,
  409: problemRef,
} as const;

export const Uuid = Type.String({ format: "uuid" });
export const Timestamp = Type.String({ format: "date-time" });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** A union of string literals whose static type keeps the literals (TypeBox's map over Type.Literal widens to string). */
export const literals = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>(Type.Union(values.map((value) => Type.Literal(value))));
export const Ok = Type.Object({ ok: Type.Literal(true) });
