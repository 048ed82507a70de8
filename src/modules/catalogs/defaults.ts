import fs from "node:fs";
import path from "node:path";
import { CATALOGS_DIR } from "../../platform/catalog-files.js";
import type { CatalogKind } from "./registry.js";
import { validateCatalogContent } from "./rules.js";

/** The path of a kind's default document for a scope: catalogs/<kind>/<scope>.json. */
export function defaultCatalogPath(kind: string, scope: string): string {
  return path.join(CATALOGS_DIR, kind, `${scope}.json`);
}

/**
 * Reads and checks a default catalog document. A default that fails its own kind's rules is a bug in
 * the repository, not bad input, so it throws at once with every problem named.
 */
export function readDefaultCatalog(kind: CatalogKind, scope: string): unknown {
  const file = defaultCatalogPath(kind.code, scope);
  const content: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  const issues = validateCatalogContent(kind, content);
  if (issues.length > 0) {
    throw new Error(
      `${path.relative(process.cwd(), file)} no es válido: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  return content;
}
