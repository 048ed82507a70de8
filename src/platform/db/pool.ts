import pg from "pg";

// numeric → number would lose cents on money; keep NUMERIC as string, but int8 (counts) as number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** A connection inside an open transaction. Repos take one; only src/db and repos use it directly. */
export type Tx = pg.PoolClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The role tenant work runs as. It is not the table owner, so row-level security applies to it. */
export const APP_ROLE = "fideliza_app";

export interface Db {
  pool: pg.Pool;
  url: string;
  /**
   * Runs `work` in one transaction as the tenant: the role is switched to the non-owner app role and
   * `app.tenant_id` is set, so every row-level-security policy filters to this tenant.
   */
  tenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction as the owner (no tenant filter): login, migrations, workers. */
  system<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Switches an owner transaction to the tenant, as `Db.tenant` does at BEGIN: for work that must
 * follow an installation-level write in the same transaction (a new tenant's first catalogs).
 */
export async function enterTenant(tx: Tx, tenantId: string): Promise<void> {
  if (!UUID.test(tenantId)) throw new Error(`tenant inválido: ${tenantId}`);
  await tx.query(`SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
}

async function inTransaction<T>(pool: pg.Pool, begin: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function createDb(url: string, poolSize = 16): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle client losing its server (restart, kill) must not crash the process; the pool drops it.
  pool.on("error", () => undefined);
  return {
    pool,
    url,
    tenant(tenantId, work) {
      if (!UUID.test(tenantId)) throw new Error(`tenant inválido: ${tenantId}`);
      // One round trip: the tenant id is a validated UUID, safe to inline in a simple-protocol batch.
      const begin = `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`;
      return inTransaction(pool, begin, work);
    },
    system(work) {
      return inTransaction(pool, "BEGIN", work);
    },
    close: () => pool.end(),
  };
}
