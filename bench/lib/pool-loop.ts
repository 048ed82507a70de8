import fs from "node:fs";
import pg from "pg";
import { APP_ROLE } from "../../src/platform/db/pool.js";
import type { LoadResult } from "./load.js";
import { percentile } from "./stats.js";

/**
 * The body of a bare pg.Pool baseline child: N concurrent loops, each iteration doing in the database
 * exactly what one API request does (the BEGIN / SET LOCAL ROLE / set_config batch, `query(id)`,
 * COMMIT) with no HTTP, no auth and no JSON serialization. Reads BENCH_DB_URL, BENCH_TENANT_ID,
 * BENCH_IDS_FILE, BENCH_POOL_SIZE and BENCH_CONCURRENCY; answers the parent's "run" messages.
 */
export async function servePoolLoop(query: (client: pg.PoolClient, id: string) => Promise<number>): Promise<void> {
  const url = process.env.BENCH_DB_URL!;
  const tenantId = process.env.BENCH_TENANT_ID!;
  const ids = JSON.parse(fs.readFileSync(process.env.BENCH_IDS_FILE!, "utf8")) as string[];
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_POOL_SIZE ?? 16) });
  const begin = `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`;
  let next = 0;

  async function once(id: string): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query(begin);
      if ((await query(client, id)) !== 1) throw new Error(`cliente ${id} no encontrado`);
      await client.query("COMMIT");
    } finally {
      client.release();
    }
  }

  async function run(seconds: number): Promise<LoadResult> {
    const latencies: number[] = [];
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let failures = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const t = performance.now();
          try {
            await once(ids[next++ % ids.length]!);
            latencies.push(performance.now() - t);
          } catch {
            failures++;
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      requestsPerSecond: latencies.length / elapsed,
      completed: latencies.length,
      seconds: elapsed,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      p99Ms: percentile(latencies, 0.99),
      failures,
    };
  }

  process.on("message", async (message: { type: string; seconds: number }) => {
    if (message.type === "run") process.send?.({ type: "result", result: await run(message.seconds) });
  });
  process.on("SIGTERM", () => pool.end().finally(() => process.exit(0)));
  await once(ids[0]!);
  process.send?.({ type: "ready", port: 0 });
}
