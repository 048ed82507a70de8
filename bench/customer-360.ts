import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { syncDefaultCatalogs } from "../src/modules/catalogs/commands/seed-default-catalogs.js";
import { createDb } from "../src/platform/db/pool.js";
import { seedScale } from "../src/seed/seed-scale.js";
import { compareApiWithPool } from "./lib/api-vs-pool.js";
import { describeCpu, listRuns, type Timing } from "./lib/compare.js";
import { benchDatabase } from "./lib/database.js";
import { BENCH_TENANT } from "./lib/fixtures.js";
import type { BenchSection } from "./lib/report.js";
import type { Service } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

export interface Customer360ScenarioOptions extends Timing {
  customers: number;
  /** Older resolved claims per customer, on top of the generator's recent ones (10 → about 10 M claims at 1 M customers). */
  historyClaims: number;
  concurrency: number;
  log: (line: string) => void;
}

const THROUGHPUT_TARGET = 0.5;
const P99_TARGET_MS = 10;
const SAMPLE = 5_000;
const WORK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".work");

async function tableCounts(url: string, tenantId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`, [tenantId])).rows[0].n);
    return {
      customers: await count("customers"),
      products: await count("products"),
      claims: await count("claims"),
      events: await count("events"),
    };
  } finally {
    await client.end();
  }
}

/**
 * The advisor's customer 360 (GET /api/retention/customers/:id/360 through the full app: the one-statement
 * SQL of sql/customer-360.sql plus the retention rules — repeated damage, VIP, offer eligibility, the
 * procedure's explanation) against a bare pg.Pool running the same SQL as the same prepared statement in
 * the same transaction batch, both at 16 concurrent clients, on a tenant of 1 M customers and 10 M claims.
 * The database is kept in bench/.work between runs (seeding it takes long) and topped up if smaller.
 */
export async function customer360Scenario(options: Customer360ScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("customer_360", { reuse: true });
  const services: Service[] = [];
  try {
    const db = createDb(database.url, 4);
    let seededSeconds = 0;
    let added = 0;
    try {
      log(
        `  ${database.reused ? "reutilizando" : "creando"} bench_customer_360; completando hasta ${grouped(options.customers)} clientes…`,
      );
      let shown = 0;
      const seeding = await seedScale(db, {
        tenantSlug: BENCH_TENANT,
        customers: options.customers,
        now: new Date(),
        createTenant: true,
        historyClaims: options.historyClaims,
        batchSize: 10_000,
        onProgress: (done, total) => {
          if (done - shown >= total / 20 || done === total) {
            shown = done;
            log(`    ${grouped(done)} / ${grouped(total)}`);
          }
        },
      });
      seededSeconds = seeding.seconds;
      added = seeding.counts.customers;
      // A database seeded before a catalog kind existed gets its defaults now.
      await syncDefaultCatalogs(db);
    } finally {
      await db.close();
    }
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let ids: string[];
    let tenantId: string;
    const vacuumStarted = performance.now();
    try {
      if (added > 0 || !database.reused)
        await admin.query("VACUUM ANALYZE customers, products, claims, billing_statements, events");
      tenantId = (await admin.query<{ id: string }>("SELECT id FROM tenants WHERE slug = $1", [BENCH_TENANT])).rows[0]!.id;
      ids = (
        await admin.query<{ id: string }>("SELECT id FROM customers WHERE tenant_id = $1 ORDER BY random() LIMIT $2", [
          tenantId,
          SAMPLE,
        ])
      ).rows.map((r) => r.id);
    } finally {
      await admin.end();
    }
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
    const counts = await tableCounts(database.url, tenantId);
    log(`  ${grouped(counts.customers)} clientes, ${grouped(counts.claims)} reclamos`);

    const outcome = await compareApiWithPool(
      {
        ...options,
        databaseUrl: database.url,
        ids,
        apiPath: (id) => `/api/retention/customers/${id}/360`,
        poolChild: "customer-360-pool.ts",
        workDir: WORK_DIR,
        name: "customer-360",
        checkAnswer: (body) => {
          const view = body as { products: unknown[]; explanation: { offers: unknown[] } };
          if (view.products.length === 0 || view.explanation.offers.length === 0) {
            throw new Error("la ficha 360 llegó sin productos u ofertas");
          }
        },
      },
      services,
    );
    const measured = outcome.app.best;
    const baseline = outcome.pool.best;
    const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
    const failures = measured.failures + baseline.failures;
    const throughputMet = ratio >= THROUGHPUT_TARGET && failures === 0;
    const p99Met = measured.p99Ms <= P99_TARGET_MS && failures === 0;
    const total = (cpu: NonNullable<typeof measured.cpu>) => cpu.process + cpu.generator + cpu.rest;
    const cpuNote =
      measured.cpu && baseline.cpu ? `CPU: ${describeCpu("app", measured)}; baseline ${describeCpu("pool loop", baseline)}.` : "";
    const p99Notes = [`p50: app ${measured.p50Ms.toFixed(1)} ms, pool ${baseline.p50Ms.toFixed(1)} ms.`];
    if (!p99Met && measured.cpu) {
      // Little's law: with N requests always in flight, mean latency = N ÷ throughput; p99 sits above the mean.
      const floorMs = (options.concurrency / measured.requestsPerSecond) * 1000;
      p99Notes.push(
        `Missed: ${options.concurrency} clients keep ${options.concurrency} requests in flight, so the mean latency is ` +
          `${options.concurrency} ÷ throughput = ${floorMs.toFixed(1)} ms at the measured ${grouped(measured.requestsPerSecond)} req/s. ` +
          `The bare pool running the SQL alone, with no app at all, ${baseline.p99Ms <= P99_TARGET_MS ? "meets it" : "misses it too"}: ` +
          `p99 ${baseline.p99Ms.toFixed(1)} ms at ${grouped(baseline.requestsPerSecond)} req/s. A p99 of ` +
          `${P99_TARGET_MS} ms at this concurrency needs roughly ${grouped((options.concurrency / P99_TARGET_MS) * 1000 * 2)} req/s, i.e. ` +
          `under ${Math.round((os.cpus().length * 1e6) / ((options.concurrency / P99_TARGET_MS) * 1000 * 2))} µs of CPU per request on ` +
          `these ${os.cpus().length} cores for app, load generator and PostgreSQL together; this run spent ` +
          `${Math.round(total(measured.cpu))} µs (app ${Math.round(measured.cpu.process)}, generator ${Math.round(measured.cpu.generator)}, ` +
          `PostgreSQL and the rest ${Math.round(measured.cpu.rest)}).`,
      );
    }
    if (failures) p99Notes.push(`${failures} failed requests in the chosen runs: the figures are not valid.`);
    return {
      title: `Customer 360: GET /api/retention/customers/:id/360 vs raw pg.Pool, ${options.concurrency} concurrent clients`,
      method:
        `Tenant with ${grouped(counts.customers)} generated customers, ${grouped(counts.products)} products and ` +
        `${grouped(counts.claims)} claims (\`seedScale\` with ${options.historyClaims} older resolved claims per customer; this run ` +
        `${added > 0 ? `added ${grouped(added)} customers in ${seededSeconds.toFixed(0)} s` : "reused the database kept in bench/.work"}` +
        `${vacuumSeconds > 1 ? `, VACUUM ANALYZE ${vacuumSeconds.toFixed(0)} s` : ""}). ${grouped(SAMPLE)} random customer ids, requested ` +
        `in the same order by both sides. Measured: the full app (every module and hook, Bearer-token auth, LOG_LEVEL=warn, pool ` +
        `of ${options.concurrency}) in its own process, loaded by autocannon 8 from another process with ${options.concurrency} ` +
        "connections; each request runs sql/customer-360.sql (one statement: customer, products, claims of the last 90 days, " +
        "billing, cases with offers, work orders, last 15 events, the four retention catalogs) and the retention rules on it. " +
        `Baseline: a bare pg.Pool(${options.concurrency}) in its own process, ${options.concurrency} concurrent loops, each iteration ` +
        "= the same transaction batch, the same SQL as the same prepared statement, COMMIT — no HTTP, no auth, no rules, no JSON. " +
        `Each side warmed ${options.warmupSeconds} s, then ${options.rounds} interleaved rounds of ${options.seconds} s; best run of each ` +
        `side (req/s — pool: ${listRuns(outcome.pool)}; app: ${listRuns(outcome.app)}).`,
      rows: [
        {
          metric: "req/s, customer 360",
          value: `${grouped(measured.requestsPerSecond)} req/s`,
          baseline: `${grouped(baseline.requestsPerSecond)} req/s`,
          ratio,
          target: `≥ ${THROUGHPUT_TARGET}×`,
          met: throughputMet,
          note: cpuNote || undefined,
        },
        {
          metric: "p99 latency, customer 360 (app)",
          value: `${measured.p99Ms.toFixed(1)} ms`,
          baseline: `${baseline.p99Ms.toFixed(1)} ms`,
          ratio: measured.p99Ms / baseline.p99Ms,
          target: `≤ ${P99_TARGET_MS} ms`,
          met: p99Met,
          note: p99Notes.join(" "),
        },
      ],
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await database.stop();
  }
}
