import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type JobWorker, startWorker } from "../../src/app/worker/worker.js";
import type { TimelineAction } from "../../src/platform/timeline/actions.js";
import { recordEvent } from "../../src/platform/timeline/record-event.js";
import {
  cancelTimer,
  type FiringOutcome,
  fireTimer,
  parseTimerEnvelope,
  scheduleTimer,
  type TimerHandler,
} from "../../src/platform/timers/timers.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { sleep, waitFor } from "../support/wait.js";

let testDb: TestDatabase;
let tenant: TestTenant;
let other: TestTenant;
const workers: JobWorker[] = [];

/** A deliberately non-idempotent effect: each run appends one timeline event, so a repeat would show (a test-only action, undeclared). */
const appendEvent: TimerHandler = async (ctx, firing) => {
  await recordEvent(ctx, {
    subjectType: "timer",
    subjectId: firing.key,
    action: "timer_fired" as TimelineAction,
    after: firing.payload,
  });
  return true;
};
const TIMERS = { "test.append": appendEvent };

async function schedule(key: string, runAt: Date, task = "test.append", tenantId = tenant.tenantId) {
  await testDb.db.tenant(tenantId, (tx) => scheduleTimer(tx, { tenantId, key, runAt, task, payload: { key } }));
}

async function firings(key: string, tenantId = tenant.tenantId): Promise<number> {
  const { rows } = await testDb.db.tenant(tenantId, (tx) =>
    tx.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE subject_type = 'timer' AND subject_id = $1", [key]),
  );
  return rows[0]!.n;
}

async function pendingJobs(key: string, tenantId = tenant.tenantId): Promise<number> {
  const { rows } = await testDb.db.pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key = $1 OR payload->>'key' = $2 AND payload->>'tenantId' = $3",
    [`timer:${tenantId}:${key}`, key, tenantId],
  );
  return rows[0]!.n;
}

async function worker(options: Partial<Parameters<typeof startWorker>[0]> = {}): Promise<JobWorker> {
  const started = await startWorker({ db: testDb.db, pollInterval: 100, concurrency: 2, timers: TIMERS, ...options });
  workers.push(started);
  return started;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "timers");
  other = await buildTenant(testDb.db, "timers-otro");
});
afterEach(async () => {
  for (const running of workers.splice(0)) await running.stop();
});
afterAll(async () => {
  await testDb?.drop();
});

describe("durable timers", () => {
  it("a timer that came due while no worker ran fires once when a worker starts, and not again on restart", async () => {
    await schedule("overdue", new Date(Date.now() + 1000));
    await sleep(1500);
    expect(await firings("overdue")).toBe(0);
    expect(await pendingJobs("overdue")).toBe(1);

    const first = await worker();
    await waitFor(async () => (await firings("overdue")) === 1, "el temporizador vencido se dispara");
    await waitFor(async () => (await pendingJobs("overdue")) === 0, "el trabajo se completa");
    await first.stop();

    await worker();
    await sleep(500);
    expect(await firings("overdue")).toBe(1);
  });

  it("is scheduled with its transaction: a rolled-back transaction leaves no timer", async () => {
    await expect(
      testDb.db.tenant(tenant.tenantId, async (tx) => {
        await scheduleTimer(tx, {
          tenantId: tenant.tenantId,
          key: "rolled-back",
          runAt: new Date(),
          task: "test.append",
          payload: {},
        });
        throw new Error("falla después de programar");
      }),
    ).rejects.toThrow("falla después de programar");
    expect(await pendingJobs("rolled-back")).toBe(0);
  });

  it("two workers on one database fire each of N timers exactly once", async () => {
    const count = 40;
    const runAt = new Date(Date.now() + 1500);
    for (let i = 0; i < count; i++) await schedule(`many-${i}`, runAt);
    // Each worker counts what it ran, to show both took part.
    const ran = [0, 0];
    const counting =
      (index: number): TimerHandler =>
      async (ctx, firing) => {
        ran[index]!++;
        return appendEvent(ctx, firing);
      };
    await Promise.all([
      worker({ concurrency: 3, timers: { "test.append": counting(0) } }),
      worker({ concurrency: 3, timers: { "test.append": counting(1) } }),
    ]);
    await waitFor(async () => {
      const { rows } = await testDb.db.pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND subject_id LIKE 'many-%'",
        [tenant.tenantId],
      );
      return rows[0]!.n >= count;
    }, "todos los temporizadores se disparan");
    await sleep(500);
    const { rows } = await testDb.db.pool.query<{ key: string; n: number }>(
      `SELECT subject_id AS key, count(*)::int AS n FROM events
        WHERE tenant_id = $1 AND subject_id LIKE 'many-%' GROUP BY subject_id`,
      [tenant.tenantId],
    );
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const fired = await testDb.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM fired_timers WHERE tenant_id = $1 AND key LIKE 'many-%'",
      [tenant.tenantId],
    );
    expect(fired.rows[0]!.n).toBe(count);
    expect(ran[0]! + ran[1]!).toBe(count);
    expect(ran[0]).toBeGreaterThan(0);
    expect(ran[1]).toBeGreaterThan(0);
  });

  it("a job whose effect committed but whose completion was lost does not repeat the effect on retry", async () => {
    const outcomes: FiringOutcome[] = [];
    await worker({
      tasks: {
        // Fires the timer, then "crashes" before graphile-worker records the job as done: the job is retried.
        "test.crash_after_commit": async (payload, helpers) => {
          outcomes.push(await fireTimer(testDb.db, appendEvent, parseTimerEnvelope(payload)));
          if (helpers.job.attempts === 1) throw new Error("caída simulada después del commit");
        },
      },
    });
    await schedule("crashy", new Date(), "test.crash_after_commit");
    await waitFor(() => outcomes.length >= 2, "el trabajo se reintenta tras la caída", 20_000);
    await waitFor(async () => (await pendingJobs("crashy")) === 0, "el reintento completa el trabajo");
    expect(outcomes).toEqual(["fired", "already_fired"]);
    expect(await firings("crashy")).toBe(1);
  });

  it("the same job added again after it fired (same key, same instant) does not repeat the effect", async () => {
    const runAt = new Date(Date.now() - 1000);
    await worker();
    await schedule("twice", runAt);
    await waitFor(async () => (await firings("twice")) === 1 && (await pendingJobs("twice")) === 0, "primer disparo");
    await schedule("twice", runAt);
    await waitFor(async () => (await pendingJobs("twice")) === 0, "el duplicado se procesa");
    expect(await firings("twice")).toBe(1);
    // A new instant for the same key is a new firing.
    await schedule("twice", new Date());
    await waitFor(async () => (await firings("twice")) === 2, "un nuevo instante se dispara");
  });

  it("rescheduling a key moves its single job; cancelling it removes it", async () => {
    await schedule("moved", new Date(Date.now() + 3_600_000));
    await schedule("moved", new Date(Date.now() + 200));
    expect(await pendingJobs("moved")).toBe(1);
    await schedule("cancelled", new Date(Date.now() + 200));
    await testDb.db.tenant(tenant.tenantId, (tx) => cancelTimer(tx, "cancelled"));
    expect(await pendingJobs("cancelled")).toBe(0);
    await worker();
    await waitFor(async () => (await firings("moved")) === 1, "el temporizador movido se dispara");
    await sleep(400);
    expect(await firings("cancelled")).toBe(0);
  });

  it("a handler with nothing to do leaves the firing unrecorded, so the key may fire again", async () => {
    let applies = false;
    const conditional: TimerHandler = async (ctx, firing) => (applies ? appendEvent(ctx, firing) : false);
    const envelope = { tenantId: tenant.tenantId, key: "conditional", runAt: new Date().toISOString(), payload: {} };
    expect(await fireTimer(testDb.db, conditional, envelope)).toBe("nothing_to_do");
    applies = true;
    expect(await fireTimer(testDb.db, conditional, envelope)).toBe("fired");
    expect(await fireTimer(testDb.db, conditional, envelope)).toBe("already_fired");
    expect(await firings("conditional")).toBe(1);
  });

  it("keeps tenants apart: same key in two tenants are two timers; no tenant schedules for another", async () => {
    const runAt = new Date(Date.now() - 100);
    await schedule("shared-key", runAt);
    await schedule("shared-key", runAt, "test.append", other.tenantId);
    await worker();
    await waitFor(
      async () => (await firings("shared-key")) === 1 && (await firings("shared-key", other.tenantId)) === 1,
      "cada operador dispara el suyo",
    );
    await expect(
      testDb.db.tenant(tenant.tenantId, (tx) =>
        scheduleTimer(tx, { tenantId: other.tenantId, key: "intruso", runAt, task: "test.append", payload: {} }),
      ),
    ).rejects.toThrow(/otro/);
  });
});
