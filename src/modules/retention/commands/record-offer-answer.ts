import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { cancelTimer } from "../../../platform/timers/timers.js";
import type { OutboundRow } from "../../integrations/index.js";
import { findOfferByMessage } from "../queries.js";
import { type OfferRow, setOfferReference, updateOffer } from "../repo.js";
import { armPromotionEnd, promotionEndTimerKey } from "../schedule.js";

/** The status an offer has once the outside system took its message: a filed claim, an active promotion. */
const DELIVERED: Record<string, OfferRow["status"]> = { "billing_claim.file": "filed", "promotion.activate": "active" };

/**
 * The billing system filed the claim, or provisioning activated the promotion: its number is kept on the
 * offer. When an earlier attempt had been given up (the offer failed) and a retry went through, the offer
 * is filed or active again and a promotion's end timer is armed again. Runs in the delivery's transaction.
 */
export async function confirmOffer(message: OutboundRow, ctx: CommandContext): Promise<void> {
  const offer = await findOfferByMessage(ctx.tx, message.id);
  if (!offer) return;
  if (message.reference) await setOfferReference(ctx.tx, offer.id, message.reference);
  if (offer.status !== "failed") return;
  const status = DELIVERED[message.operation]!;
  await updateOffer(ctx.tx, offer.id, { status }, ctx.now);
  if (offer.offer_type === "promotion") await armPromotionEnd(ctx, { id: offer.id, ends_at: offer.ends_at! });
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: offer.case_id,
    customerId: message.customer_id,
    action: "offer_recovered",
    before: { status: "failed" },
    after: { status, offerCode: offer.offer_code, reference: message.reference },
  });
}

/**
 * The outside system gave up on the claim or the activation: the offer no longer reads filed or active,
 * and a promotion that never started is not reverted when its end comes (its end timer is cancelled).
 * On the case's timeline; the message can be retried from /integraciones.
 */
export async function failOffer(message: OutboundRow, ctx: CommandContext): Promise<void> {
  const offer = await findOfferByMessage(ctx.tx, message.id);
  if (!offer || offer.status !== DELIVERED[message.operation]) return;
  await updateOffer(ctx.tx, offer.id, { status: "failed" }, ctx.now);
  if (offer.offer_type === "promotion") await cancelTimer(ctx.tx, promotionEndTimerKey(offer.id));
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: offer.case_id,
    customerId: message.customer_id,
    action: offer.offer_type === "promotion" ? "promotion_activation_failed" : "billing_claim_failed",
    before: { status: offer.status },
    after: { status: "failed", offerCode: offer.offer_code, messageId: message.id, error: message.last_error },
  });
}
