// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import { once } from "node:events";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { base, es, Faker } from "@faker-js/faker";
import ExcelJS from "exceljs";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { addUser } from "../../../src/app/cli/users.js";
import { actorFromRow } from "../../../src/modules/identity/actor-from-row.js";
import { findLoginByEmail } from "../../../src/modules/identity/repo.js";
import { CUSTOMERS, IMPORT_KINDS } from "../../../src/modules/imports/kinds.js";
import { openRowSource } from "../../../src/modules/imports/readers.js";
import { createTenant } from "../../../src/modules/tenants/commands/create-tenant.js";
import { createDb } from "../../../src/platform/db/pool.js";
import { copyIntoPlainTable, timeImportPipeline } from "../import-timing.js";

// One measurement per process, so the peak resident memory (maxRSS) is that measurement's alone.
// The parent sends a job over IPC; the answer is {ms, peakMb, rows, ...}.

export type ProbeJob =
  | { mode: "generate"; rows: number; xlsx: string; csv: string }
  | { mode: "parse"; xlsx: string }
  | { mode: "parseExcelJs"; xlsx: string }
  | { mode: "copy"; url: string; csv: string }
  | { mode: "pipeline"; url: string; xlsx: string };

export interface ProbeResult {
  ms: number;
  peakMb: number;
  rows: number;
  stageMs?: number;
  commitMs?: number;
  /** copy: the same rows COPYed into a table shaped and indexed like customers. */
  indexedMs?: number;
  /** copy: one timeline row per customer COPYed into a table shaped and indexed like events. */
  eventsMs?: number;
}

export const HEADER = CUSTOMERS.columns.map((column) => column.header);

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Realistic customers (Spanish names, addresses, flags), the same for a given seed on every machine. */
async function generate(job: Extract<ProbeJob, { mode: "generate" }>): Promise<ProbeResult> {
  const started = performance.now();
  const faker = new Faker({ locale: [es, base], seed: 20_240_305 });
  const tiers = [
    { weight: 70, value: "estándar" },
    { weight: 15, value: "premium" },
    { weight: 10, value: "empresarial" },
    { weight: 3, value: "corporativo" },
    { weight: 2, value: "vip" },
  ];
  const streets = ["Calle", "Carrera", "Avenida", "Transversal", "Diagonal"];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${job.xlsx}.tmp`, useSharedStrings: true });
  const sheet = workbook.addWorksheet("clientes");
  sheet.addRow(HEADER).commit();
  const csv = fs.createWriteStream(`${job.csv}.tmp`);
  const quote = (v: string | number) => (typeof v === "string" && /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : String(v));
  csv.write(`${HEADER.join(",")}\n`);
  for (let i = 1; i <= job.rows; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const row = [
      `C-${String(i).padStart(7, "0")}`,
      faker.number.int({ min: 10_000_000, max: 1_199_999_999 }),
      `${firstName} ${lastName} ${faker.person.lastName()}`,
      faker.helpers.weightedArrayElement(tiers),
      Number(`3${faker.string.numeric(9)}`),
      faker.internet.email({ firstName, lastName }).toLowerCase(),
      `${faker.helpers.arrayElement(streets)} ${faker.number.int({ min: 1, max: 200 })} # ${faker.number.int({ min: 1, max: 150 })}-${faker.number.int({ min: 1, max: 99 })}`,
      faker.location.city(),
      faker.datatype.boolean(0.12) ? "sí" : "no",
      faker.datatype.boolean(0.05) ? "sí" : "no",
    ];
    sheet.addRow(row).commit();
    if (!csv.write(`${row.map(quote).join(",")}\n`)) await once(csv, "drain");
  }
  sheet.commit();
  await workbook.commit();
  csv.end();
  await once(csv, "finish");
  fs.renameSync(`${job.xlsx}.tmp`, job.xlsx);
  fs.renameSync(`${job.csv}.tmp`, job.csv);
  return { ms: performance.now() - started, peakMb: peakMb(), rows: job.rows };
}

/** Baseline (a): the spreadsheet parser alone — the import's own reader (src/modules/imports/xlsx-reader.ts) over every row. */
async function parse(job: Extract<ProbeJob, { mode: "parse" }>): Promise<ProbeResult> {
  const started = performance.now();
  const source = await openRowSource("xlsx", job.xlsx, fs.statSync(job.xlsx).size);
  let rows = 0;
  let cells = 0;
  for await (const row of source.rows) {
    rows++;
    cells += row.cells.length;
  }
  if (cells === 0) throw new Error("sin celdas");
  return { ms: performance.now() - started, peakMb: peakMb(), rows: rows - 1 };
}

/** For reference: ExcelJS's streaming reader as usually configured, shared strings cached (the import's parser before). */
async function parseExcelJs(job: Extract<ProbeJob, { mode: "parseExcelJs" }>): Promise<ProbeResult> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(job.xlsx, { highWaterMark: 256 * 1024 }), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "emit",
  });
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
    break;
  }
  if (cells === 0) throw new Error("sin celdas");
  return { ms: performance.now() - started, peakMb: peakMb(), rows: rows - 1 };
}

/**
 * Baseline (b): COPY of the same rows, as CSV, into a plain table (for reference), then the floor's write
 * side: the same rows, typed, COPYed into a table shaped and indexed like customers (trigram index on
 * the accent-free name included), and one timeline row per customer COPYed into a table shaped and
 * indexed like events. The typed files are prepared first, untimed.
 */
async function copy(job: Extract<ProbeJob, { mode: "copy" }>): Promise<ProbeResult> {
  const client = new pg.Client({ connectionString: job.url });
  await client.connect();
  try {
    const { ms, rows } = await copyIntoPlainTable(client, "bench_plain_customers", HEADER, job.csv);
    const tenant = "00000000-0000-4000-8000-000000000001";
    const typed = `${job.csv}.typed`;
    const events = `${job.csv}.events`;
    await copyOut(
      client,
      `SELECT '${tenant}'::uuid, codigo_cliente, documento, nombre,
              CASE categoria WHEN 'estándar' THEN 'standard' WHEN 'empresarial' THEN 'business' WHEN 'corporativo' THEN 'corporate' ELSE categoria END,
              telefono, email, direccion, ciudad, en_mora = 'sí', central_riesgos = 'sí' FROM bench_plain_customers`,
      typed,
    );
    await client.query("DROP TABLE IF EXISTS bench_indexed_customers");
    await client.query("CREATE TABLE bench_indexed_customers (LIKE customers INCLUDING ALL)");
    const columns =
      "tenant_id, code, document_id, full_name, tier, phone, email, address, city, is_delinquent, has_credit_bureau_flag";
    const indexedStarted = performance.now();
    await copyIn(client, `COPY bench_indexed_customers (${columns}) FROM STDIN (FORMAT csv)`, typed);
    const indexedMs = performance.now() - indexedStarted;
    await copyOut(
      client,
      `SELECT c.tenant_id, now(), c.tenant_id, 'admin', 'customer', c.id::text, c.id, 'customer_created', NULL::jsonb,
              jsonb_build_object('code', c.code, 'documentId', c.document_id, 'fullName', c.full_name, 'tier', c.tier,
                'phone', c.phone, 'email', c.email, 'address', c.address, 'city', c.city, 'isDelinquent', c.is_delinquent,
                'hasCreditBureauFlag', c.has_credit_bureau_flag), NULL
         FROM bench_indexed_customers c`,
      events,
    );
    await client.query("DROP TABLE IF EXISTS bench_events");
    await client.query("CREATE TABLE bench_events (LIKE events INCLUDING ALL)");
    const eventsStarted = performance.now();
    await copyIn(
      client,
      "COPY bench_events (tenant_id, occurred_at, actor_user_id, actor_role, subject_type, subject_id, customer_id, action, before, after, reason) FROM STDIN (FORMAT csv)",
      events,
    );
    const eventsMs = performance.now() - eventsStarted;
    fs.rmSync(typed, { force: true });
    fs.rmSync(events, { force: true });
    return { ms, peakMb: peakMb(), rows, indexedMs, eventsMs };
  } finally {
    await client.end();
  }
}

async function copyOut(client: pg.Client, select: string, file: string) {
  await pipeline(client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT csv)`)), fs.createWriteStream(file));
}

async function copyIn(client: pg.Client, sql: string, file: string) {
  await pipeline(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), client.query(copyFrom(sql)));
}

/** (c): the import pipeline end to end, as the CLI runs it: hash, guard, stage, commit, into a fresh tenant. */
async function importPipeline(job: Extract<ProbeJob, { mode: "pipeline" }>): Promise<ProbeResult> {
  const db = createDb(job.url, 4);
  try {
    const { id: tenantId } = await createTenant(db, { slug: "bench-import", name: "Operador de prueba", country: "CO" });
    const email = "admin@bench-import.test";
    await addUser(db, {
      tenant: "bench-import",
      email,
      fullName: "Administración",
      password: "clave-de-bench-1",
      roles: ["admin"],
    });
    const actor = actorFromRow((await db.system((tx) => findLoginByEmail(tx, email)))!, "system");
    if (actor.tenantId !== tenantId) throw new Error("el administrador no es del operador de prueba");
    const timed = await timeImportPipeline(db, actor, { kind: IMPORT_KINDS.customers, xlsx: job.xlsx });
    return { ...timed, peakMb: peakMb() };
  } finally {
    await db.close();
  }
}

const JOBS = { generate, parse, parseExcelJs, copy, pipeline: importPipeline } as const;

process.once("message", async (job: ProbeJob) => {
  try {
    const result = await (JOBS[job.mode] as (job: ProbeJob) => Promise<ProbeResult>)(job);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
