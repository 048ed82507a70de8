import { createUser } from "../../modules/identity/index.js";
import { findTenantBySlug } from "../../modules/tenants/index.js";
import { systemActor } from "../../platform/context.js";
import type { Db } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";

/** `fideliza users add`: creates a user in a tenant given by its slug, as the system. */
export async function addUser(
  db: Db,
  input: { tenant: string; email: string; fullName: string; password: string; roles: string[] },
): Promise<{ id: string }> {
  const tenant = await db.system((tx) => findTenantBySlug(tx, input.tenant));
  if (!tenant) throw new AppError("NOT_FOUND", `No existe el operador «${input.tenant}»`, { field: "tenant" });
  return db.tenant(tenant.id, (tx) => createUser(input, { tx, actor: systemActor(tenant.id), now: new Date() }));
}
