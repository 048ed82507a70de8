import { readRoleCatalog } from "../../src/modules/identity/catalog.js";
import { hashPassword } from "../../src/modules/identity/passwords.js";
import { insertUser, insertUserRoles } from "../../src/modules/identity/repo.js";
import { createTenant } from "../../src/modules/tenants/commands/create-tenant.js";
import type { Db } from "../../src/platform/db/pool.js";

export const TEST_PASSWORD = "clave-de-prueba-1";
let sharedHash: Promise<string> | undefined;

export interface TestTenant {
  tenantId: string;
  slug: string;
  /** One user per catalog role, keyed by role code. */
  users: Record<string, { id: string; email: string }>;
}

/** A tenant with one user for every role of catalogs/roles.json, all with TEST_PASSWORD. */
export async function buildTenant(db: Db, slug: string, country = "CO"): Promise<TestTenant> {
  const { id: tenantId } = await createTenant(db, { slug, name: `Operador ${slug}`, country });
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await sharedHash;
  const catalog = await readRoleCatalog();
  const users: TestTenant["users"] = {};
  await db.tenant(tenantId, async (tx) => {
    for (const role of catalog.roles) {
      const email = `${role.code.replaceAll("_", "-")}@${slug}.test`;
      const id = await insertUser(tx, { tenantId, email, fullName: `${role.name_es} ${slug}`, passwordHash });
      await insertUserRoles(tx, tenantId, id, [role.code]);
      users[role.code] = { id, email };
    }
  });
  return { tenantId, slug, users };
}
