import path from "node:path";
import pg from "pg";
import type { Config } from "../config.js";
import { type EmbeddedServer, startEmbeddedServer } from "./embedded.js";
import { migrate } from "./migrate.js";
import { createDb, type Db } from "./pool.js";
import { prepareJobs } from "./prepare-jobs.js";

export interface OpenDatabase {
  db: Db;
  /** Present when we started the embedded server ourselves. */
  embedded: EmbeddedServer | undefined;
  close(): Promise<void>;
}

const APP_DATABASE = "fideliza";

/** Creates `name` on the server of `serverUrl` unless it exists; returns the URL of that database. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The database the app runs on: DATABASE_URL when set, otherwise the embedded server started from
 * DATA_DIR. Migrations are applied before anything else touches it.
 */
export async function openDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedServer({ dataDir: path.join(config.dataDir, "pg"), port: config.embeddedPort });
    url = await ensureDatabase(embedded.url, APP_DATABASE);
  }
  try {
    if (options.migrate !== false) {
      await migrate(url);
      // Commands schedule timers in their own transactions: the job queue's schema must exist first.
      await prepareJobs(url);
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = createDb(url, config.poolSize);
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
