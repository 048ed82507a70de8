import type { TimerHandler } from "../../../platform/timers/timers.js";
import { releaseCallback } from "../commands/release-callback.js";
import { CALLBACK_RELEASE_TASK, type CallbackReleasePayload } from "./schedule.js";

/** The cancellations timer tasks (the manifest registers them). */
export const CANCELLATION_TIMERS: Record<string, TimerHandler> = {
  [CALLBACK_RELEASE_TASK]: (ctx, firing) => releaseCallback(firing.payload as CallbackReleasePayload, ctx),
};
