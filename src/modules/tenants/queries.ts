import type { Tx } from "../../platform/db/pool.js";
import type { TenantRow } from "./repo.js";

/** Under row-level security only the current tenant's row is visible. */
export async function findCurrentTenant(tx: Tx): Promise<TenantRow | undefined> {
  const { rows } = await tx.query<TenantRow>("SELECT * FROM tenants WHERE id = current_tenant_id()");
  return rows[0];
}
