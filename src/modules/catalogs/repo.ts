import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";

registerConstraintErrors({
  catalog_versions_pkey: {
    code: "CONFLICT",
    detail: "Otra persona publicó una versión de este catálogo al mismo tiempo. Recargue y repita el cambio.",
  },
});

/**
 * Appends a version. The primary key makes two concurrent publications of the same next version
 * collide: the second is refused as a CONFLICT (registered above) instead of silently overwriting the other.
 */
export async function insertCatalogVersion(
  tx: Tx,
  row: {
    tenantId: string;
    kind: string;
    scope: string;
    version: number;
    content: unknown;
    note: string | null;
    createdBy: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_versions (tenant_id, kind, scope, version, content, note, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [row.tenantId, row.kind, row.scope, row.version, JSON.stringify(row.content), row.note, row.createdBy, row.now],
  );
}

/** The (kind, scope) pairs the tenant already has, to seed only what is missing. */
export async function listCatalogKeys(tx: Tx): Promise<Array<{ kind: string; scope: string }>> {
  const { rows } = await tx.query<{ kind: string; scope: string }>("SELECT DISTINCT kind, scope FROM catalog_versions");
  return rows;
}

export async function listTenantIds(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>("SELECT id FROM tenants ORDER BY created_at");
  return rows.map((row) => row.id);
}

/** Serializes the seeding of one tenant's default catalogs (two instances starting together). */
export async function lockTenantCatalogs(tx: Tx, tenantId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('fideliza.catalogs:' || $1))", [tenantId]);
}
