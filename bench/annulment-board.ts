import "../src/app/modules.js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDb } from "../src/platform/db/pool.js";
import { seedScale } from "../src/seed/seed-scale.js";
import { compareApiWithPool } from "./lib/api-vs-pool.js";
import { listRuns, type Timing } from "./lib/compare.js";
import { benchDatabase } from "./lib/database.js";
import { BENCH_TENANT } from "./lib/fixtures.js";
import type { BenchSection } from "./lib/report.js";
import type { Service } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

export interface AnnulmentBoardScenarioOptions extends Timing {
  /** Open engineering tickets on the board. */
  tickets: number;
  concurrency: number;
  log: (line: string) => void;
}

const TARGET = 0.6;
const WORK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".work");
const TEAMS = ["all", "platform_monitors", "sales_team_leader", "advisor", "network_dept", "coc", "zonal"];

/**
 * Seed 001's control board with N open tickets: its first page (GET /api/service-requests/board, with or
 * without a team filter) through the full app against a bare pg.Pool running its same four queries.
 * Requests and tickets are written set-based in SQL (one request per ticket, spread over teams, zones and
 * a day of same-day deadlines), not through the commands: the board reads them, it does not write.
 */
export async function annulmentBoardScenario(options: AnnulmentBoardScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("annulment_board");
  const services: Service[] = [];
  try {
    const db = createDb(database.url, 4);
    let tenantId: string;
    try {
      log("  generando 2.000 clientes…");
      tenantId = (await seedScale(db, { tenantSlug: BENCH_TENANT, customers: 2_000, now: new Date(), createTenant: true }))
        .tenantId;
    } finally {
      await db.close();
    }
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const seedStarted = performance.now();
    try {
      log(`  ${grouped(options.tickets)} solicitudes y servicios de ingeniería abiertos (SQL)…`);
      // Bench data only: numbers given here and triggers (the per-tenant counters, foreign-key checks) skipped.
      await admin.query("SET session_replication_role = replica");
      await admin.query(
        `WITH p AS (SELECT id, customer_id, row_number() OVER (ORDER BY id) AS n FROM products WHERE tenant_id = $1),
              pc AS (SELECT count(*) AS c FROM p),
              g AS (SELECT i, gen_random_uuid() AS request_id, gen_random_uuid() AS ticket_id, gen_random_uuid() AS deadline_id,
                           now() - (i % 600) * interval '1 minute' AS opened
                      FROM generate_series(1, $2::int) i),
              r AS (INSERT INTO service_requests (tenant_id, id, number, request_type, customer_id, product_id, address, zone,
                                                  seller_name, advisor_name, source, status, detected_by, probable_at,
                                                  created_at, updated_at)
                    SELECT $1, g.request_id, g.i, 'installation', p.customer_id, p.id, 'Cl ' || g.i, 'Zona ' || (g.i % 40),
                           'Vendedor', 'Asesor', 'keyed', 'observed', (ARRAY['network','coc','technician'])[1 + g.i % 3], g.opened,
                           g.opened, g.opened
                      FROM g JOIN p ON p.n = 1 + g.i % (SELECT c FROM pc) RETURNING id),
              d AS (INSERT INTO deadlines (tenant_id, id, subject_type, subject_id, kind, rule, measure, started_at, due_at,
                                           at_risk_at, status, created_at, updated_at)
                    SELECT $1, g.deadline_id, 'engineering_ticket', g.ticket_id::text, 'engineering_ticket_same_day',
                           '{"amount":0,"unit":"same_business_day"}', 'business', g.opened, g.opened + interval '8 hours',
                           g.opened + interval '6 hours', 'running', g.opened, g.opened
                      FROM g RETURNING id)
         INSERT INTO engineering_tickets (tenant_id, id, number, request_id, kind, area, seed_step, team, observation,
                                          request_number, seller_name, advisor_name, zone, status, deadline_id, due_at, at_risk_at,
                                          opened_role, created_at, updated_at)
         SELECT $1, g.ticket_id, g.i, g.request_id, 'correction', (ARRAY['network','coc','technician'])[1 + g.i % 3], '3',
                (ARRAY['platform_monitors','sales_team_leader','advisor','network_dept','coc','zonal'])[1 + g.i % 6],
                'Observación de carga ' || g.i, g.i, 'Vendedor', 'Asesor', 'Zona ' || (g.i % 40), 'open', g.deadline_id,
                g.opened + interval '8 hours', g.opened + interval '6 hours', 'network_dept', g.opened, g.opened
           FROM g WHERE (SELECT count(*) FROM r) > 0 AND (SELECT count(*) FROM d) > 0`,
        [tenantId, options.tickets],
      );
      // The counts the triggers keep (skipped above), as the migration computes them.
      await admin.query(
        `INSERT INTO engineering_ticket_board_counts AS c (tenant_id, area, team, zone, at_risk_bin, due_bin, n)
           SELECT tenant_id, area, team, coalesce(zone, ''), board_bin(at_risk_at), board_bin(due_at), count(*)
             FROM engineering_tickets WHERE tenant_id = $1 AND status = 'open' GROUP BY 1, 2, 3, 4, 5, 6
           ON CONFLICT (tenant_id, area, team, zone, at_risk_bin, due_bin) DO UPDATE SET n = c.n + excluded.n`,
        [tenantId],
      );
      await admin.query(
        `INSERT INTO service_request_status_counts AS c (tenant_id, status, n)
           SELECT tenant_id, status, count(*) FROM service_requests WHERE tenant_id = $1 GROUP BY tenant_id, status
           ON CONFLICT (tenant_id, status) DO UPDATE SET n = c.n + excluded.n`,
        [tenantId],
      );
      await admin.query("SET session_replication_role = origin");
      await admin.query("VACUUM ANALYZE service_requests, engineering_tickets, deadlines");
    } finally {
      await admin.end();
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const ids = Array.from({ length: 700 }, (_, i) => TEAMS[i % TEAMS.length]!);
    const outcome = await compareApiWithPool(
      {
        ...options,
        databaseUrl: database.url,
        ids,
        apiPath: (team) => `/api/service-requests/board${team === "all" ? "" : `?team=${team}`}`,
        poolChild: "annulment-board-pool.ts",
        workDir: WORK_DIR,
        name: "annulment-board",
        checkAnswer: (body) => {
          if ((body as { tickets: unknown[] }).tickets.length === 0)
            throw new Error("el tablero llegó sin servicios de ingeniería");
        },
      },
      services,
    );
    const measured = outcome.app.best;
    const baseline = outcome.pool.best;
    const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
    const failures = measured.failures + baseline.failures;
    return {
      title: `Control board (seed 001): GET /api/service-requests/board vs its SQL on a raw pg.Pool, ${grouped(options.tickets)} open tickets, ${options.concurrency} clients`,
      method:
        `${grouped(options.tickets)} observed requests, each with one open engineering ticket and its running same-day deadline, ` +
        `written set-based in SQL (triggers off, numbers given) in ${seedSeconds.toFixed(1)} s, then VACUUM ANALYZE. The first page (50 tickets, nearest due first), ` +
        `the counts by area, team and zone, and the probable annulments; all teams or one team's filter in turn. Measured: the full app ` +
        `in its own process under autocannon with ${options.concurrency} connections. Baseline: the same four queries ` +
        `(src/modules/servicerequests/queries.ts) in the tenant transaction on a bare pg.Pool(${options.concurrency}). ` +
        `Runs (req/s) — pool: ${listRuns(outcome.pool)}; app: ${listRuns(outcome.app)}.`,
      rows: [
        {
          metric: "req/s, board first page",
          value: `${grouped(measured.requestsPerSecond)} req/s`,
          baseline: `${grouped(baseline.requestsPerSecond)} req/s`,
          ratio,
          target: `≥ ${TARGET}×`,
          met: ratio >= TARGET && failures === 0,
          note: failures ? `${failures} failed requests in the chosen runs: the figure is not valid.` : undefined,
        },
        {
          metric: "p99 latency, board first page",
          value: `${measured.p99Ms.toFixed(1)} ms`,
          baseline: `${baseline.p99Ms.toFixed(1)} ms`,
          ratio: measured.p99Ms / baseline.p99Ms,
          target: "—",
          met: true,
          note: `p50: app ${measured.p50Ms.toFixed(1)} ms, pool ${baseline.p50Ms.toFixed(1)} ms.`,
        },
      ],
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await database.stop();
  }
}
