import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { syncRoleCatalog } from "../../src/modules/identity/catalog.js";
import { type EmbeddedServer, startEmbeddedServer } from "../../src/platform/db/embedded.js";
import { freePort } from "../../src/platform/db/free-port.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { createDb } from "../../src/platform/db/pool.js";
import { prepareJobs } from "../../src/platform/db/prepare-jobs.js";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * One PostgreSQL for the whole run — the embedded server in a temporary folder, or TEST_DATABASE_URL's
 * server — and one migrated template database that every test file clones (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-test-"));
    embedded = await startEmbeddedServer({
      dataDir: path.join(tempDir, "pg"),
      port: await freePort(),
      // Tests throw the cluster away: durability settings only slow them down.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    });
    serverUrl = embedded.url;
  }
  const templateDatabase = `fideliza_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const templateUrl = withDatabase(serverUrl, templateDatabase);
  await migrate(templateUrl);
  await prepareJobs(templateUrl);
  const db = createDb(templateUrl, 2);
  await syncRoleCatalog(db);
  await db.close();

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  };
}
