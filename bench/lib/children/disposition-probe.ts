// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import fs from "node:fs";
import pg from "pg";
import { setDisposition } from "../../../src/modules/cancellations/commands/set-disposition.js";
import type { Actor } from "../../../src/platform/context.js";
import { APP_ROLE, type Tx } from "../../../src/platform/db/pool.js";
import { percentile } from "../stats.js";

// The dispositions comparison (bench/dispositions.ts), one job per process:
//  record: runs the disposition command for each baseline case in a transaction that is rolled back,
//          keeping every SQL statement it sent, with its parameters, in order (and the ids it got back);
//  replay: the baseline — those recorded statements on a bare pg.Pool, one transaction per case, from
//          N concurrent loops (one per advisor): the same SQL with no HTTP, auth, rules or JSON;
//  load:   the measured side — N advisors each POSTing their own cases' dispositions to the full app.

export interface Disposition {
  stateCode: string;
  motiveCode: string;
  expectedVersion: number;
}

export type DispositionJob =
  | {
      mode: "record";
      url: string;
      advisors: Actor[];
      cases: Array<{ id: string; advisor: number }>;
      body: Disposition;
      out: string;
    }
  | { mode: "replay"; url: string; tenantId: string; file: string; concurrency: number }
  | { mode: "load"; baseUrl: string; tokens: string[]; cases: Array<{ id: string; advisor: number }>; body: Disposition };

export interface DispositionResult {
  ms: number;
  rows: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  statementsPerCase?: number;
  firstFailure?: string;
}

/** One statement of a recorded case: its text (an index into `texts`), its parameters, and the ids it returned. */
type Statement = [number, unknown[], string[]];

interface Recording {
  tenantId: string;
  texts: string[];
  cases: Array<{ advisor: number; statements: Statement[] }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids (UUIDs) in a result's rows, in order: the database generated them (a disposition's, a deadline's). */
function returnedIds(result: { rows?: Array<Record<string, unknown>> } | undefined): string[] {
  return (result?.rows ?? []).flatMap((row) =>
    Object.values(row).filter((v): v is string => typeof v === "string" && UUID.test(v)),
  );
}

/** A recorded parameter with the ids generated at recording time replaced by those of the replay. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (ids.size === 0) return value;
  if (typeof value === "string") {
    let text = value;
    for (const [recorded, replayed] of ids) if (text.includes(recorded)) text = text.replaceAll(recorded, replayed);
    return text;
  }
  return Array.isArray(value) ? value.map((v) => remap(v, ids)) : value;
}

const beginFor = (tenantId: string) =>
  `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId}', true)`;

async function record(job: Extract<DispositionJob, { mode: "record" }>): Promise<DispositionResult> {
  const pool = new pg.Pool({ connectionString: job.url, max: 2 });
  const texts: string[] = [];
  const index = new Map<string, number>();
  const recording: Recording = { tenantId: job.advisors[0]!.tenantId, texts, cases: [] };
  const started = performance.now();
  try {
    for (const item of job.cases) {
      const actor: Actor = { ...job.advisors[item.advisor]!, permissions: new Set() };
      const client = await pool.connect();
      const statements: Statement[] = [];
      // The command's transaction, with every statement it sends written down on the way.
      const recorder = new Proxy(client, {
        get(target, property) {
          if (property === "query") {
            return (text: unknown, values?: unknown[]) => {
              if (typeof text !== "string") throw new Error("solo se registran consultas de texto");
              let at = index.get(text);
              if (at === undefined) {
                at = texts.push(text) - 1;
                index.set(text, at);
              }
              const statement: Statement = [at, values ?? [], []];
              statements.push(statement);
              return target.query(text, values).then((result: { rows?: Array<Record<string, unknown>> }) => {
                statement[2] = returnedIds(result);
                return result;
              });
            };
          }
          const value = Reflect.get(target, property);
          return typeof value === "function" ? value.bind(target) : value;
        },
      }) as Tx;
      try {
        await client.query(beginFor(actor.tenantId));
        await setDisposition(item.id, job.body, { tx: recorder, actor, now: new Date() });
      } finally {
        await client.query("ROLLBACK");
        client.release();
      }
      recording.cases.push({ advisor: item.advisor, statements });
    }
  } finally {
    await pool.end();
  }
  fs.writeFileSync(job.out, JSON.stringify(recording));
  const statements = recording.cases.reduce((sum, c) => sum + c.statements.length, 0);
  return {
    ms: performance.now() - started,
    rows: recording.cases.length,
    p50Ms: 0,
    p99Ms: 0,
    failures: 0,
    statementsPerCase: statements / Math.max(1, recording.cases.length),
  };
}

/** Runs each advisor's work on its own loop; returns the elapsed time and every item's latency. */
async function concurrently<T>(groups: T[][], work: (item: T) => Promise<void>) {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  await Promise.all(
    groups.map(async (items) => {
      for (const item of items) {
        const t = performance.now();
        try {
          await work(item);
          latencies.push(performance.now() - t);
        } catch (error) {
          failures++;
          firstFailure ??= (error as Error).message;
        }
      }
    }),
  );
  const ms = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    ms,
    rows: latencies.length,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    failures,
    firstFailure,
  };
}

function byAdvisor<T extends { advisor: number }>(items: T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    groups[item.advisor] ??= [];
    groups[item.advisor]!.push(item);
  }
  return groups.filter(Boolean);
}

async function replay(job: Extract<DispositionJob, { mode: "replay" }>): Promise<DispositionResult> {
  const recording = JSON.parse(fs.readFileSync(job.file, "utf8")) as Recording;
  const pool = new pg.Pool({ connectionString: job.url, max: job.concurrency });
  const begin = beginFor(job.tenantId);
  try {
    return await concurrently(byAdvisor(recording.cases), async (item) => {
      const client = await pool.connect();
      // Ids the database generates (a disposition's, a deadline's) differ from the recording's: later
      // statements get the new ones, exactly as the command would have passed them on.
      const ids = new Map<string, string>();
      try {
        await client.query(begin);
        for (const [text, values, returned] of item.statements) {
          const result = await client.query(
            recording.texts[text]!,
            values.map((v) => remap(v, ids)),
          );
          const fresh = returnedIds(result);
          returned.forEach((recorded, i) => {
            if (fresh[i] && fresh[i] !== recorded) ids.set(recorded, fresh[i]);
          });
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}

async function load(job: Extract<DispositionJob, { mode: "load" }>): Promise<DispositionResult> {
  const body = JSON.stringify(job.body);
  return concurrently(byAdvisor(job.cases), async (item) => {
    const response = await fetch(`${job.baseUrl}/api/complaint-cases/${item.id}/disposition`, {
      method: "POST",
      headers: { authorization: `Bearer ${job.tokens[item.advisor]}`, "content-type": "application/json" },
      body,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  });
}

const JOBS = { record, replay, load } as const;

process.once("message", async (job: DispositionJob) => {
  try {
    const result = await (JOBS[job.mode] as (job: DispositionJob) => Promise<DispositionResult>)(job);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
