import type { Actor } from "../../platform/context.js";
import type { Db } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findTenantBySlug } from "../tenants/index.js";
import { actorFromRow } from "./actor-from-row.js";
import { findFirstUserEmailWithRole, findLoginByEmail } from "./repo.js";

/**
 * The user a CLI command acts as: `--user`, or else the tenant's first active user found by
 * `defaultEmail` (e.g. its first supervisor). Refused when they lack `permission`, as the API would.
 */
export async function actingUser(
  db: Db,
  options: {
    tenant: string;
    user?: string;
    permission: string;
    defaultEmail: (db: Db, tenantId: string) => Promise<string | undefined>;
  },
): Promise<Actor> {
  const tenant = await db.system((tx) => findTenantBySlug(tx, options.tenant));
  if (!tenant) throw new AppError("NOT_FOUND", `No existe el operador «${options.tenant}»`, { field: "tenant" });
  const email = options.user?.toLowerCase() ?? (await options.defaultEmail(db, tenant.id));
  if (!email)
    throw new AppError("NOT_FOUND", `El operador «${options.tenant}» no tiene un usuario para esta tarea; indique --user`, {
      field: "user",
    });
  const row = await db.system((tx) => findLoginByEmail(tx, email));
  if (!row || row.tenant_id !== tenant.id) {
    throw new AppError("NOT_FOUND", `No existe el usuario ${email} en el operador «${options.tenant}»`, { field: "user" });
  }
  if (!row.is_active) throw new AppError("ACCOUNT_DISABLED", `El usuario ${email} está desactivado`, { field: "user" });
  const actor = actorFromRow(row, "system");
  if (!actor.permissions.has(options.permission)) {
    throw new AppError("FORBIDDEN", `El usuario ${email} no tiene el permiso «${options.permission}»`, { field: "user" });
  }
  return actor;
}

/** A `defaultEmail` for actingUser: the tenant's first active user with `role` (e.g. "admin"). */
export const firstUserWithRole = (role: string) => (db: Db, tenantId: string) =>
  db.tenant(tenantId, (tx) => findFirstUserEmailWithRole(tx, role));
