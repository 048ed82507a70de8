import { syncDefaultCatalogs } from "../../modules/catalogs/index.js";
import { syncRoleCatalog } from "../../modules/identity/index.js";
import { loadConfig } from "../../platform/config.js";
import { type OpenDatabase, openDatabase } from "../../platform/db/database.js";

/** Runs a CLI action against the configured database (embedded or DATABASE_URL), migrated and with roles loaded. */
export async function withDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    await syncRoleCatalog(database.db);
    await syncDefaultCatalogs(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}
