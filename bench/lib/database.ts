import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { syncRoleCatalog } from "../../src/modules/identity/catalog.js";
import { type EmbeddedServer, startEmbeddedServer } from "../../src/platform/db/embedded.js";
import { freePort } from "../../src/platform/db/free-port.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { createDb } from "../../src/platform/db/pool.js";

const WORK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.work");

// One embedded server for the whole run, shared by every scenario that asks for a database.
let embedded: Promise<EmbeddedServer> | undefined;
let users = 0;

async function serverUrl(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  embedded ??= freePort().then(async (port) => {
    // The server's own log, for when a scenario fails on the database side.
    await fs.mkdir(WORK_DIR, { recursive: true });
    const log = createWriteStream(path.join(WORK_DIR, "postgres.log"), { flags: "a" });
    return startEmbeddedServer({ dataDir: path.join(WORK_DIR, "pg"), port, onLog: (line) => log.write(line) });
  });
  return (await embedded).url;
}

/**
 * A fresh, migrated database named `bench_<name>` (dropped and recreated, unless `reuse` finds it), with the role catalog
 * loaded: on BENCH_DATABASE_URL's server if set, else on an embedded server in bench/.work/pg.
 * `stop()` leaves the database for inspection and stops the embedded server after its last user.
 */
export async function benchDatabase(
  name: string,
  options: { reuse?: boolean } = {},
): Promise<{ url: string; reused: boolean; stop(): Promise<void> }> {
  users++;
  const server = await serverUrl();
  const database = `bench_${name.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  let reused = false;
  try {
    // A scenario whose data takes long to generate keeps its database between runs (and migrates it).
    reused =
      options.reuse === true && (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 1;
    if (!reused) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${database}`);
    }
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${database}`;
  await migrate(url.toString());
  const db = createDb(url.toString(), 2);
  await syncRoleCatalog(db);
  await db.close();
  let stopped = false;
  return {
    url: url.toString(),
    reused,
    async stop() {
      if (stopped) return;
      stopped = true;
      users--;
      if (users === 0 && embedded) {
        const running = embedded;
        embedded = undefined;
        await (await running).stop();
      }
    },
  };
}
