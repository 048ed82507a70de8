import type { Serializable } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DEFAULT_CAMPAIGN } from "../src/modules/cancellations/catalog/kinds.js";
import { distributeCases } from "../src/modules/cancellations/commands/distribute-cases.js";
import { createUser } from "../src/modules/identity/commands/create-user.js";
import { createApiToken } from "../src/modules/identity/commands/manage-api-tokens.js";
import { type Actor, systemActor } from "../src/platform/context.js";
import { createDb, type Db } from "../src/platform/db/pool.js";
import { prepareJobs } from "../src/platform/db/prepare-jobs.js";
import { seedScale } from "../src/seed/seed-scale.js";
import type { CancellationRequestsJob, CancellationRequestsResult } from "./lib/children/cancellations-probe.js";
import type { Disposition, DispositionJob, DispositionResult } from "./lib/children/disposition-probe.js";
import type { ProbeJob, ProbeResult } from "./lib/children/import-probe.js";
import { benchDatabase } from "./lib/database.js";
import { forkChild } from "./lib/load.js";
import type { BenchRow, BenchSection } from "./lib/report.js";
import { startService } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

const WORK_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), ".work");
const TENANT = "bench-quejas";
const QUEUE = 100_000;
/** Customers seeded so that their products (about 2.2 each) cover the queue's distinct services. */
const CUSTOMERS = 50_000;
const ADVISORS = 16;
const IMPORT_TARGET = 2;
const THROUGHPUT_TARGET = 0.4;
/** The disposition every case gets: a final state with its closing instruction, deadline and timers. */
const BODY: Disposition = { stateCode: "RETENIDO", motiveCode: "AUMENTO_PLAN", expectedVersion: 2 };

export interface DispositionsScenarioOptions {
  rounds: number;
  /** Cases per side in each measured round (and a tenth of it to warm up). */
  casesPerRound: number;
  log: (line: string) => void;
}

/** Runs one job in a fresh child process (one measurement each, nothing shared between them). */
function run<J, R>(script: string, job: J): Promise<R> {
  const child = forkChild(script);
  return new Promise((resolve, reject) => {
    child.once("message", (message: { ok: boolean; result?: R; error?: string }) =>
      message.ok ? resolve(message.result!) : reject(new Error(message.error)),
    );
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`${script} terminó con código ${code}`));
    });
    child.send(job as unknown as Serializable);
  });
}
const cancellationRequests = (job: CancellationRequestsJob) =>
  run<CancellationRequestsJob, CancellationRequestsResult>("cancellations-probe.ts", job);
const dispositions = (job: DispositionJob) => run<DispositionJob, DispositionResult>("disposition-probe.ts", job);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The tenant's admin, a supervisor and 16 advisors, each advisor with an API token for the load. */
async function people(db: Db, tenantId: string) {
  const now = new Date();
  const ctx = (actor: Actor) => ({ actor, now });
  const make = async (email: string, fullName: string, role: string): Promise<Actor> => {
    const { id } = await db.tenant(tenantId, (tx) =>
      createUser({ email, fullName, password: "bench-password-1", roles: [role] }, { tx, ...ctx(systemActor(tenantId)) }),
    );
    return { ...systemActor(tenantId), userId: id, email, fullName, roles: [role], via: "system" };
  };
  const admin = await make("admin@bench-quejas.test", "Administración", "admin");
  const supervisor = await make("supervisor@bench-quejas.test", "Supervisión", "supervisor");
  const advisors: Actor[] = [];
  const tokens: string[] = [];
  for (let i = 1; i <= ADVISORS; i++) {
    const advisor = await make(`asesor-${i}@bench-quejas.test`, `Asesor ${i}`, "advisor");
    advisors.push(advisor);
    tokens.push((await db.tenant(tenantId, (tx) => createApiToken({ name: "bench" }, { tx, ...ctx(advisor) }))).token);
  }
  return { admin, supervisor, advisors, tokens };
}

/**
 * Seed 003's two measures, on one tenant of 50 000 generated customers: importing a queue of 100 000
 * cancellation requests end to end against the parser alone plus a COPY of the same rows; then dispositions set by
 * 16 concurrent advisors through the full app against the very SQL statements those requests send,
 * replayed on a bare pg.Pool by 16 loops.
 */
export async function dispositionsScenario(options: DispositionsScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("dispositions");
  // Dispositions schedule durable timers: the worker's schema must exist, as `fideliza migrate` makes it.
  await prepareJobs(database.url);
  const services: Array<{ stop(): Promise<void> }> = [];
  const db = createDb(database.url, 4);
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  try {
    log(`  generando ${grouped(CUSTOMERS)} clientes con sus productos (COPY)…`);
    const seeding = await seedScale(db, {
      tenantSlug: TENANT,
      customers: CUSTOMERS,
      now: new Date(),
      createTenant: true,
      batchSize: 10_000,
    });
    const team = await people(db, seeding.tenantId);
    await admin.query("VACUUM ANALYZE customers, products");
    const pairs = (
      await admin.query<{ service_number: string; code: string }>(
        `SELECT p.service_number, c.code FROM products p JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id
          WHERE p.tenant_id = $1 ORDER BY p.service_number LIMIT $2`,
        [seeding.tenantId, QUEUE],
      )
    ).rows.map((r) => [r.service_number, r.code]);
    if (pairs.length < QUEUE) throw new Error(`solo hay ${pairs.length} servicios para ${QUEUE} quejas`);
    await fs.mkdir(WORK_DIR, { recursive: true });
    const files = {
      pairs: path.join(WORK_DIR, "complaints-pairs.json"),
      xlsx: path.join(WORK_DIR, `complaints-${QUEUE}.xlsx`),
      csv: path.join(WORK_DIR, `complaints-${QUEUE}.csv`),
    };
    await fs.writeFile(files.pairs, JSON.stringify(pairs));
    log(`  generando la cola de ${grouped(QUEUE)} quejas (.xlsx y .csv)…`);
    await cancellationRequests({ mode: "generate", ...files });
    const xlsxMb = (await fs.stat(files.xlsx)).size / 1048576;

    // ---------------------------------------------------------------- the import
    const parses: ProbeResult[] = [];
    const copies: CancellationRequestsResult[] = [];
    const imports: CancellationRequestsResult[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      await admin.query("TRUNCATE complaint_cases CASCADE");
      await admin.query("DELETE FROM imports WHERE kind = 'complaints'");
      await admin.query("CHECKPOINT");
      parses.push(await run<ProbeJob, ProbeResult>("import-probe.ts", { mode: "parse", xlsx: files.xlsx }));
      copies.push(
        await cancellationRequests({
          mode: "copy",
          url: database.url,
          csv: files.csv,
          tenantId: seeding.tenantId,
          campaign: DEFAULT_CAMPAIGN,
        }),
      );
      imports.push(
        await cancellationRequests({
          mode: "pipeline",
          url: database.url,
          xlsx: files.xlsx,
          adminEmail: team.admin.email,
          campaign: DEFAULT_CAMPAIGN,
        }),
      );
      log(
        `  ronda ${round}: lector ${seconds(parses.at(-1)!.ms)} · COPY ${seconds(copies.at(-1)!.ms)} · ` +
          `importación ${seconds(imports.at(-1)!.ms)} (preparar ${seconds(imports.at(-1)!.stageMs!)}, confirmar ${seconds(imports.at(-1)!.commitMs!)})`,
      );
    }
    const parseMs = median(parses.map((r) => r.ms));
    const copyMs = median(copies.map((r) => r.ms));
    const importMs = median(imports.map((r) => r.ms));
    const importRatio = importMs / (parseMs + copyMs);
    const insertMs = median(copies.map((r) => r.insertMs!));
    const floorRatio = (parseMs + copyMs + insertMs) / (parseMs + copyMs);

    // ---------------------------------------------------------------- dispositions at 16 advisors
    const warmup = Math.max(ADVISORS, Math.round(options.casesPerRound / 10));
    const needed = options.casesPerRound * options.rounds * 2 + warmup * 2;
    await db.tenant(seeding.tenantId, (tx) =>
      distributeCases(
        { campaign: DEFAULT_CAMPAIGN, advisorIds: team.advisors.map((a) => a.userId!), limit: needed },
        { tx, actor: team.supervisor, now: new Date() },
      ),
    );
    await admin.query("VACUUM ANALYZE complaint_cases, events");
    const assigned = (
      await admin.query<{ id: string; assigned_to: string }>(
        "SELECT id, assigned_to FROM complaint_cases WHERE tenant_id = $1 AND assigned_to IS NOT NULL ORDER BY id",
        [seeding.tenantId],
      )
    ).rows.map((r) => ({ id: r.id, advisor: team.advisors.findIndex((a) => a.userId === r.assigned_to) }));
    // Each set takes the same number of cases from every advisor.
    const perAdvisor = team.advisors.map((_, advisor) => assigned.filter((c) => c.advisor === advisor));
    const take = (size: number) => perAdvisor.flatMap((cases) => cases.splice(0, Math.ceil(size / ADVISORS)));
    const warmApp = take(warmup);
    const warmBase = take(warmup);
    const appSets = Array.from({ length: options.rounds }, () => take(options.casesPerRound));
    const baseSets = Array.from({ length: options.rounds }, () => take(options.casesPerRound));
    if (appSets.at(-1)!.length === 0 || baseSets.at(-1)!.length === 0) throw new Error("faltan casos asignados");

    log(
      `  registrando las sentencias SQL de ${grouped(warmup + options.casesPerRound * options.rounds)} tipificaciones (ROLLBACK)…`,
    );
    const recordings: string[] = [];
    let statementsPerCase = 0;
    for (const [index, set] of [warmBase, ...baseSets].entries()) {
      const out = path.join(WORK_DIR, `disposition-recording-${index}.json`);
      const recorded = await dispositions({
        mode: "record",
        url: database.url,
        advisors: team.advisors,
        cases: set,
        body: BODY,
        out,
      });
      statementsPerCase = recorded.statementsPerCase ?? 0;
      recordings.push(out);
    }
    const app = await startService("app-server.ts", {
      BENCH_DB_URL: database.url,
      BENCH_LOG_LEVEL: "warn",
      BENCH_POOL_SIZE: String(ADVISORS),
    });
    services.push(app);
    const baseUrl = `http://127.0.0.1:${app.port}`;
    const appRun = (cases: typeof warmApp) => dispositions({ mode: "load", baseUrl, tokens: team.tokens, cases, body: BODY });
    const baseRun = (file: string) =>
      dispositions({ mode: "replay", url: database.url, tenantId: seeding.tenantId, file, concurrency: ADVISORS });
    const checked = (side: string, result: DispositionResult) => {
      if (result.failures > 0) throw new Error(`${side}: ${result.failures} fallas (${result.firstFailure})`);
      return result;
    };
    checked("app (calentamiento)", await appRun(warmApp));
    checked("pool (calentamiento)", await baseRun(recordings[0]!));
    const appRuns: DispositionResult[] = [];
    const baseRuns: DispositionResult[] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Interleaved, alternating which side goes first.
      const pair = [
        async () => baseRuns.push(checked("pool", await baseRun(recordings[round + 1]!))),
        async () => appRuns.push(checked("app", await appRun(appSets[round]!))),
      ];
      for (const step of round % 2 === 0 ? pair : pair.reverse()) await step();
      const rate = (r: DispositionResult) => grouped((r.rows / r.ms) * 1000);
      log(`  ronda ${round + 1}: pg.Pool ${rate(baseRuns.at(-1)!)} tip./s · app ${rate(appRuns.at(-1)!)} tip./s`);
    }
    const perSecond = (r: DispositionResult) => (r.rows / r.ms) * 1000;
    const bestOf = (runs: DispositionResult[]) => runs.reduce((a, b) => (perSecond(b) > perSecond(a) ? b : a));
    const measured = bestOf(appRuns);
    const baseline = bestOf(baseRuns);
    const throughputRatio = perSecond(measured) / perSecond(baseline);
    const list = (runs: DispositionResult[]) => runs.map((r) => grouped(perSecond(r))).join(", ");

    const rows: BenchRow[] = [
      {
        metric: `Importar una cola de ${grouped(QUEUE)} quejas .xlsx de punta a punta (validar, preparar, confirmar)`,
        value: seconds(importMs),
        baseline: `${seconds(parseMs + copyMs)} (lector ${seconds(parseMs)} + COPY ${seconds(copyMs)})`,
        ratio: importRatio,
        target: `≤ ${IMPORT_TARGET}×`,
        met: importRatio <= IMPORT_TARGET,
        note:
          `Preparar (hash, guarda zip, lectura, validación TypeBox, COPY a la tabla temporal, quejas repetidas, referencias a clientes y servicios, que el servicio sea del cliente, import_rows) ` +
          `${seconds(median(imports.map((r) => r.stageMs!)))}; confirmar (INSERT … ON CONFLICT en complaint_cases con sus 4 índices y 3 claves foráneas, un evento del historial por caso) ` +
          `${seconds(median(imports.map((r) => r.commitMs!)))}. Rondas: ${imports.map((r) => seconds(r.ms)).join(", ")}.` +
          (importRatio <= IMPORT_TARGET
            ? ""
            : ` Meta no cumplida, y no alcanzable con este esquema: la línea base escribe cada fila una vez, como texto, en una tabla sin índices ni claves. ` +
              `Solo el INSERT de las mismas filas en complaint_cases (sus 4 índices y las claves foráneas al operador, al cliente y al servicio), sin nada alrededor, toma ${seconds(insertMs)}: ` +
              `lector + COPY + ese INSERT ya son ${floorRatio.toFixed(2)}× la línea base. La importación además verifica tres referencias por fila contra ${grouped(seeding.counts.customers)} clientes y ` +
              `${grouped(seeding.counts.products)} servicios, escribe un evento por caso en el historial (que la auditoría exige) y la fila preparada en import_rows (la vista previa y la confirmación aparte lo exigen), ` +
              "y la guarda zip descomprime el libro entero antes de leerlo."),
      },
      {
        metric: `Tipificaciones por segundo, ${ADVISORS} asesores a la vez (POST …/disposition, estado final con instrucción de cierre)`,
        value: `${grouped(perSecond(measured))} tip./s`,
        baseline: `${grouped(perSecond(baseline))} tip./s`,
        ratio: throughputRatio,
        target: `≥ ${THROUGHPUT_TARGET}×`,
        met: throughputRatio >= THROUGHPUT_TARGET,
        note:
          `Las mismas ${statementsPerCase.toFixed(0)} sentencias por tipificación en los dos lados (grabadas de la propia orden, con sus parámetros). ` +
          `Corridas (tip./s) — app: ${list(appRuns)}; pg.Pool: ${list(baseRuns)}.` +
          (throughputRatio >= THROUGHPUT_TARGET
            ? ""
            : ` Meta no cumplida: en ${os.cpus().length} núcleos compartidos por PostgreSQL, la app y el cliente HTTP, el costo de CPU de la app (HTTP, token, esquemas, reglas, plantilla, JSON) por tipificación pesa frente a la línea base, que solo envía SQL.`),
      },
      {
        metric: "Latencia p99 de una tipificación",
        value: `${measured.p99Ms.toFixed(1)} ms`,
        baseline: `${baseline.p99Ms.toFixed(1)} ms`,
        ratio: measured.p99Ms / baseline.p99Ms,
        target: "—",
        met: true,
        note: `Se informa, sin meta. p50: app ${measured.p50Ms.toFixed(1)} ms, pg.Pool ${baseline.p50Ms.toFixed(1)} ms.`,
      },
    ];
    return {
      title: "Cancellation complaints and dispositions (seed 003)",
      method:
        `Un operador con ${grouped(seeding.counts.customers)} clientes generados (${grouped(seeding.counts.products)} productos, seedScale). ` +
        `Importación: una cola de ${grouped(QUEUE)} quejas (${xlsxMb.toFixed(1)} MB .xlsx con textos compartidos; cada una sobre un servicio distinto) importada como ` +
        "`fideliza complaints import` (hash, guarda zip, lectura, validación, preparación, confirmación), cada medición en su propio proceso, con la tabla de casos vaciada antes; " +
        `línea base: el lector de ExcelJS solo sobre el mismo libro + COPY del mismo contenido en CSV a una tabla de 5 columnas text sin índices; mediana de ${options.rounds} rondas. ` +
        `Tipificaciones: ${ADVISORS} asesores, cada uno con sus propios casos ya asignados (reparto round-robin) y su token; medido: la app completa (todos los módulos y hooks, ` +
        `LOG_LEVEL=warn, pool de ${ADVISORS}) en su propio proceso, con ${ADVISORS} clientes HTTP concurrentes (uno por asesor, fetch con keep-alive) desde otro proceso, ` +
        `tipificando ${grouped(options.casesPerRound)} casos por ronda (RETENIDO / AUMENTO DE PLAN: disposición, instrucción de cierre, plazo con sus 2 temporizadores, caso, historial). ` +
        `Línea base: cada tipificación de otros ${grouped(options.casesPerRound)} casos grabada sentencia por sentencia al correr la misma orden dentro de una transacción que se deshace, ` +
        `y luego reproducida en un pg.Pool(${ADVISORS}) desnudo por ${ADVISORS} bucles (BEGIN; SET LOCAL ROLE; set_config, las sentencias con sus parámetros, COMMIT) — sin HTTP, autenticación, reglas ni JSON. ` +
        `Calentamiento de ${grouped(warmup)} casos por lado, luego ${options.rounds} rondas intercaladas; la mejor de cada lado. ${os.cpus().length} núcleos.`,
      rows,
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await admin.end();
    await db.close();
    await database.stop();
  }
}
