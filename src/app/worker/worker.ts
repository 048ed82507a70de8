import { Logger, type Runner, run, type TaskList } from "graphile-worker";
import type { Db } from "../../platform/db/pool.js";
import { timerTasks } from "../../platform/manifest.js";
import "../modules.js";
import { fireTimer, parseTimerEnvelope, type TimerHandler } from "../../platform/timers/timers.js";

/** Where worker messages go: the app's pino logger, or anything with the same four methods. */
export interface WorkerLog {
  error(object: unknown, message?: string): void;
  warn(object: unknown, message?: string): void;
  info(object: unknown, message?: string): void;
  debug(object: unknown, message?: string): void;
}

export interface WorkerOptions {
  db: Db;
  /** Jobs run at once by this process; several processes may run workers on the same database. */
  concurrency?: number;
  /** How often (ms) to look for timers that came due; new jobs due now are noticed at once via LISTEN. */
  pollInterval?: number;
  log?: WorkerLog;
  /** The timer handlers to run (default: every module's, from tasks.ts). */
  timers?: Record<string, TimerHandler>;
  /** Extra raw graphile-worker tasks (tests use them to simulate crashes). */
  tasks?: TaskList;
}

export interface JobWorker {
  runner: Runner;
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
}

const SILENT: WorkerLog = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };

function loggerFor(log: WorkerLog): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const entry = { worker: scope, ...(meta ?? {}) };
    if (level === "error") log.error(entry, message);
    else if (level === "warning") log.warn(entry, message);
    else if (level === "info") log.debug(entry, message);
    else log.debug(entry, message);
  });
}

/** The graphile-worker task list: each timer task fires its handler exactly once in effect. */
export function timerTaskList(db: Db, timers: Record<string, TimerHandler>): TaskList {
  const list: TaskList = {};
  for (const [task, handler] of Object.entries(timers)) {
    list[task] = async (payload) => {
      await fireTimer(db, handler, parseTimerEnvelope(payload));
    };
  }
  return list;
}

/** Starts the durable job worker (graphile-worker) of this process; stop it before closing the database. */
export async function startWorker(options: WorkerOptions): Promise<JobWorker> {
  const log = options.log ?? SILENT;
  const concurrency = options.concurrency ?? 2;
  const runner = await run({
    connectionString: options.db.url,
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    logger: loggerFor(log),
    taskList: { ...timerTaskList(options.db, options.timers ?? timerTasks()), ...options.tasks },
  });
  runner.promise.catch((error: unknown) => log.error({ err: error }, "el trabajador de tareas se detuvo con error"));
  let stopping: Promise<void> | undefined;
  return {
    runner,
    stop() {
      stopping ??= runner.stop();
      return stopping;
    },
  };
}
