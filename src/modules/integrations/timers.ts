import type { OutboundHooks } from "../../platform/extensions/outbound.js";
import { outboundHooks } from "../../platform/manifest.js";
import type { TimerHandler } from "../../platform/timers/timers.js";
import { deliverOutbound } from "./commands/deliver-outbound.js";
import { DELIVER_TASK, type DeliverPayload } from "./schedule.js";

/** The delivery timer task with the given reactions to the answer (tests pass their own). */
export function outboundTimers(hooks: () => OutboundHooks): Record<string, TimerHandler> {
  return { [DELIVER_TASK]: (ctx, firing) => deliverOutbound(firing.payload as DeliverPayload, ctx, hooks()) };
}

/** The delivery timer task with every module's reactions (their manifests' outboundHooks), read when it fires. */
export const OUTBOUND_TIMERS = outboundTimers(outboundHooks);
