import type { TSchema } from "@sinclair/typebox";
import { type TypeCheck, TypeCompiler } from "@sinclair/typebox/compiler";
import type { FastifySchemaCompiler } from "fastify";
import { AppError } from "../errors.js";
import { coerceToSchema } from "../validation/coerce.js";
import { schemaViolations } from "../validation/messages.js";

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checkerOf(schema: TSchema): TypeCheck<TSchema> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/**
 * Fastify's validator for every route part (body, query string, path parameters, headers): TypeBox's
 * compiled check, after the values are brought to the schema's types and defaults (see coerceToSchema).
 * Properties the schema does not declare are kept, never removed. A refusal is the application's
 * VALIDATION_FAILED, every field at fault with its message from the one Spanish table.
 */
export const typeBoxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema }) => {
  const check = checkerOf(schema);
  return (data: unknown) => {
    const value = coerceToSchema(schema, data);
    if (check.Check(value)) return { value };
    const errors = schemaViolations(check.Errors(value));
    return {
      error: new AppError("VALIDATION_FAILED", errors.map((e) => e.message).join("; "), { field: errors[0]?.field, errors }),
    };
  };
};
