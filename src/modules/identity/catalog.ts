import fs from "node:fs/promises";
import path from "node:path";
import { CATALOGS_DIR } from "../../platform/catalog-files.js";
import type { Db } from "../../platform/db/pool.js";
import { syncRoles } from "./repo.js";

export { CATALOGS_DIR };

interface RoleCatalog {
  permissions: Record<string, string>;
  roles: Array<{ code: string; name_es: string; name_en: string; permissions: string[] }>;
}

export async function readRoleCatalog(): Promise<RoleCatalog> {
  return JSON.parse(await fs.readFile(path.join(CATALOGS_DIR, "roles.json"), "utf8")) as RoleCatalog;
}

/** Loads catalogs/roles.json into the role tables; run at every start so the data follows the file. */
export async function syncRoleCatalog(db: Db): Promise<void> {
  const catalog = await readRoleCatalog();
  for (const role of catalog.roles) {
    for (const permission of role.permissions) {
      if (!(permission in catalog.permissions)) {
        throw new Error(`catalogs/roles.json: el rol ${role.code} usa el permiso desconocido ${permission}`);
      }
    }
  }
  await db.system(async (tx) => {
    // Serialize concurrent starts of several instances.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('fideliza.roles'))");
    await syncRoles(
      tx,
      Object.entries(catalog.permissions).map(([code, description]) => ({ code, description })),
      catalog.roles.map((role, index) => ({ ...role, sort_order: index })),
    );
  });
}
