import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { scheduleFollowUp } from "../../followups/index.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { customerProduct, lockCase, requireCaseStep } from "../case-context.js";
import { type CaseRow, insertOffer, updateCase } from "../repo.js";
import { checkOffer, promotionEndsAt, promotionFollowUpAt } from "../rules.js";
import { armPromotionEnd } from "../schedule.js";

/**
 * Steps 11 and 14: the customer wants to leave for a better competitor's offer; the advisor enables a
 * promotion/OTT of the catalog on one of their products, free of charge. Eligibility is a rule (the
 * bandwidth increase is for fiber only: a copper customer is refused with the reason). The promotion is
 * activated through the provisioning adapter; a durable timer reverts it when it ends, and a follow-up
 * reaches the advisor's worklist N days before (the moment the customer may ask to cancel again).
 */
export async function grantPromotion(
  caseId: string,
  input: { offerCode: string; productId: string },
  ctx: CommandContext,
): Promise<CaseRow> {
  const { row, customer, catalogs, flags } = await lockCase(ctx, caseId);
  const product = customerProduct(customer, input.productId);
  const offer = catalogs.offers.offers.find((candidate) => candidate.code === input.offerCode);
  const check = offer ? checkOffer(offer, { branch: "request_analysis", flags, product }) : null;
  const to = requireCaseStep("grant_promotion", row.state, ctx, {
    offer: check
      ? { type: check.offer.type, eligible: check.eligible, reason: check.reason }
      : { type: "promotion", eligible: false, reason: `No existe la promoción «${input.offerCode}» en el catálogo` },
  });
  const promotion = offer!;
  const startsAt = ctx.now;
  const endsAt = promotionEndsAt(startsAt, promotion.duration!, customer.timezone);
  const { message } = await enqueueOutbound(
    {
      adapter: "provisioning",
      operation: "promotion.activate",
      idempotencyKey: `retention_case:${caseId}:offer:${promotion.code}:activate`,
      subjectType: "retention_case",
      subjectId: caseId,
      customerId: row.customer_id,
      payload: {
        caseNumber: row.number,
        provisioningCode: promotion.provisioningCode,
        promotion: promotion.name,
        serviceNumber: product.serviceNumber,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
      },
    },
    ctx,
  );
  const inserted = await insertOffer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    caseId,
    offerCode: promotion.code,
    offerType: "promotion",
    productId: product.id,
    status: "active",
    billingConcept: null,
    amount: 0,
    startsAt,
    endsAt,
    outboundMessageId: message.id,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await armPromotionEnd(ctx, { id: inserted.id, ends_at: endsAt });
  await scheduleFollowUp(
    {
      kind: "promotion_ending",
      subjectType: "retention_offer",
      subjectId: inserted.id,
      customerId: row.customer_id,
      productId: product.id,
      caseId,
      since: startsAt,
      due: { at: promotionFollowUpAt(startsAt, endsAt, catalogs.settings.promotionFollowUpDaysBefore) },
    },
    ctx,
  );
  // The case's product is the one the customer wants to cancel: the promotion's only when none was named.
  const saved = await updateCase(
    ctx.tx,
    caseId,
    { state: to, request_kind: "better_offer", product_id: row.product_id ?? product.id },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "promotion_granted",
    before: { state: row.state },
    after: {
      state: to,
      offerCode: promotion.code,
      promotion: promotion.name,
      serviceNumber: product.serviceNumber,
      startsAt,
      endsAt,
    },
  });
  return saved;
}
