import type { TimerHandler } from "../../platform/timers/timers.js";
import { alertDeadlineAtRisk } from "./commands/alert-deadline-at-risk.js";
import { breachDeadline } from "./commands/breach-deadline.js";
import { AT_RISK_TASK, type DeadlineTimerPayload, DUE_TASK } from "./schedule.js";

/** The deadline timer tasks, registered in src/jobs/tasks.ts. */
export const DEADLINE_TIMERS: Record<string, TimerHandler> = {
  [AT_RISK_TASK]: (ctx, firing) => alertDeadlineAtRisk(firing.payload as DeadlineTimerPayload, ctx),
  [DUE_TASK]: (ctx, firing) => breachDeadline(firing.payload as DeadlineTimerPayload, ctx),
};
