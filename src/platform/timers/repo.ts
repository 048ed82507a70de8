import type { Tx } from "../db/pool.js";

/** Queues a timer job in the caller's transaction (see schedule_timer in migration 0002). */
export async function insertTimerJob(
  tx: Tx,
  timer: { tenantId: string; key: string; task: string; runAt: Date; payload: unknown },
): Promise<void> {
  await tx.query("SELECT schedule_timer($1, $2, $3, $4, $5)", [
    timer.tenantId,
    timer.key,
    timer.task,
    timer.runAt,
    JSON.stringify(timer.payload ?? null),
  ]);
}

/** Removes the pending timer job of the transaction's tenant with that key, if any. */
export async function removeTimerJob(tx: Tx, key: string): Promise<void> {
  await tx.query("SELECT cancel_timer($1)", [key]);
}

/** Claims a firing; false when it was already claimed (it fired before). Waits on a concurrent claimer. */
export async function claimFiring(tx: Tx, key: string, runAt: Date, firedAt: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO fired_timers (tenant_id, key, run_at, fired_at) VALUES (current_tenant_id(), $1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [key, runAt, firedAt],
  );
  return rowCount === 1;
}

export async function releaseFiring(tx: Tx, key: string, runAt: Date): Promise<void> {
  await tx.query("DELETE FROM fired_timers WHERE tenant_id = current_tenant_id() AND key = $1 AND run_at = $2", [key, runAt]);
}
