import type { TimerHandler } from "../../platform/timers/timers.js";
import { alertFollowUpDue } from "./commands/alert-follow-up-due.js";
import { FOLLOW_UP_DUE_TASK, type FollowUpTimerPayload } from "./schedule.js";

/** The follow-up timer task, registered in src/jobs/tasks.ts. */
export const FOLLOW_UP_TIMERS: Record<string, TimerHandler> = {
  [FOLLOW_UP_DUE_TASK]: (ctx, firing) => alertFollowUpDue(firing.payload as FollowUpTimerPayload, ctx),
};
