import type { TSchema } from "@sinclair/typebox";
import { type TypeCheck, TypeCompiler } from "@sinclair/typebox/compiler";
import { describeSchemaError } from "../../platform/validation/messages.js";
import type { CatalogIssue, CatalogKind } from "./registry.js";

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checkerOf(schema: TSchema): TypeCheck<TSchema> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/** `/motives/3/template` → `motives.3.template`; the document itself is "documento". */
function dottedPath(pointer: string): string {
  return pointer.replace(/^\//, "").replaceAll("/", ".") || "documento";
}

/** Every problem of a catalog document: first its schema, then (only if the shape is right) the kind's own rules. */
export function validateCatalogContent(kind: CatalogKind, content: unknown): CatalogIssue[] {
  const check = checkerOf(kind.schema);
  if (!check.Check(content)) {
    const issues: CatalogIssue[] = [];
    for (const error of check.Errors(content)) {
      issues.push({ path: dottedPath(error.path), message: describeSchemaError(error) });
      if (issues.length >= 50) break;
    }
    return issues;
  }
  return kind.validate?.(content) ?? [];
}

/** Codes that appear more than once in a list, for the "unique code" rule every catalog has. */
export function duplicateCodes<T>(items: readonly T[], codeOf: (item: T) => string): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of items) {
    const code = codeOf(item);
    if (seen.has(code)) duplicates.add(code);
    seen.add(code);
  }
  return [...duplicates];
}
