import type { CommandContext } from "../../platform/context.js";
import { scheduleTimer } from "../../platform/timers/timers.js";

export const PROMOTION_END_TASK = "retention.promotion_end";
export const promotionEndTimerKey = (offerId: string) => `retention_offer:${offerId}:end`;
export interface PromotionEndPayload {
  offerId: string;
}

/** Arms (or moves) the durable timer that reverts a promotion at its end. */
export function armPromotionEnd(ctx: CommandContext, offer: { id: string; ends_at: Date }): Promise<void> {
  const payload: PromotionEndPayload = { offerId: offer.id };
  return scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: promotionEndTimerKey(offer.id),
    runAt: offer.ends_at,
    task: PROMOTION_END_TASK,
    payload,
  });
}
