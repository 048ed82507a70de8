import "../src/app/modules.js";
import { once } from "node:events";
import os from "node:os";
import pg from "pg";
import { createTenant } from "../src/modules/tenants/commands/create-tenant.js";
import { createDb } from "../src/platform/db/pool.js";
import type { ClaimResult, ClaimRun } from "./lib/children/dialer-hopper-claimer.js";
import { benchDatabase } from "./lib/database.js";
import { forkChild } from "./lib/load.js";
import type { BenchSection } from "./lib/report.js";
import { grouped } from "./lib/stats.js";

export interface DialerHopperScenarioOptions {
  /** Records handed out per side (each record once). */
  handOuts: number;
  /** App instances: separate processes, each with its own pool. */
  instances: number;
  /** Simulated agents, spread over the instances. */
  agents: number;
  /** Connections of each instance's pool. */
  connections: number;
  /** Records an agent asks for per claim. */
  batch: number;
  /** Rounds per side, interleaved; the hand-outs are split over them. */
  rounds: number;
  /** Keep synchronous_commit on (each claim waits for its WAL flush). */
  durableCommits: boolean;
  log: (line: string) => void;
}

const TARGET = 0.5;

const COMMAND =
  "Command: `npm run bench -- --only dialer-hopper` (BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres here; `--hopper-hand-outs 40000` runs it in a couple of minutes, `--hopper-durable` keeps synchronous_commit on). ";

/** What this benchmark found and what was changed in the product for it (kept beside the figures it explains). */
const CHANGED =
  "Found and changed with this benchmark: the claim's ORDER BY was an Incremental Sort of each (priority, queued_at) " +
  "group; dialer_hopper_next_idx now ends in record_id (migration 0075), so the first rows come straight off the index " +
  "(EXPLAIN shows the same index scan and pkey delete as the raw statement). The rest of the gap is the transaction: " +
  "BEGIN / SET LOCAL ROLE / app.tenant_id, the claim and COMMIT are three round trips where the raw statement is one. " +
  "A form that sent the whole tenant transaction as one batch measured 0.85× against 0.53× for this one at 40 000 " +
  "hand-outs in one run, and was not kept: the dialer claims inside its pacing round's transaction (DialerEngine.tick), " +
  "where the claim is one statement among the round's, so a one-batch hand-out would have had no caller in the product. ";
type SideName = "raw" | "product";

interface Claimer {
  child: ReturnType<typeof forkChild>;
  ask<T>(message: object, answer: string): Promise<T>;
}

async function startClaimer(env: Record<string, string>): Promise<Claimer> {
  const child = forkChild("dialer-hopper-claimer.ts", env);
  const next = <T>(answer: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`dialer-hopper-claimer terminó (código ${code})`));
      child.once("exit", onExit);
      child.once("message", (message: { type: string; message?: string } & Record<string, unknown>) => {
        child.off("exit", onExit);
        if (message.type === "error") reject(new Error(`dialer-hopper-claimer: ${message.message}`));
        else if (message.type !== answer) reject(new Error(`dialer-hopper-claimer respondió ${message.type}`));
        else resolve(message as T);
      });
    });
  await next("ready");
  return {
    child,
    ask: <T>(message: object, answer: string) => {
      const reply = next<T>(answer);
      child.send(message);
      return reply;
    },
  };
}

async function stopClaimer(claimer: Claimer): Promise<void> {
  if (claimer.child.exitCode !== null) return;
  const exited = once(claimer.child, "exit");
  claimer.child.kill("SIGTERM");
  await exited;
}

/** Agents of instance i when `agents` are spread as evenly as possible over `instances`. */
const agentsOf = (i: number, agents: number, instances: number) =>
  Math.floor(agents / instances) + (i < agents % instances ? 1 : 0);

interface SideOutcome {
  seconds: number;
  rate: number;
  /** Hand-outs/s of each round. */
  rounds: number[];
  results: ClaimResult[];
  check: { rows: number; distinct: number; duplicates: number; lost: number; foreign: number; left: number };
}

/**
 * Seed 002's hopper under three app instances: N records queued in a campaign's hopper, taken by 64 simulated agents
 * spread over 3 processes with a pool each, until it is empty — the product's claim (claimFromHopper in the tenant
 * transaction) against a raw SKIP LOCKED DELETE … RETURNING on the same rows, the same processes and connections.
 * Every hand-out is written to bench_handouts afterwards; duplicates and losses are counted there by SQL.
 */
export async function dialerHopperScenario(options: DialerHopperScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("dialer_hopper");
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const claimers: Claimer[] = [];
  try {
    const db = createDb(database.url, 2);
    let tenantId: string;
    try {
      tenantId = (await createTenant(db, { slug: "bench", name: "Operador de pruebas de carga", country: "CO" })).id;
    } finally {
      await db.close();
    }
    // Commits do not wait for the WAL flush, on both sides: with it on, either side is bound by the shared disk's fsync
    // rate (group commit), which is the machine's, not the claim's.
    if (!options.durableCommits)
      await admin.query(`ALTER DATABASE ${new URL(database.url).pathname.slice(1)} SET synchronous_commit = off`);
    await admin.query(`CREATE TABLE bench_seeded (side text NOT NULL, record_id uuid NOT NULL);
                       CREATE TABLE bench_handouts (side text NOT NULL, instance int NOT NULL, agent int NOT NULL, record_id uuid NOT NULL)`);

    const sides: SideName[] = ["raw", "product"];
    const campaigns = {} as Record<SideName, string>;
    for (const side of sides) {
      campaigns[side] = (
        await admin.query<{ id: string }>(
          `INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope, pacing_mode)
           VALUES ($1, $2, $2, 'co', 'predictive') RETURNING id`,
          [tenantId, `hopper-${side}`],
        )
      ).rows[0]!.id;
    }
    let seedSeconds = 0;
    const loadAtStart = os.loadavg()[0]!;
    const timed = Object.fromEntries(
      sides.map((side) => [side, { seconds: 0, rounds: [] as number[], results: [] as ClaimResult[] }]),
    );

    /** Queues `count` records in the side's campaign, lets the instances empty it, writes their hand-outs. */
    async function runRound(side: SideName, count: number): Promise<void> {
      const campaignId = campaigns[side];
      const seedStarted = performance.now();
      // Bench data only: the hopper rows are what a claim reads and deletes; their contact records are not written
      // (foreign-key triggers off), as nothing of the claim touches them. Three priorities, a fill every 100 rows.
      await admin.query("SET session_replication_role = replica");
      await admin.query(
        `WITH g AS (SELECT i, gen_random_uuid() AS record_id FROM generate_series(1, $3::int) i),
              s AS (INSERT INTO bench_seeded (side, record_id) SELECT $4, record_id FROM g)
         INSERT INTO dialer_hopper (tenant_id, record_id, campaign_id, priority, queued_at)
         SELECT $1, record_id, $2, 1 + i % 3, timestamptz '2026-12-07 08:00-05' + (i / 100) * interval '2 seconds' FROM g`,
        [tenantId, campaignId, count, side],
      );
      await admin.query("SET session_replication_role = origin");
      await admin.query("VACUUM ANALYZE dialer_hopper");
      seedSeconds += (performance.now() - seedStarted) / 1000;
      for (let i = 0; i < options.instances; i++) {
        claimers.push(
          await startClaimer({
            BENCH_DB_URL: database.url,
            BENCH_TENANT_ID: tenantId,
            BENCH_SIDE: side,
            BENCH_INSTANCE: String(i),
            BENCH_POOL_SIZE: String(options.connections),
          }),
        );
      }
      const started = performance.now();
      const results = await Promise.all(
        claimers.map((claimer, i) =>
          claimer
            .ask<{ result: ClaimResult }>(
              {
                type: "run",
                run: {
                  campaignId,
                  agents: agentsOf(i, options.agents, options.instances),
                  batch: options.batch,
                } satisfies ClaimRun,
              },
              "result",
            )
            .then((answer) => answer.result),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      for (const claimer of claimers) await claimer.ask({ type: "record", side }, "recorded");
      for (const claimer of claimers.splice(0)) await stopClaimer(claimer);
      timed[side]!.seconds += seconds;
      timed[side]!.rounds.push(count / seconds);
      timed[side]!.results.push(...results);
      log(`  ${side}: ${grouped(count)} entregas en ${seconds.toFixed(1)} s → ${grouped(count / seconds)}/s`);
      await admin.query("VACUUM dialer_hopper");
    }

    // Sides interleaved round by round, so a burst of the shared machine's other load falls on both.
    log(
      `  ${options.agents} agentes en ${options.instances} procesos, ${options.connections} conexiones cada uno, ` +
        `${options.rounds} rondas por lado…`,
    );
    for (let round = 0; round < options.rounds; round++) {
      const count = Math.floor(options.handOuts / options.rounds) + (round < options.handOuts % options.rounds ? 1 : 0);
      for (const side of sides) await runRound(side, count);
    }

    const outcomes = {} as Partial<Record<SideName, SideOutcome>>;
    for (const side of sides) {
      const check = (
        await admin.query<SideOutcome["check"]>(
          `SELECT (SELECT count(*) FROM bench_handouts WHERE side = $1)::int AS rows,
                  (SELECT count(DISTINCT record_id) FROM bench_handouts WHERE side = $1)::int AS "distinct",
                  (SELECT count(*) FROM (SELECT record_id FROM bench_handouts WHERE side = $1
                                          GROUP BY record_id HAVING count(*) > 1) d)::int AS duplicates,
                  (SELECT count(*) FROM bench_seeded s WHERE s.side = $1 AND NOT EXISTS
                     (SELECT 1 FROM bench_handouts h WHERE h.side = $1 AND h.record_id = s.record_id))::int AS lost,
                  (SELECT count(*) FROM bench_handouts h WHERE h.side = $1 AND NOT EXISTS
                     (SELECT 1 FROM bench_seeded s WHERE s.side = $1 AND s.record_id = h.record_id))::int AS "foreign",
                  (SELECT count(*) FROM dialer_hopper WHERE campaign_id = $2)::int AS "left"`,
          [side, campaigns[side]],
        )
      ).rows[0]!;
      const { seconds, rounds, results } = timed[side]!;
      outcomes[side] = { seconds, rate: check.rows / seconds, rounds, results, check };
      log(
        `  ${side}: ${grouped(check.rows)} entregas en ${seconds.toFixed(1)} s; duplicadas ${check.duplicates}, ` +
          `perdidas ${check.lost}, ajenas ${check.foreign}, quedan ${check.left}`,
      );
    }
    const raw = outcomes.raw!;
    const product = outcomes.product!;
    const ratio = product.rate / raw.rate;
    const sound = (o: SideOutcome) =>
      o.check.duplicates === 0 &&
      o.check.lost === 0 &&
      o.check.foreign === 0 &&
      o.check.left === 0 &&
      o.check.rows === options.handOuts &&
      o.results.every((r) => r.failures === 0);
    const claims = (o: SideOutcome) => o.results.reduce((n, r) => n + r.claims, 0);
    const latency = (o: SideOutcome) =>
      `p50 ${Math.max(...o.results.map((r) => r.p50Ms)).toFixed(1)} ms, p99 ${Math.max(...o.results.map((r) => r.p99Ms)).toFixed(1)} ms`;
    const measured = [raw, product];
    const failures = measured.flatMap((o) => o.results.flatMap((r) => (r.firstFailure ? [r.firstFailure] : [])));
    const checkText = (o: SideOutcome) =>
      `${o.check.duplicates} duplicates, ${o.check.lost} lost, ${o.check.foreign} strays, ${o.check.left} left`;
    const commits = options.durableCommits
      ? "synchronous_commit on (every claim waits for its WAL flush)"
      : "synchronous_commit = off on the bench database for every side (with it on, each side is bound by the shared " +
        "disk's fsync rate — group commit — not by the claim: `--hopper-durable` measures that)";
    const rows: BenchSection["rows"] = [
      {
        metric: `hand-outs/s, ${options.instances} instances, ${options.agents} agents`,
        value: `${grouped(product.rate)}/s (${product.seconds.toFixed(1)} s)`,
        baseline: `${grouped(raw.rate)}/s (${raw.seconds.toFixed(1)} s)`,
        ratio,
        target: `≥ ${TARGET}×`,
        met: ratio >= TARGET && sound(product) && sound(raw),
        note: failures.length ? `Failed claims (the figure is not valid): ${failures[0]}` : undefined,
      },
      {
        metric: "records handed out twice (bench_handouts)",
        value: `${product.check.duplicates} of ${grouped(product.check.rows)} hand-outs`,
        baseline: `${raw.check.duplicates} of ${grouped(raw.check.rows)} hand-outs`,
        ratio: product.check.rows / raw.check.rows,
        target: "0 duplicates",
        met: measured.every(sound),
        note:
          `Counted by SQL over bench_handouts (${grouped(product.check.distinct)} distinct records on the product side) ` +
          `against the queued records (bench_seeded) and the hopper left: product ${checkText(product)}; raw ${checkText(raw)}` +
          ". The ratio is hand-outs product ÷ raw.",
      },
    ];
    return {
      title: `Dialer hopper (seed 002): ${grouped(options.handOuts)} hand-outs by ${options.agents} agents on ${options.instances} app instances, product claim vs raw SKIP LOCKED`,
      method:
        COMMAND +
        `${grouped(options.handOuts)} records queued per side in one campaign's hopper (dialer_hopper; three priorities, ` +
        `a fill every 100 rows; written set-based in SQL with foreign-key triggers off — the claim reads and deletes only ` +
        `hopper rows — then VACUUM ANALYZE; ${seedSeconds.toFixed(0)} s for all sides). ${options.agents} simulated agents ` +
        `spread over ${options.instances} child processes (separate app instances), each with its own pool of ` +
        `${options.connections} connections; every agent takes ${options.batch} record(s) per claim until the hopper is empty; ${commits}. ` +
        "Measured: the product's claim, claimFromHopper (src/modules/dialer/repo.ts), under row-level security in a tenant " +
        "transaction of createDb (as an app instance takes records). Baseline: one " +
        "autocommit `DELETE FROM dialer_hopper WHERE (tenant_id, record_id) IN (SELECT … WHERE tenant_id = $1 AND " +
        "campaign_id = $2 ORDER BY priority, queued_at, record_id LIMIT n FOR UPDATE SKIP LOCKED) RETURNING record_id` on " +
        `a bare pg.Pool as the table's owner (no RLS), same processes, agents and connections` +
        `, ${options.rounds} rounds of ${grouped(options.handOuts / options.rounds)} records per side interleaved ` +
        `(${sides.join(", ")} in each round), each side on its own campaign queued afresh for its round. ` +
        `Rounds (hand-outs/s) — ${sides.map((side) => `${side}: ${outcomes[side]!.rounds.map((r) => grouped(r)).join(", ")}`).join("; ")}. ` +
        "Every record an agent received is written to the " +
        "table bench_handouts after the timed run; duplicates (a record handed out twice), losses (a queued record never " +
        "handed out) and strays are counted there by SQL, and the hopper must be empty. " +
        `Claims — raw: ${grouped(claims(raw))} (${latency(raw)}); product: ${grouped(claims(product))} (${latency(product)}). ` +
        `Machine load (1-minute load average, 2 cores shared with other runs): ${loadAtStart.toFixed(1)} at the start, ` +
        `${os.loadavg()[0]!.toFixed(1)} at the end; the ratio of one round swings with it, the figure is the sum over rounds. ` +
        CHANGED,
      rows,
    };
  } finally {
    for (const claimer of claimers) await stopClaimer(claimer).catch(() => undefined);
    await admin.end();
    await database.stop();
  }
}
