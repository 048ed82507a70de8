import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findCatalogKind } from "./kinds.js";

export interface CatalogVersionRow {
  kind: string;
  scope: string;
  version: number;
  content: unknown;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
}

const COLUMNS = `v.kind, v.scope, v.version, v.content, v.note, v.created_by, u.full_name AS created_by_name, v.created_at`;
const FROM = `catalog_versions v LEFT JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.created_by`;

/** The given version of a catalog, or its current (highest) version when `version` is omitted. */
export async function findCatalogVersion(
  tx: Tx,
  kind: string,
  scope: string,
  version?: number,
): Promise<CatalogVersionRow | undefined> {
  const { rows } = await tx.query<CatalogVersionRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE v.kind = $1 AND v.scope = $2 AND ($3::int IS NULL OR v.version = $3)
      ORDER BY v.version DESC LIMIT 1`,
    [kind, scope, version ?? null],
  );
  return rows[0];
}

/** Every version of one catalog, newest first, without their documents. */
export async function listCatalogVersions(tx: Tx, kind: string, scope: string): Promise<Omit<CatalogVersionRow, "content">[]> {
  const { rows } = await tx.query<CatalogVersionRow>(
    `SELECT v.kind, v.scope, v.version, v.note, v.created_by, u.full_name AS created_by_name, v.created_at
       FROM ${FROM} WHERE v.kind = $1 AND v.scope = $2 ORDER BY v.version DESC`,
    [kind, scope],
  );
  return rows;
}

/** The current version of every catalog of the tenant, without documents. */
export async function listCurrentCatalogs(tx: Tx): Promise<Omit<CatalogVersionRow, "content">[]> {
  const { rows } = await tx.query<CatalogVersionRow>(
    `SELECT DISTINCT ON (v.kind, v.scope) v.kind, v.scope, v.version, v.note, v.created_by, u.full_name AS created_by_name,
            v.created_at
       FROM ${FROM} ORDER BY v.kind, v.scope, v.version DESC`,
  );
  return rows;
}

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

// Catalog versions are immutable once published (trigger catalog_versions_immutable), so a version read
// once can be kept for the life of the process. Keyed by tenant, kind, scope and version; bounded.
const IMMUTABLE_CACHE_LIMIT = 2_000;
const immutableVersions = new Map<string, Promise<CatalogDocument<unknown>>>();

/**
 * One given (published, hence immutable) version of a catalog, read from the database at most once per
 * process. The document is shared between callers: read it, never change it.
 */
export function readCatalogVersionCached<T>(
  tx: Tx,
  tenantId: string,
  kind: string,
  scope: string,
  version: number,
): Promise<CatalogDocument<T>> {
  const key = `${tenantId}\u0000${kind}\u0000${scope}\u0000${version}`;
  let found = immutableVersions.get(key);
  if (!found) {
    if (immutableVersions.size >= IMMUTABLE_CACHE_LIMIT) immutableVersions.clear();
    // Frozen, so a caller that changes the shared document fails loudly instead of changing it for all.
    found = readCatalog<unknown>(tx, kind, scope, version).then(deepFreeze);
    immutableVersions.set(key, found);
    found.catch(() => immutableVersions.delete(key));
  }
  return found as Promise<CatalogDocument<T>>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
