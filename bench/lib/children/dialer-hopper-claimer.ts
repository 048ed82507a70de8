import pg from "pg";
import { claimFromHopper } from "../../../src/modules/dialer/repo.js";
import { createDb } from "../../../src/platform/db/pool.js";
import { percentile } from "../stats.js";

// One app instance of the dialer-hopper scenario (bench/dialer-hopper.ts): its own connection pool and N simulated
// agents, each taking records out of the campaign's hopper until it is empty.
//  product: the dialer's claim, claimFromHopper (src/modules/dialer/repo.ts), inside createDb's tenant transaction
//           (BEGIN / SET LOCAL ROLE / app.tenant_id, the claim, COMMIT: three round trips) under row-level security;
//  raw:     the baseline — one autocommit statement on a bare pg.Pool as the table's owner: DELETE … WHERE key IN
//           (SELECT … ORDER BY the same order LIMIT n FOR UPDATE SKIP LOCKED) RETURNING, no transaction block, no RLS.
// Every record an agent got is kept (with its agent) and written to bench_handouts only after the timed run, so the
// parent verifies duplicates and losses from that table, not from these counters.
// Reads BENCH_DB_URL, BENCH_TENANT_ID, BENCH_SIDE, BENCH_INSTANCE, BENCH_POOL_SIZE; answers "run" and "record".

export interface ClaimRun {
  campaignId: string;
  agents: number;
  /** Records asked for per claim. */
  batch: number;
}

export interface ClaimResult {
  claims: number;
  handOuts: number;
  /** Claims that came back empty while the hopper still had rows (held by other claimers): the agent's last one. */
  emptyClaims: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  firstFailure?: string;
}

type Message = { type: "run"; run: ClaimRun } | { type: "record"; side: string };

const RAW_CLAIM = `DELETE FROM dialer_hopper
  WHERE (tenant_id, record_id) IN (
    SELECT tenant_id, record_id FROM dialer_hopper WHERE tenant_id = $1 AND campaign_id = $2
     ORDER BY priority, queued_at, record_id LIMIT $3 FOR UPDATE SKIP LOCKED)
  RETURNING record_id`;

const url = process.env.BENCH_DB_URL!;
const tenantId = process.env.BENCH_TENANT_ID!;
const side = process.env.BENCH_SIDE as "product" | "raw";
const instance = Number(process.env.BENCH_INSTANCE ?? 0);
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 8);

const db = side === "raw" ? undefined : createDb(url, poolSize);
const pool = side === "raw" ? new pg.Pool({ connectionString: url, max: poolSize }) : undefined;

function claim(campaignId: string, n: number): Promise<string[]> {
  if (db) return db.tenant(tenantId, (tx) => claimFromHopper(tx, campaignId, n));
  return pool!
    .query<{ record_id: string }>(RAW_CLAIM, [tenantId, campaignId, n])
    .then((result) => result.rows.map((row) => row.record_id));
}

const handedOut: string[] = [];
const agentOf: number[] = [];

async function run({ campaignId, agents, batch }: ClaimRun): Promise<ClaimResult> {
  const latencies: number[] = [];
  let emptyClaims = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: agents }, async (_, agent) => {
      for (;;) {
        const t = performance.now();
        let ids: string[];
        try {
          ids = await claim(campaignId, batch);
        } catch (error) {
          failures++;
          firstFailure ??= (error as Error).message;
          if (failures > 100) return;
          continue;
        }
        latencies.push(performance.now() - t);
        // Empty: every row left is held by another claimer's statement, which deletes it — this agent is done.
        if (ids.length === 0) {
          emptyClaims++;
          return;
        }
        for (const id of ids) {
          handedOut.push(id);
          agentOf.push(agent);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    claims: latencies.length,
    handOuts: handedOut.length,
    emptyClaims,
    seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    failures,
    firstFailure,
  };
}

/** Writes every hand-out of this instance to bench_handouts, in chunks, on a connection of its own. */
async function record(sideName: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const chunk = 50_000;
    for (let i = 0; i < handedOut.length; i += chunk) {
      await client.query(
        `INSERT INTO bench_handouts (side, instance, agent, record_id)
         SELECT $1, $2, a, r FROM unnest($3::int[], $4::uuid[]) AS u(a, r)`,
        [sideName, instance, agentOf.slice(i, i + chunk), handedOut.slice(i, i + chunk)],
      );
    }
    return handedOut.length;
  } finally {
    await client.end();
  }
}

process.on("message", async (message: Message) => {
  try {
    if (message.type === "run") process.send?.({ type: "result", result: await run(message.run) });
    else process.send?.({ type: "recorded", rows: await record(message.side) });
  } catch (error) {
    process.send?.({ type: "error", message: (error as Error).message });
  }
});
process.on("SIGTERM", () => {
  const closing = db ? db.close() : pool!.end();
  closing.finally(() => process.exit(0));
});

// Warm-up: every connection of the pool opened and the claim planned, on a campaign with nothing in its hopper.
const nothing = "00000000-0000-4000-8000-000000000000";
await Promise.all(Array.from({ length: poolSize * 4 }, () => claim(nothing, 1)));
process.send?.({ type: "ready", port: 0 });
