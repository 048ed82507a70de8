import type { CommandContext } from "../../platform/context.js";
import { scheduleTimer } from "../../platform/timers/timers.js";

export const DELIVER_TASK = "outbound.deliver";

export interface DeliverPayload {
  messageId: string;
}

export const deliverTimerKey = (id: string) => `outbound:${id}`;

/** Arms the delivery attempt of a message at `runAt` (now, or the next retry). */
export async function armDelivery(ctx: CommandContext, messageId: string, runAt: Date): Promise<void> {
  const payload: DeliverPayload = { messageId };
  await scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: deliverTimerKey(messageId),
    runAt,
    task: DELIVER_TASK,
    payload,
  });
}
