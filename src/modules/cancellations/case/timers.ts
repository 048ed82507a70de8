import type { TimerHandler } from "../../../platform/timers/timers.js";
import { releaseCallback } from "../commands/release-callback.js";
import { CALLBACK_RELEASE_TASK, type CallbackReleasePayload } from "./schedule.js";

/** The dispositions timer tasks, registered in src/jobs/tasks.ts. */
export const DISPOSITION_TIMERS: Record<string, TimerHandler> = {
  [CALLBACK_RELEASE_TASK]: (ctx, firing) => releaseCallback(firing.payload as CallbackReleasePayload, ctx),
};
