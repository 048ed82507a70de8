import { type CommandContext, systemActor } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/pool.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readDefaultCatalog } from "../defaults.js";
import { catalogKinds } from "../kinds.js";
import type { CatalogKind } from "../registry.js";
import { insertCatalogVersion, listCatalogKeys, listTenantIds, lockTenantCatalogs } from "../repo.js";

/**
 * Gives the tenant version 1 of every default catalog it does not have yet. Never touches a catalog
 * the tenant already has: their edits are theirs. Runs in the caller's tenant transaction.
 */
export async function seedDefaultCatalogs(ctx: CommandContext, kinds: readonly CatalogKind[] = catalogKinds()): Promise<number> {
  const existing = new Set((await listCatalogKeys(ctx.tx)).map((key) => `${key.kind}/${key.scope}`));
  let seeded = 0;
  for (const kind of kinds) {
    for (const scope of kind.defaultScopes) {
      if (existing.has(`${kind.code}/${scope}`)) continue;
      const content = readDefaultCatalog(kind, scope);
      // Said to admins in the versions list: the file it came from is the product's business, not theirs.
      const note = "Catálogo por defecto del producto";
      await insertCatalogVersion(ctx.tx, {
        tenantId: ctx.actor.tenantId,
        kind: kind.code,
        scope,
        version: 1,
        content,
        note,
        createdBy: null,
        now: ctx.now,
      });
      await recordEvent(ctx, {
        subjectType: "catalog",
        subjectId: `${kind.code}/${scope}`,
        action: "catalog_published",
        after: { version: 1 },
        reason: note,
      });
      seeded++;
    }
  }
  return seeded;
}

/** At every start: each tenant gets the default catalogs added since it was created. */
export async function syncDefaultCatalogs(db: Db, now = new Date()): Promise<void> {
  const tenantIds = await db.system((tx) => listTenantIds(tx));
  for (const tenantId of tenantIds) {
    await db.tenant(tenantId, async (tx) => {
      await lockTenantCatalogs(tx, tenantId);
      await seedDefaultCatalogs({ tx, actor: systemActor(tenantId), now });
    });
  }
}
