/**
 * Writes web/src/api/schema.d.ts, the web's API types, from the server's OpenAPI document; with --check,
 * regenerates in memory and fails when the checked-in file differs (CI runs this in `npm run lint`).
 *
 * The document comes from the real app (buildApp with every module, as the server builds it) but without
 * a database: the Db and Listener handed to it refuse or ignore use, so nothing connects.
 *
 *   node --import tsx scripts/generate-api-client.ts           # npm run generate:api
 *   node --import tsx scripts/generate-api-client.ts --check   # npm run check:api
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/app/server/app.js";
import { loadConfig } from "../src/platform/config.js";
import { Listener } from "../src/platform/db/listener.js";
import type { Db } from "../src/platform/db/pool.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = "web/src/api/schema.d.ts";
const NO_DATABASE_URL = "postgres://no-database.invalid/generate-api-client";

const HEADER = `/**
 * The server's API as TypeScript types, generated from its OpenAPI document (GET /api/openapi.json).
 * Do not edit: change the route schemas in src/ and run \`npm run generate:api\` (CI fails when stale).
 */
`;

function refuse(what: string): never {
  throw new Error(`generate-api-client: the app touched the database (${what}) while only its OpenAPI document was asked for`);
}

/** A Db that throws on any use: building the app and its document must not need one. */
const noDb: Db = {
  get pool(): never {
    return refuse("pool");
  },
  url: NO_DATABASE_URL,
  tenant: () => refuse("tenant"),
  system: () => refuse("system"),
  close: async () => undefined,
};

/** A Listener that never connects: subscriptions are accepted and never hear anything. */
class NoListener extends Listener {
  override async subscribe(): Promise<() => void> {
    return () => undefined;
  }
  override async close(): Promise<void> {}
}

async function openApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({
    config: loadConfig({ databaseUrl: NO_DATABASE_URL, runWorker: false }),
    db: noDb,
    listener: new NoListener(NO_DATABASE_URL),
    logger: false,
  });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** Biome's formatting, so the checked-in file passes `biome check` like any other source. */
function format(source: string): string {
  const biome = path.join(ROOT, "node_modules", ".bin", "biome");
  return execFileSync(biome, ["format", `--stdin-file-path=${TARGET}`], { cwd: ROOT, input: source, encoding: "utf8" });
}

async function generateSchemaTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument());
  return format(HEADER + astToString(ast));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const target = path.join(ROOT, TARGET);
  const generated = await generateSchemaTypes();
  if (!check) {
    writeFileSync(target, generated);
    console.log(`wrote ${TARGET}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (current !== generated) {
    console.error(`${TARGET} is stale: run npm run generate:api`);
    process.exitCode = 1;
    return;
  }
  console.log(`${TARGET} is up to date`);
}

await main();
