import type { Db } from "../../src/platform/db/pool.js";
import { timerTasks } from "../../src/platform/manifest.js";
import { fireTimer } from "../../src/platform/timers/timers.js";

/** A tenant's pending timer job of one key, as graphile-worker holds it. */
export async function pendingTimer(db: Db, tenantId: string, key: string) {
  const { rows } = await db.pool.query<{ task: string; run_at: Date; payload: { payload: unknown } }>(
    `SELECT t.identifier AS task, j.run_at, j.payload FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = $1`,
    [`timer:${tenantId}:${key}`],
  );
  return rows[0];
}

/** Fires a tenant's pending timer the way the worker does, with the clock at `now`. */
export async function firePendingTimer(db: Db, tenantId: string, key: string, now: Date) {
  const job = await pendingTimer(db, tenantId, key);
  if (!job) throw new Error(`no hay temporizador ${key}`);
  return fireTimer(
    db,
    timerTasks()[job.task]!,
    { tenantId, key, runAt: job.run_at.toISOString(), payload: job.payload.payload },
    () => now,
  );
}
