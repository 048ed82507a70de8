import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { lockCase, requireCaseStep } from "../case-context.js";
import { listCaseOffers } from "../queries.js";
import { type CaseRow, updateCase, updateOffer } from "../repo.js";
import { monthOf } from "../rules.js";

/**
 * Step 4 (branch A: «Retiro por Retención con Servicio de Ingeniería») or step 13 (branch B: claim for
 * compensation): files the billing claim of the accepted offer with the billing system through the
 * outbox. The idempotency key names the case and the offer, so the same claim is never filed twice, even
 * when two requests race (the case row is locked, and the outbox key is unique).
 */
export async function fileBillingClaim(caseId: string, ctx: CommandContext): Promise<CaseRow> {
  const { row, customer } = await lockCase(ctx, caseId);
  const step = row.branch === "request_analysis" ? "file_compensation_claim" : "file_bill_waiver_claim";
  const to = requireCaseStep(step, row.state, ctx);
  const offer = (await listCaseOffers(ctx.tx, caseId)).find((o) => o.status === "accepted" && o.offer_type !== "promotion");
  if (!offer) throw new AppError("CONFLICT", "El caso no tiene una compensación o retiro de factura aceptado");
  const serviceNumber = customer.products.find((p) => p.id === offer.product_id)?.serviceNumber ?? null;
  const { message } = await enqueueOutbound(
    {
      adapter: "billing",
      operation: "billing_claim.file",
      idempotencyKey: `retention_case:${caseId}:offer:${offer.offer_code}:billing_claim`,
      subjectType: "retention_case",
      subjectId: caseId,
      customerId: row.customer_id,
      payload: {
        caseNumber: row.number,
        concept: offer.billing_concept,
        claimType: offer.offer_type,
        amount: offer.amount === null ? null : Number(offer.amount),
        serviceNumber,
        period: monthOf(ctx.now, customer.timezone),
      },
    },
    ctx,
  );
  await updateOffer(ctx.tx, offer.id, { status: "filed", outboundMessageId: message.id }, ctx.now);
  const saved = await updateCase(ctx.tx, caseId, { state: to }, ctx.now);
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "billing_claim_filed",
    before: { state: row.state },
    after: {
      state: to,
      concept: offer.billing_concept,
      amount: offer.amount === null ? null : Number(offer.amount),
      messageId: message.id,
    },
  });
  return saved;
}
