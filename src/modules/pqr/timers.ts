import type { TimerHandler } from "../../platform/timers/timers.js";
import { alertPqrAtRisk, closePqrAppealWindow, flagPqrSilence } from "./commands/clock-timers.js";
import { PQR_APPEAL_WINDOW_TASK, PQR_AT_RISK_TASK, PQR_SILENCE_TASK, type PqrTimerPayload } from "./schedule.js";

/** The PQR timer tasks (manifest `timers`). */
export const PQR_TIMERS: Record<string, TimerHandler> = {
  [PQR_AT_RISK_TASK]: (ctx, firing) => alertPqrAtRisk(firing.payload as PqrTimerPayload, ctx),
  [PQR_SILENCE_TASK]: (ctx, firing) => flagPqrSilence(firing.payload as PqrTimerPayload, ctx),
  [PQR_APPEAL_WINDOW_TASK]: (ctx, firing) => closePqrAppealWindow(firing.payload as { pqrId: string; endsOn: string }, ctx),
};
