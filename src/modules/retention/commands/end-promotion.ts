import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { findCase, findOffer } from "../queries.js";
import { updateOffer } from "../repo.js";
import { armPromotionEnd, type PromotionEndPayload } from "../schedule.js";

/**
 * The promotion's end timer: an active promotion whose end has come is reverted through the
 * provisioning adapter and ends, on the case's timeline. Returns false when there is nothing to do.
 */
export async function endPromotion(input: PromotionEndPayload, ctx: CommandContext): Promise<boolean> {
  const offer = await findOffer(ctx.tx, input.offerId, { forUpdate: true });
  if (offer?.status !== "active" || !offer.ends_at) return false;
  if (ctx.now.getTime() < offer.ends_at.getTime()) {
    // Fired early (clock skew between database and app): wait for the real instant.
    await armPromotionEnd(ctx, { id: offer.id, ends_at: offer.ends_at });
    return false;
  }
  const retentionCase = (await findCase(ctx.tx, offer.case_id))!;
  const { message } = await enqueueOutbound(
    {
      adapter: "provisioning",
      operation: "promotion.deactivate",
      idempotencyKey: `retention_offer:${offer.id}:deactivate`,
      subjectType: "retention_case",
      subjectId: offer.case_id,
      customerId: retentionCase.customer_id,
      payload: { caseNumber: retentionCase.number, offerCode: offer.offer_code, endsAt: offer.ends_at.toISOString() },
    },
    ctx,
  );
  await updateOffer(ctx.tx, offer.id, { status: "ended", endedAt: ctx.now }, ctx.now);
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: offer.case_id,
    customerId: retentionCase.customer_id,
    action: "promotion_ended",
    before: { status: "active" },
    after: { status: "ended", offerCode: offer.offer_code, endsAt: offer.ends_at, messageId: message.id },
  });
  return true;
}
