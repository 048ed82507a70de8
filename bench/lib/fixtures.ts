import { createUser } from "../../src/modules/identity/commands/create-user.js";
import { createApiToken } from "../../src/modules/identity/commands/manage-api-tokens.js";
import { createTenant } from "../../src/modules/tenants/commands/create-tenant.js";
import { findTenantBySlug } from "../../src/modules/tenants/repo.js";
import type { Actor } from "../../src/platform/context.js";
import { systemActor } from "../../src/platform/context.js";
import { createDb } from "../../src/platform/db/pool.js";

export const BENCH_TENANT = "bench";

/**
 * An advisor of the bench tenant (created if missing) with an API token, through the product's own
 * commands: the load generator authenticates with `Authorization: Bearer <token>`.
 */
export async function benchAdvisorToken(
  url: string,
  roles: string[] = ["advisor"],
): Promise<{ tenantId: string; token: string }> {
  const db = createDb(url, 2);
  try {
    const now = new Date();
    const existing = await db.system((tx) => findTenantBySlug(tx, BENCH_TENANT));
    const tenantId =
      existing?.id ??
      (await createTenant(db, { slug: BENCH_TENANT, name: "Operador de pruebas de carga", country: "CO" }, now)).id;
    const email = `${roles.join("-")}-${Date.now()}@bench.fideliza.co`;
    const { id: userId } = await db.tenant(tenantId, (tx) =>
      createUser(
        { email, fullName: "Asesor de carga", password: "bench-password-1", roles },
        {
          tx,
          actor: systemActor(tenantId),
          now,
        },
      ),
    );
    const actor: Actor = {
      ...systemActor(tenantId),
      userId,
      email,
      fullName: "Asesor de carga",
      roles,
      via: "system",
    };
    const { token } = await db.tenant(tenantId, (tx) => createApiToken({ name: "bench" }, { tx, actor, now }));
    return { tenantId, token };
  } finally {
    await db.close();
  }
}
