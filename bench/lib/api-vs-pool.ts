import fs from "node:fs/promises";
import path from "node:path";
import { compareSides, type Side, type SideOutcome, type Timing } from "./compare.js";
import { benchAdvisorToken } from "./fixtures.js";
import { runLoad } from "./load.js";
import { type Service, startService } from "./service.js";

export interface ApiVsPoolOptions extends Timing {
  databaseUrl: string;
  /** The customers requested, in the same order by both sides. */
  ids: string[];
  /** The API path of one customer, e.g. `(id) => /api/customers/${id}`. */
  apiPath: (id: string) => string;
  /** The bare-pool baseline child in bench/lib/children/. */
  poolChild: string;
  /** Where the ids and paths files go (bench/.work), named after `name`. */
  workDir: string;
  name: string;
  concurrency: number;
  /** Throws when the app's answer for the first customer is not a real page. */
  checkAnswer: (body: unknown) => void;
  log: (line: string) => void;
  /** The roles of the token's user (an advisor unless said). */
  roles?: string[];
  /** More sides on the same app, compared in the same interleaved rounds (e.g. a write route). */
  extraSides?: (app: { pid: number; port: number; headers: Record<string, string> }) => Side[];
}

/**
 * The app's API (in its own process, loaded by autocannon with N connections, advisor's Bearer token)
 * against a bare pg.Pool child running the same SQL from N loops, on the same customer ids, compared in
 * interleaved rounds. Services started are pushed to `services` so the caller stops them.
 */
export async function compareApiWithPool(
  options: ApiVsPoolOptions,
  services: Service[],
): Promise<{ app: SideOutcome; pool: SideOutcome; extra: Record<string, SideOutcome> }> {
  await fs.mkdir(options.workDir, { recursive: true });
  const idsFile = path.join(options.workDir, `${options.name}-ids.json`);
  const pathsFile = path.join(options.workDir, `${options.name}-paths.json`);
  await fs.writeFile(idsFile, JSON.stringify(options.ids));
  await fs.writeFile(pathsFile, JSON.stringify(options.ids.map(options.apiPath)));

  const { tenantId, token } = await benchAdvisorToken(options.databaseUrl, options.roles);
  const size = String(options.concurrency);
  const app = await startService("app-server.ts", {
    BENCH_DB_URL: options.databaseUrl,
    BENCH_LOG_LEVEL: "warn",
    BENCH_POOL_SIZE: size,
  });
  services.push(app);
  const pool = await startService(options.poolChild, {
    BENCH_DB_URL: options.databaseUrl,
    BENCH_TENANT_ID: tenantId,
    BENCH_IDS_FILE: idsFile,
    BENCH_POOL_SIZE: size,
    BENCH_CONCURRENCY: size,
  });
  services.push(pool);

  const headers = { authorization: `Bearer ${token}` };
  const first = options.apiPath(options.ids[0]!);
  const check = await fetch(`http://127.0.0.1:${app.port}${first}`, { headers });
  if (check.status !== 200) throw new Error(`GET ${first} respondió ${check.status}: ${await check.text()}`);
  options.checkAnswer(await check.json());

  const extra = options.extraSides?.({ pid: app.pid, port: app.port, headers }) ?? [];
  const outcome = await compareSides(
    [
      { name: "pg.Pool", pid: pool.pid, run: (seconds) => pool.run(seconds) },
      {
        name: "app",
        pid: app.pid,
        run: (seconds) =>
          runLoad({ url: `http://127.0.0.1:${app.port}`, connections: options.concurrency, seconds, headers, pathsFile }),
      },
      ...extra,
    ],
    options,
    options.log,
  );
  return {
    app: outcome.app!,
    pool: outcome["pg.Pool"]!,
    extra: Object.fromEntries(extra.map((side) => [side.name, outcome[side.name]!])),
  };
}
