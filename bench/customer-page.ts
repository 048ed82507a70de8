import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDb } from "../src/platform/db/pool.js";
import { seedScale } from "../src/seed/seed-scale.js";
import { compareApiWithPool } from "./lib/api-vs-pool.js";
import { describeCpu, listRuns, type Timing } from "./lib/compare.js";
import { benchDatabase } from "./lib/database.js";
import { BENCH_TENANT } from "./lib/fixtures.js";
import type { BenchSection } from "./lib/report.js";
import type { Service } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

export interface CustomerPageScenarioOptions extends Timing {
  /** Size of the seeded tenant. */
  customers: number;
  /** Concurrent clients on both sides, and the pool size of both sides. */
  concurrency: number;
  log: (line: string) => void;
}

const TARGET = 0.6;
const SAMPLE = 5_000;
const WORK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".work");

/**
 * The customer page API (GET /api/customers/:id through the full app) against a bare pg.Pool of the
 * same size running the page's SQL in the same transaction batch, both at N concurrent clients.
 */
export async function customerPageScenario(options: CustomerPageScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("customer_page");
  const services: Service[] = [];
  try {
    const db = createDb(database.url, 4);
    let seeding: Awaited<ReturnType<typeof seedScale>>;
    try {
      log(`  generando ${grouped(options.customers)} clientes (COPY)…`);
      let shown = 0;
      seeding = await seedScale(db, {
        tenantSlug: BENCH_TENANT,
        customers: options.customers,
        now: new Date(),
        createTenant: true,
        batchSize: 10_000,
        onProgress: (done, total) => {
          if (done - shown >= total / 10 || done === total) {
            shown = done;
            log(`    ${grouped(done)} / ${grouped(total)}`);
          }
        },
      });
      log(`  sembrado en ${seeding.seconds.toFixed(1)} s; VACUUM ANALYZE…`);
    } finally {
      await db.close();
    }
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let ids: string[];
    const vacuumStarted = performance.now();
    try {
      await admin.query("VACUUM ANALYZE customers, products, claims, billing_statements");
      ids = (
        await admin.query<{ id: string }>("SELECT id FROM customers WHERE tenant_id = $1 ORDER BY random() LIMIT $2", [
          seeding.tenantId,
          SAMPLE,
        ])
      ).rows.map((r) => r.id);
    } finally {
      await admin.end();
    }
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;

    const outcome = await compareApiWithPool(
      {
        ...options,
        databaseUrl: database.url,
        ids,
        apiPath: (id) => `/api/customers/${id}`,
        poolChild: "customer-page-pool.ts",
        workDir: WORK_DIR,
        name: "customer",
        checkAnswer: (body) => {
          if ((body as { products: unknown[] }).products.length === 0)
            throw new Error("la ficha del cliente llegó sin productos");
        },
      },
      services,
    );
    const measured = outcome.app.best;
    const baseline = outcome.pool.best;
    const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
    const failures = measured.failures + baseline.failures;
    const c = seeding.counts;
    const met = ratio >= TARGET && failures === 0;
    const notes: string[] = [];
    if (measured.cpu && baseline.cpu) {
      const total = (cpu: NonNullable<typeof measured.cpu>) => cpu.process + cpu.generator + cpu.rest;
      notes.push(`CPU: ${describeCpu("app", measured)}; baseline ${describeCpu("pool loop", baseline)}.`);
      if (!met && failures === 0) {
        notes.push(
          `Missed: with the machine near saturation, throughput is about cores ÷ CPU per request. The app side costs ` +
            `${Math.round(total(measured.cpu))} µs of CPU per page (its HTTP, auth, presenter and JSON serialization in the app ` +
            `process, plus the load generator sharing the same ${os.cpus().length} cores) against ` +
            `${Math.round(total(baseline.cpu))} µs for the baseline, which predicts ` +
            `${(total(baseline.cpu) / total(measured.cpu)).toFixed(2)}× — the measured ratio is ${ratio.toFixed(2)}×.`,
        );
      }
    }
    if (failures) notes.push(`${failures} failed requests in the chosen runs: the figure is not valid.`);
    return {
      title: `Customer page: GET /api/customers/:id vs raw pg.Pool, ${options.concurrency} concurrent clients`,
      method:
        `Tenant seeded with ${grouped(c.customers)} generated customers (${grouped(c.products)} products, ` +
        `${grouped(c.claims)} claims, ${grouped(c.billingStatements)} billing statements) by \`seedScale\` in ` +
        `${seeding.seconds.toFixed(1)} s, then VACUUM ANALYZE (${vacuumSeconds.toFixed(1)} s). ${grouped(SAMPLE)} random ` +
        `existing customer ids, requested in the same order by both sides. Measured: the full app (every module and ` +
        `hook, Bearer-token auth, LOG_LEVEL=warn, pool of ${options.concurrency}) in its own process, loaded by ` +
        `autocannon 8 from another process with ${options.concurrency} connections. Baseline: a bare pg.Pool(${options.concurrency}) ` +
        `in its own process with ${options.concurrency} concurrent loops, each iteration = what the app's request does ` +
        `in the database: the one-round-trip batch BEGIN; SET LOCAL ROLE fideliza_app; set_config('app.tenant_id'), ` +
        `then CUSTOMER_PAGE_SQL (src/modules/customers/repo.ts) with the same parameters, then COMMIT — with no HTTP, ` +
        `no auth, no presenter and no JSON serialization. Each side warmed ${options.warmupSeconds} s, then ` +
        `${options.rounds} interleaved rounds of ${options.seconds} s; best run of each side (all runs, req/s — ` +
        `pool: ${listRuns(outcome.pool)}; app: ${listRuns(outcome.app)}).`,
      rows: [
        {
          metric: "req/s, customer page",
          value: `${grouped(measured.requestsPerSecond)} req/s`,
          baseline: `${grouped(baseline.requestsPerSecond)} req/s`,
          ratio,
          target: `≥ ${TARGET}×`,
          met,
          note: notes.join(" ") || undefined,
        },
        {
          metric: "p99 latency, customer page",
          value: `${measured.p99Ms.toFixed(1)} ms`,
          baseline: `${baseline.p99Ms.toFixed(1)} ms`,
          ratio: measured.p99Ms / baseline.p99Ms,
          target: "—",
          met: true,
          note: `Reported, not targeted. p50: app ${measured.p50Ms.toFixed(1)} ms, pool ${baseline.p50Ms.toFixed(1)} ms.`,
        },
      ],
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await database.stop();
  }
}
