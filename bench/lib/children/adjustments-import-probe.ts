import { once } from "node:events";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { addUser } from "../../../src/app/cli/users.js";
import { ADJUSTMENTS_IMPORT } from "../../../src/modules/adjustments/import-kind.js";
import { actorFromRow } from "../../../src/modules/identity/actor-from-row.js";
import { findLoginByEmail } from "../../../src/modules/identity/repo.js";
import { createTenant } from "../../../src/modules/tenants/commands/create-tenant.js";
import { createDb } from "../../../src/platform/db/pool.js";
import { timeImportPipeline } from "../import-timing.js";
import "../../../src/app/modules.js";

// One measurement of the adjustments-base import benchmark per process (bench/adjustments-import.ts).

export type AdjustmentsProbeJob =
  | { mode: "generate"; rows: number; xlsx: string; rowsCsv: string; eventsCsv: string }
  | { mode: "parse"; xlsx: string }
  | { mode: "copy"; url: string; rowsCsv: string; eventsCsv: string }
  | { mode: "pipeline"; url: string; xlsx: string };

export interface AdjustmentsProbeResult {
  ms: number;
  rows: number;
  stageMs?: number;
  commitMs?: number;
  /** copy: the adjustment rows alone, then the timeline rows alone. */
  rowsMs?: number;
  eventsMs?: number;
}

export const CUT = "2025-06-30";
export const CUSTOMERS = 5000;
const AGENT = "asesor@bench-import.test";
const TENANT = "00000000-0000-4000-8000-000000000001";
const CUSTOMER = "00000000-0000-4000-8000-000000000002";
const USER = "00000000-0000-4000-8000-000000000003";

/** The i-th row of the base, the same in the .xlsx and in the floor's CSVs. */
function baseRow(i: number) {
  return {
    filing: `PQR-2025-${String(i).padStart(7, "0")}`,
    account: `AJ-${1 + (i % CUSTOMERS)}`,
    cause: String.fromCharCode(65 + (i % 13)),
    status: "PENDIENTE",
    radicado: `RAD-${700_000 + i}`,
    amount: 1000 * (1 + (i % 97)),
    evidence: i % 3 === 0 ? ["certificado_falla", "factura"] : ["factura"],
    note: `Sin servicio del ${1 + (i % 20)} al ${5 + (i % 20)} de junio`,
  };
}

async function generate(job: Extract<AdjustmentsProbeJob, { mode: "generate" }>): Promise<AdjustmentsProbeResult> {
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${job.xlsx}.tmp`, useSharedStrings: true });
  const sheet = workbook.addWorksheet("ajustes");
  sheet.addRow(ADJUSTMENTS_IMPORT.columns.map((c) => c.header)).commit();
  const rowsCsv = fs.createWriteStream(`${job.rowsCsv}.tmp`);
  const eventsCsv = fs.createWriteStream(`${job.eventsCsv}.tmp`);
  const q = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const now = new Date().toISOString();
  for (let i = 1; i <= job.rows; i++) {
    const r = baseRow(i);
    sheet
      .addRow([
        CUT,
        r.filing,
        r.account,
        r.cause,
        r.status,
        null,
        r.radicado,
        AGENT,
        r.amount,
        null,
        r.evidence.join(";"),
        r.note,
      ])
      .commit();
    // adjustment_rows' columns as the import writes them (uuids fixed: the floor table has no foreign keys).
    const evidence = `{${r.evidence.join(",")}}`;
    if (
      !rowsCsv.write(
        `${[TENANT, CUT, r.filing, CUSTOMER, r.cause, r.status, "", r.radicado, USER, r.amount, "", q(evidence), q(r.note), now, now].join(",")}\n`,
      )
    )
      await once(rowsCsv, "drain");
    const after = JSON.stringify({
      cutDate: CUT,
      filingNumber: r.filing,
      causeCode: r.cause,
      baseStatus: r.status,
      baseDecision: null,
      radicado: r.radicado,
      requestedAmount: r.amount,
      appliedAmount: null,
      evidence: r.evidence,
      note: r.note,
      agentUserId: USER,
    });
    const subject = `00000000-0000-4000-9000-${String(i).padStart(12, "0")}`;
    if (
      !eventsCsv.write(
        `${[TENANT, now, USER, "admin", "adjustment_row", subject, CUSTOMER, "adjustment_row_received", "", q(after), q("Importación de ajustes")].join(",")}\n`,
      )
    )
      await once(eventsCsv, "drain");
  }
  sheet.commit();
  await workbook.commit();
  for (const stream of [rowsCsv, eventsCsv]) {
    stream.end();
    await once(stream, "finish");
  }
  fs.renameSync(`${job.xlsx}.tmp`, job.xlsx);
  fs.renameSync(`${job.rowsCsv}.tmp`, job.rowsCsv);
  fs.renameSync(`${job.eventsCsv}.tmp`, job.eventsCsv);
  return { ms: performance.now() - started, rows: job.rows };
}

/** The spreadsheet parser alone (ExcelJS streaming reader, shared strings cached), every row. */
async function parse(job: Extract<AdjustmentsProbeJob, { mode: "parse" }>): Promise<AdjustmentsProbeResult> {
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
  return { ms: performance.now() - started, rows: rows - 1 };
}

async function copyCsv(client: pg.Client, table: string, columns: string, csv: string) {
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN (FORMAT csv)`));
  await pipeline(fs.createReadStream(csv, { highWaterMark: 256 * 1024 }), stream);
  return { ms: performance.now() - started, rows: stream.rowCount ?? 0 };
}

/**
 * The floor: COPY of the same rows into a table with adjustment_rows' columns, defaults, checks and
 * indexes (LIKE … INCLUDING ALL: primary key, the cut/filing unique key, the two desk indexes), then
 * the same number of timeline rows into a copy of events with its indexes. No foreign keys, no RLS.
 */
async function copy(job: Extract<AdjustmentsProbeJob, { mode: "copy" }>): Promise<AdjustmentsProbeResult> {
  const client = new pg.Client({ connectionString: job.url });
  await client.connect();
  try {
    await client.query("DROP TABLE IF EXISTS bench_adjustment_rows, bench_events");
    await client.query("CREATE TABLE bench_adjustment_rows (LIKE adjustment_rows INCLUDING ALL)");
    await client.query("CREATE TABLE bench_events (LIKE events INCLUDING ALL)");
    const rows = await copyCsv(
      client,
      "bench_adjustment_rows",
      "tenant_id, cut_date, filing_number, customer_id, cause_code, base_status, base_decision, radicado, agent_user_id, requested_amount, applied_amount, evidence, note, created_at, updated_at",
      job.rowsCsv,
    );
    const events = await copyCsv(
      client,
      "bench_events",
      "tenant_id, occurred_at, actor_user_id, actor_role, subject_type, subject_id, customer_id, action, before, after, reason",
      job.eventsCsv,
    );
    if (rows.rows !== events.rows) throw new Error(`filas ${rows.rows}, eventos ${events.rows}`);
    return { ms: rows.ms + events.ms, rows: rows.rows, rowsMs: rows.ms, eventsMs: events.ms };
  } finally {
    await client.end();
  }
}

/** The import end to end (hash, zip guard, stage, commit) into a fresh tenant with its customers and the agent. */
async function importPipeline(job: Extract<AdjustmentsProbeJob, { mode: "pipeline" }>): Promise<AdjustmentsProbeResult> {
  const db = createDb(job.url, 4);
  try {
    const { id: tenantId } = await createTenant(db, { slug: "bench-import", name: "Operador de prueba", country: "CO" });
    const email = "admin@bench-import.test";
    for (const [who, roles] of [
      [email, ["admin"]],
      [AGENT, ["advisor"]],
    ] as const)
      await addUser(db, { tenant: "bench-import", email: who, fullName: who, password: "clave-de-bench-1", roles: [...roles] });
    await db.system((tx) =>
      tx.query(
        `INSERT INTO customers (tenant_id, code, document_id, full_name, phone)
         SELECT $1, 'AJ-' || i, '10' || i, 'Cliente de carga ' || i, '300' || lpad(i::text, 7, '0') FROM generate_series(1, $2::int) i`,
        [tenantId, CUSTOMERS],
      ),
    );
    const actor = actorFromRow((await db.system((tx) => findLoginByEmail(tx, email)))!, "system");
    return await timeImportPipeline(db, actor, { kind: ADJUSTMENTS_IMPORT, xlsx: job.xlsx });
  } finally {
    await db.close();
  }
}

const JOBS = { generate, parse, copy, pipeline: importPipeline } as const;

process.once("message", async (job: AdjustmentsProbeJob) => {
  try {
    const result = await (JOBS[job.mode] as (job: AdjustmentsProbeJob) => Promise<AdjustmentsProbeResult>)(job);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
