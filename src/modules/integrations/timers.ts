import type { TimerHandler } from "../../platform/timers/timers.js";
import { deliverOutbound } from "./commands/deliver-outbound.js";
import type { OutboundHooks } from "./hooks.js";
import { DELIVER_TASK, type DeliverPayload } from "./schedule.js";

/** The delivery timer task, with the modules' hooks (src/jobs/outbound-hooks.ts). */
export function outboundTimers(hooks: OutboundHooks): Record<string, TimerHandler> {
  return { [DELIVER_TASK]: (ctx, firing) => deliverOutbound(firing.payload as DeliverPayload, ctx, hooks) };
}
