import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { customerProduct, lockCase, requireCaseStep } from "../case-context.js";
import { type CaseRow, insertOffer, updateCase } from "../repo.js";
import { checkOffer } from "../rules.js";

/**
 * Step 3 (branch A: compensation or bill waiver of the month for the damaged service, with the Xpress
 * fix) or step 12 (branch B: compensation of services). Records the offer the customer accepted, with
 * the share of the product's monthly fee it credits. Refused with the rule's reason when the customer
 * may not have it (a flag of step 1.1, another branch's offer, a retired offer).
 */
export async function offerRemedy(
  caseId: string,
  input: { offerCode: string; productId?: string | null },
  ctx: CommandContext,
): Promise<CaseRow> {
  const { row, customer, catalogs, flags } = await lockCase(ctx, caseId);
  const isBranchB = row.branch === "request_analysis";
  const step = isBranchB ? "offer_compensation" : "negotiate";
  const productId = isBranchB ? (input.productId ?? null) : row.product_id;
  const product = productId ? customerProduct(customer, productId) : null;
  const offer = catalogs.offers.offers.find((candidate) => candidate.code === input.offerCode);
  const check = offer ? checkOffer(offer, { branch: isBranchB ? "request_analysis" : "repeated_damage", flags, product }) : null;
  let offerFact = check && { type: check.offer.type, eligible: check.eligible, reason: check.reason };
  if (!offer)
    offerFact = { type: "compensation", eligible: false, reason: `No existe la oferta «${input.offerCode}» en el catálogo` };
  else if (offerFact?.eligible && !product) {
    offerFact = { ...offerFact, eligible: false, reason: "Elija el producto (servicio afectado) que se compensa" };
  }
  const to = requireCaseStep(step, row.state, ctx, { offer: offerFact });
  const chosen = offer!;
  const amount =
    product?.monthlyFee === null || product?.monthlyFee === undefined
      ? null
      : Math.round(Number(product.monthlyFee) * (chosen.percentOfMonthlyFee ?? 0)) / 100;
  await insertOffer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    caseId,
    offerCode: chosen.code,
    offerType: chosen.type,
    productId: product?.id ?? null,
    status: "accepted",
    billingConcept: chosen.billingConcept ?? null,
    amount,
    startsAt: null,
    endsAt: null,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  const saved = await updateCase(
    ctx.tx,
    caseId,
    // The case's product is the one the customer wants to cancel: the compensated one only when none was named.
    { state: to, ...(isBranchB ? { request_kind: "compensation" as const, product_id: row.product_id ?? product?.id } : {}) },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "offer_accepted",
    before: { state: row.state },
    after: {
      state: to,
      offerCode: chosen.code,
      offer: chosen.name,
      offerType: chosen.type,
      serviceNumber: product?.serviceNumber ?? null,
      amount,
      withXpressFix: !isBranchB,
    },
  });
  return saved;
}
