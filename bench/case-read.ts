import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DEFAULT_CAMPAIGN } from "../src/modules/cancellations/catalog/kinds.js";
import { createDb } from "../src/platform/db/pool.js";
import { seedScale } from "../src/seed/seed-scale.js";
import { compareApiWithPool } from "./lib/api-vs-pool.js";
import { describeCpu, listRuns, type Timing } from "./lib/compare.js";
import { benchDatabase } from "./lib/database.js";
import { BENCH_TENANT, benchAdvisorToken } from "./lib/fixtures.js";
import { runLoad } from "./lib/load.js";
import type { BenchSection } from "./lib/report.js";
import { type Service, startService } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

export interface CaseReadScenarioOptions extends Timing {
  concurrency: number;
  log: (line: string) => void;
}

const CUSTOMERS = 5_000;
const CASES = 2_000;
const POOL_TARGET = 0.6;
const CREATE_TARGET = 2;
const WORK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".work");

/**
 * The advisor's case page (GET /api/complaint-cases/:id through the full app: the one statement of
 * CASE_DETAIL_SQL, catalog documents from the immutable-version cache, labels, refusals, the procedure's
 * steps) against a bare pg.Pool running the same SQL, and against POST /api/complaint-cases (create) over
 * the same app, all at 16 concurrent clients in the same run.
 */
export async function caseReadScenario(options: CaseReadScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("case_read");
  const services: Service[] = [];
  try {
    const db = createDb(database.url, 4);
    try {
      log(`  sembrando ${grouped(CUSTOMERS)} clientes…`);
      await seedScale(db, {
        tenantSlug: BENCH_TENANT,
        customers: CUSTOMERS,
        now: new Date(),
        createTenant: true,
        batchSize: 5_000,
      });
    } finally {
      await db.close();
    }
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let products: Array<{ service_number: string; code: string }>;
    try {
      const tenantId = (await admin.query<{ id: string }>("SELECT id FROM tenants WHERE slug = $1", [BENCH_TENANT])).rows[0]!.id;
      products = (
        await admin.query<{ service_number: string; code: string }>(
          `SELECT p.service_number, c.code FROM products p JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id
            WHERE p.tenant_id = $1 ORDER BY random() LIMIT $2`,
          [tenantId, CASES],
        )
      ).rows;
    } finally {
      await admin.end();
    }
    const bodies = products.map((p) => ({
      campaign: DEFAULT_CAMPAIGN,
      complaintNumber: "BENCH-{n}",
      serviceNumber: p.service_number,
      customerCode: p.code,
      reason: "Cancelación solicitada por el cliente (carga)",
      receivedAt: new Date().toISOString(),
    }));
    await fs.mkdir(WORK_DIR, { recursive: true });
    const bodiesFile = path.join(WORK_DIR, "case-read-bodies.json");
    await fs.writeFile(bodiesFile, JSON.stringify(bodies));

    // The cases read: created through the API by a supervisor (who may create and read cases).
    const { token } = await benchAdvisorToken(database.url, ["supervisor"]);
    const headers = { authorization: `Bearer ${token}` };
    const ids: string[] = [];
    {
      const app = await startService("app-server.ts", {
        BENCH_DB_URL: database.url,
        BENCH_LOG_LEVEL: "warn",
        BENCH_POOL_SIZE: "4",
      });
      try {
        let k = 0;
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (k < bodies.length) {
              const body = JSON.stringify(bodies[k]).replace("{n}", `seed-${k++}`);
              const response = await fetch(`http://127.0.0.1:${app.port}/api/complaint-cases`, {
                method: "POST",
                headers: { ...headers, "content-type": "application/json" },
                body,
              });
              if (response.status !== 201)
                throw new Error(`POST /api/complaint-cases respondió ${response.status}: ${await response.text()}`);
              ids.push(((await response.json()) as { id: string }).id);
            }
          }),
        );
      } finally {
        await app.stop();
      }
    }
    log(`  ${grouped(ids.length)} casos creados para leer`);

    const outcome = await compareApiWithPool(
      {
        ...options,
        databaseUrl: database.url,
        ids,
        apiPath: (id) => `/api/complaint-cases/${id}`,
        poolChild: "case-detail-pool.ts",
        workDir: WORK_DIR,
        name: "case-read",
        roles: ["supervisor"],
        extraSides: (app) => [
          {
            name: "POST create",
            pid: app.pid,
            run: (seconds) =>
              runLoad({
                url: `http://127.0.0.1:${app.port}`,
                connections: options.concurrency,
                seconds,
                headers: app.headers,
                post: { path: "/api/complaint-cases", bodiesFile },
              }),
          },
        ],
        checkAnswer: (body) => {
          const page = body as { steps: unknown[]; refusals: unknown };
          if (!Array.isArray(page.steps) || !page.refusals) throw new Error("el caso llegó sin pasos ni motivos de rechazo");
        },
      },
      services,
    );
    const read = outcome.app.best;
    const pool = outcome.pool.best;
    const create = outcome.extra["POST create"]!.best;
    const failures = read.failures + pool.failures + create.failures;
    const poolRatio = read.requestsPerSecond / pool.requestsPerSecond;
    const createRatio = read.requestsPerSecond / create.requestsPerSecond;
    const cpu =
      read.cpu && pool.cpu ? `CPU: ${describeCpu("app", read)}; baseline ${describeCpu("pool loop", pool)}.` : undefined;
    return {
      title: `Case read: GET /api/complaint-cases/:id vs raw pg.Pool and vs POST create, ${options.concurrency} concurrent clients`,
      method:
        `Tenant with ${grouped(CUSTOMERS)} generated customers; ${grouped(ids.length)} cases created through the API, read in random ` +
        `order by both sides. Measured: the full app (every module and hook, Bearer-token auth of a supervisor, LOG_LEVEL=warn, pool of ` +
        `${options.concurrency}) in its own process, loaded by autocannon from another process with ${options.concurrency} connections. ` +
        "Each read runs CASE_DETAIL_SQL (src/modules/cancellations/case/repo-detail.ts: one statement — the case, its attempts, " +
        "dispositions, instructions and deadlines as JSON, the campaign's current catalog version) and takes the catalog documents from " +
        "the per-process cache of immutable versions. Baseline: a bare pg.Pool in its own process, " +
        `${options.concurrency} loops, each = the same transaction batch, the same SQL as the same prepared statement, COMMIT. ` +
        `Create: POST /api/complaint-cases on the same app, ${options.concurrency} connections, a new complaint number each. ` +
        `Each side warmed ${options.warmupSeconds} s, then ${options.rounds} interleaved rounds of ${options.seconds} s; best run of each ` +
        `(req/s — pool: ${listRuns(outcome.pool)}; read: ${listRuns(outcome.app)}; create: ${listRuns(outcome.extra["POST create"]!)}).`,
      rows: [
        {
          metric: "req/s, case read vs raw pool",
          value: `${grouped(read.requestsPerSecond)} req/s`,
          baseline: `${grouped(pool.requestsPerSecond)} req/s`,
          ratio: poolRatio,
          target: `≥ ${POOL_TARGET}×`,
          met: poolRatio >= POOL_TARGET && failures === 0,
          note: cpu,
        },
        {
          metric: "req/s, case read vs create",
          value: `${grouped(read.requestsPerSecond)} req/s`,
          baseline: `${grouped(create.requestsPerSecond)} req/s`,
          ratio: createRatio,
          target: `≥ ${CREATE_TARGET}×`,
          met: createRatio >= CREATE_TARGET && failures === 0,
          note:
            createRatio >= CREATE_TARGET
              ? undefined
              : `The bare pool running the read's SQL alone, with no HTTP, auth or JSON, reached ${(pool.requestsPerSecond / create.requestsPerSecond).toFixed(2)}× ` +
                "the create rate in this run: the read's transaction (BEGIN batch, the one prepared statement, COMMIT) on PostgreSQL " +
                "sharing 2 cores with the load generator and the app is the bound, and an app at the 0.6× pool target cannot reach 2× " +
                "the create unless the pool does 3.3×. Its plan (EXPLAIN ANALYZE, generic plan) executes in 0.3–0.4 ms.",
        },
        {
          metric: "p99 latency, case read (app vs pool)",
          value: `${read.p99Ms.toFixed(1)} ms`,
          baseline: `${pool.p99Ms.toFixed(1)} ms`,
          ratio: read.p99Ms / pool.p99Ms,
          target: "—",
          met: failures === 0,
          note:
            `p50: read ${read.p50Ms.toFixed(1)} ms, pool ${pool.p50Ms.toFixed(1)} ms; create p99 ${create.p99Ms.toFixed(1)} ms.` +
            (failures ? ` ${failures} failed requests in the chosen runs: the figures are not valid.` : ""),
        },
      ],
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await database.stop();
  }
}
