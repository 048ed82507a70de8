// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import { once } from "node:events";
import fs from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { CANCELLATION_REQUESTS_IMPORT } from "../../../src/modules/cancellations/import/kind.js";
import { actorFromRow } from "../../../src/modules/identity/actor-from-row.js";
import { findLoginByEmail } from "../../../src/modules/identity/repo.js";
import { createDb } from "../../../src/platform/db/pool.js";
import { copyIntoPlainTable, timeImportPipeline } from "../import-timing.js";

// One measurement of the cancellation-requests import comparison per process (bench/dispositions.ts). The
// parser-alone baseline is import-probe.ts's "parse" mode, which reads any workbook.

export type CancellationRequestsJob =
  | { mode: "generate"; pairs: string; xlsx: string; csv: string }
  | { mode: "copy"; url: string; csv: string; tenantId: string; campaign: string }
  | { mode: "pipeline"; url: string; xlsx: string; adminEmail: string; campaign: string };

export interface CancellationRequestsResult {
  ms: number;
  rows: number;
  stageMs?: number;
  commitMs?: number;
  /** copy: the same rows then inserted, alone, into complaint_cases (its indexes and foreign keys), rolled back. */
  insertMs?: number;
}

export const CANCELLATION_REQUEST_HEADER = CANCELLATION_REQUESTS_IMPORT.columns.map((column) => column.header);
const REASONS = [
  "Solicita el retiro del servicio de Internet",
  "Cancelación por cambio de domicilio",
  "Retiro por costo del plan",
];

/** The queue file: one cancellation request per (service, customer) pair, as .xlsx with shared strings (as Excel saves it) and as CSV. */
async function generate(job: Extract<CancellationRequestsJob, { mode: "generate" }>): Promise<CancellationRequestsResult> {
  const started = performance.now();
  const pairs = JSON.parse(fs.readFileSync(job.pairs, "utf8")) as Array<[string, string]>;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${job.xlsx}.tmp`, useSharedStrings: true });
  const sheet = workbook.addWorksheet("quejas");
  sheet.addRow(CANCELLATION_REQUEST_HEADER).commit();
  const csv = fs.createWriteStream(`${job.csv}.tmp`);
  csv.write(`${CANCELLATION_REQUEST_HEADER.join(",")}\n`);
  const day0 = Date.UTC(2025, 5, 1, 14);
  for (const [index, [service, customer]] of pairs.entries()) {
    const received = new Date(day0 + (index % 20_000) * 37_000).toISOString().slice(0, 16).replace("T", " ");
    const row = [`Q-${String(index + 1).padStart(7, "0")}`, service, customer, REASONS[index % REASONS.length]!, received];
    sheet.addRow(row).commit();
    if (!csv.write(`${row.join(",")}\n`)) await once(csv, "drain");
  }
  sheet.commit();
  await workbook.commit();
  csv.end();
  await once(csv, "finish");
  fs.renameSync(`${job.xlsx}.tmp`, job.xlsx);
  fs.renameSync(`${job.csv}.tmp`, job.csv);
  return { ms: performance.now() - started, rows: pairs.length };
}

/** Baseline: COPY of the same rows, as CSV, into a plain table of five text columns. */
async function copy(job: Extract<CancellationRequestsJob, { mode: "copy" }>): Promise<CancellationRequestsResult> {
  const client = new pg.Client({ connectionString: job.url });
  await client.connect();
  try {
    const { ms, rows } = await copyIntoPlainTable(client, "bench_plain_complaints", CANCELLATION_REQUEST_HEADER, job.csv);
    // Not part of the baseline, for the report: what writing the same rows as cases costs by itself —
    // the table's indexes and its foreign keys to the customer and the product — with nothing around it.
    await client.query("BEGIN");
    const insertStarted = performance.now();
    await client.query(
      `INSERT INTO complaint_cases (tenant_id, campaign, complaint_number, customer_id, product_id, reason, received_at)
       SELECT $1, $2, b.numero_queja, p.customer_id, p.id, b.motivo, (b.fecha || ' -05')::timestamptz
         FROM bench_plain_complaints b JOIN products p ON p.tenant_id = $1 AND p.service_number = b.numero_servicio`,
      [job.tenantId, job.campaign],
    );
    const insertMs = performance.now() - insertStarted;
    await client.query("ROLLBACK");
    return { ms, rows, insertMs };
  } finally {
    await client.end();
  }
}

/** The cancellation-requests import end to end, as `fideliza complaints import` runs it: hash, guard, stage, commit. */
async function importPipeline(job: Extract<CancellationRequestsJob, { mode: "pipeline" }>): Promise<CancellationRequestsResult> {
  const db = createDb(job.url, 4);
  try {
    const actor = actorFromRow((await db.system((tx) => findLoginByEmail(tx, job.adminEmail)))!, "system");
    return await timeImportPipeline(db, actor, {
      kind: CANCELLATION_REQUESTS_IMPORT,
      xlsx: job.xlsx,
      options: { campaign: job.campaign },
    });
  } finally {
    await db.close();
  }
}

const JOBS = { generate, copy, pipeline: importPipeline } as const;

process.once("message", async (job: CancellationRequestsJob) => {
  try {
    const result = await (JOBS[job.mode] as (job: CancellationRequestsJob) => Promise<CancellationRequestsResult>)(job);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
