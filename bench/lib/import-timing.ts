import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { commitImport } from "../../src/modules/imports/commands/commit-import.js";
import type { ImportKind } from "../../src/modules/imports/kinds.js";
import { importFile } from "../../src/modules/imports/pipeline.js";
import { describeLocalFile } from "../../src/modules/imports/received-file.js";
import type { Actor, CommandContext } from "../../src/platform/context.js";
import type { Db } from "../../src/platform/db/pool.js";

/** The import benchmarks' two timed operations, shared by their probes (bench/lib/children/*-probe.ts). */

/** The COPY baseline: a CSV (with its header) into a new plain table of text columns; returns ms and rows. */
export async function copyIntoPlainTable(client: pg.Client, table: string, columns: string[], csv: string) {
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (${columns.map((c) => `${c} text`).join(", ")})`);
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv, HEADER true)`));
  await pipeline(fs.createReadStream(csv, { highWaterMark: 256 * 1024 }), stream);
  return { ms: performance.now() - started, rows: stream.rowCount ?? 0 };
}

/**
 * One import end to end as the CLI runs it — hash, zip guard, stage, commit — as `actor`; returns the
 * total, staging and commit times. Fails unless every row was inserted.
 */
export async function timeImportPipeline(
  db: Db,
  actor: Actor,
  input: { kind: ImportKind; xlsx: string; options?: Record<string, unknown> },
) {
  const withTenant = <T>(work: (ctx: CommandContext) => Promise<T>) =>
    db.tenant(actor.tenantId, (tx) => work({ tx, actor, now: new Date() }));
  const started = performance.now();
  const view = await importFile({
    kind: input.kind,
    file: await describeLocalFile(input.xlsx),
    options: input.options,
    limits: { maxUncompressedBytes: 1024 ** 3, maxEntries: 2000 },
    withTenant,
  });
  if (view.status !== "staged") throw new Error(`importación ${view.status}: ${JSON.stringify(view.errors.slice(0, 3))}`);
  const staged = performance.now();
  const summary = await withTenant((ctx) => commitImport(view.id, ctx));
  const ended = performance.now();
  if (summary.inserted !== view.totalRows) throw new Error(`se insertaron ${summary.inserted} de ${view.totalRows}`);
  return { ms: ended - started, rows: view.totalRows, stageMs: staged - started, commitMs: ended - staged };
}
