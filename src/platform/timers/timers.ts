import { type CommandContext, systemActor } from "../context.js";
import type { Db, Tx } from "../db/pool.js";
import { claimFiring, insertTimerJob, releaseFiring, removeTimerJob } from "./repo.js";

export interface TimerSpec<P = unknown> {
  tenantId: string;
  /** Unique per tenant and purpose, e.g. `deadline:<id>:due`; scheduling the same key again replaces it. */
  key: string;
  runAt: Date;
  /** The timer task that fires it (a key of TIMER_TASKS in src/jobs/tasks.ts). */
  task: string;
  payload: P;
}

/** One firing of a timer, as its handler receives it. */
export interface TimerFiring<P = unknown> {
  key: string;
  runAt: Date;
  payload: P;
}

/**
 * A timer's effect. It runs in a tenant transaction as the system actor, with `now` read when it fires.
 * It returns true when it applied its effect, false when there was nothing to do (e.g. the deadline
 * was paused meanwhile) — then the firing is not recorded and the same key and instant may fire again.
 */
export type TimerHandler<P = unknown> = (ctx: CommandContext, firing: TimerFiring<P>) => Promise<boolean>;

/** The job payload graphile-worker carries (built by schedule_timer, tenant stamped by the database). */
export interface TimerEnvelope {
  tenantId: string;
  key: string;
  runAt: string;
  payload: unknown;
}

/**
 * Schedules a durable timer inside the caller's transaction: it exists only if that transaction commits,
 * survives restarts (a timer that came due while no worker ran fires at the next start) and fires once.
 * Scheduling an existing key again moves it (graphile-worker job_key semantics).
 */
export async function scheduleTimer<P>(tx: Tx, timer: TimerSpec<P>): Promise<void> {
  await insertTimerJob(tx, timer);
}

/** Cancels the pending timer of the transaction's tenant with this key (no error if there is none). */
export async function cancelTimer(tx: Tx, key: string): Promise<void> {
  await removeTimerJob(tx, key);
}

export type FiringOutcome = "fired" | "already_fired" | "nothing_to_do";

/**
 * Fires one timer exactly once in effect: the firing (key, runAt) is recorded in fired_timers in the same
 * transaction as the handler's effect, so a job retried after its effect committed finds the record and
 * does nothing, and two workers racing on a duplicate job serialize on the record's primary key.
 */
export async function fireTimer(
  db: Db,
  handler: TimerHandler,
  envelope: TimerEnvelope,
  clock = () => new Date(),
): Promise<FiringOutcome> {
  const runAt = new Date(envelope.runAt);
  return db.tenant(envelope.tenantId, async (tx) => {
    const now = clock();
    if (!(await claimFiring(tx, envelope.key, runAt, now))) return "already_fired";
    const applied = await handler(
      { tx, actor: systemActor(envelope.tenantId), now },
      { key: envelope.key, runAt, payload: envelope.payload },
    );
    if (applied) return "fired";
    await releaseFiring(tx, envelope.key, runAt);
    return "nothing_to_do";
  });
}

/** Reads and checks a timer job's payload. */
export function parseTimerEnvelope(payload: unknown): TimerEnvelope {
  const value = payload as Partial<TimerEnvelope> | null;
  if (
    !value ||
    typeof value.tenantId !== "string" ||
    typeof value.key !== "string" ||
    typeof value.runAt !== "string" ||
    Number.isNaN(Date.parse(value.runAt))
  ) {
    throw new Error(`Carga de temporizador inválida: ${JSON.stringify(payload)}`);
  }
  return value as TimerEnvelope;
}
