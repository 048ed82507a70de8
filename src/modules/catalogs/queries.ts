import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findCatalogKind } from "./kinds.js";
import { findCatalogVersion } from "./repo.js";

export interface CatalogDocument<T> {
  kind: string;
  scope: string;
  version: number;
  content: T;
}

/**
 * The catalog a command decides with: the current version, or the one a case was decided with.
 * `T` is the kind's document type; the document was checked against its schema when published.
 */
export async function readCatalog<T>(tx: Tx, kind: string, scope: string, version?: number): Promise<CatalogDocument<T>> {
  const row = await findCatalogVersion(tx, kind, scope, version);
  if (!row) {
    const name = findCatalogKind(kind)?.nameEs ?? kind;
    throw new AppError(
      "NOT_FOUND",
      version === undefined
        ? `El operador no tiene el catálogo «${name}» (${scope})`
        : `El catálogo «${name}» (${scope}) no tiene la versión ${version}`,
    );
  }
  return { kind: row.kind, scope: row.scope, version: row.version, content: row.content as T };
}
