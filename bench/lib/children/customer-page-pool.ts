import fs from "node:fs";
import pg from "pg";
import { APP_ROLE } from "../../../src/db/pool.js";
import { CUSTOMER_PAGE_SQL } from "../../../src/modules/customers/repo.js";
import { BILLING_MONTHS, CLAIM_WINDOW_DAYS } from "../../../src/modules/customers/routes.js";
import type { LoadResult } from "../load.js";
import { percentile } from "../stats.js";

// The baseline of the customer-page scenario: a bare pg.Pool running the page's SQL exactly as a
// request does (one transaction: the BEGIN / SET LOCAL ROLE / set_config batch, the query, COMMIT),
// from N concurrent loops, with no HTTP, no auth and no JSON serialization.
const url = process.env.BENCH_DB_URL!;
const tenantId = process.env.BENCH_TENANT_ID!;
const ids = JSON.parse(fs.readFileSync(process.env.BENCH_IDS_FILE!, "utf8")) as string[];
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_POOL_SIZE ?? 16) });
const begin = `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`;
let next = 0;

async function loadPage(id: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const { rows } = await client.query(CUSTOMER_PAGE_SQL, [id, new Date(), CLAIM_WINDOW_DAYS, BILLING_MONTHS]);
    if (rows.length !== 1) throw new Error(`cliente ${id} no encontrado`);
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
          await loadPage(ids[next++ % ids.length]!);
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
    p99Ms: percentile(latencies, 0.99),
    failures,
  };
}

process.on("message", async (message: { type: string; seconds: number }) => {
  if (message.type === "run") process.send?.({ type: "result", result: await run(message.seconds) });
});
process.on("SIGTERM", () => pool.end().finally(() => process.exit(0)));
await loadPage(ids[0]!);
process.send?.({ type: "ready", port: 0 });
