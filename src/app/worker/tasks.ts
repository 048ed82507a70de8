import { DEADLINE_TIMERS } from "../../modules/deadlines/timers.js";
import { DISPOSITION_TIMERS } from "../../modules/dispositions/timers.js";
import { FOLLOW_UP_TIMERS } from "../../modules/followups/timers.js";
import { outboundTimers } from "../../modules/integrations/timers.js";
import { RETENTION_TIMERS } from "../../modules/retention/timers.js";
import { OUTBOUND_HOOKS } from "./outbound-hooks.js";
import type { TimerHandler } from "../../platform/timers/timers.js";

/**
 * Every timer task the worker runs, by task name. A module with timers adds one line here; a name
 * scheduled with scheduleTimer must appear here, or its jobs wait for a worker that knows it.
 */
export const TIMER_TASKS: Record<string, TimerHandler> = {
  ...DEADLINE_TIMERS,
  ...outboundTimers(OUTBOUND_HOOKS),
  ...RETENTION_TIMERS,
  ...FOLLOW_UP_TIMERS,
  ...DISPOSITION_TIMERS,
};
