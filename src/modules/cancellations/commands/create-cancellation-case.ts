import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findProductByServiceNumber, insertCase } from "../case/repo.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";

export interface CreateCancellationCaseInput {
  campaign: string;
  complaintNumber: string;
  serviceNumber: string;
  /** The customer's code, when given: must own the service. */
  customerCode?: string | null;
  reason: string;
  receivedAt: string;
}

/** Queues one cancellation request as a case of the campaign (the API's single creation; files go through imports). */
export async function createCancellationCase(input: CreateCancellationCaseInput, ctx: CommandContext): Promise<{ id: string }> {
  await requireCampaign(ctx.tx, input.campaign);
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt > ctx.now)
    throw new AppError("VALIDATION_FAILED", "La fecha de la queja no puede ser futura", { field: "receivedAt" });
  const product = await findProductByServiceNumber(ctx.tx, input.serviceNumber.trim());
  if (!product) {
    throw new AppError("VALIDATION_FAILED", `El número de servicio «${input.serviceNumber}» no existe`, {
      field: "serviceNumber",
    });
  }
  if (input.customerCode && input.customerCode.trim() !== product.customer_code) {
    throw new AppError(
      "VALIDATION_FAILED",
      `El servicio «${input.serviceNumber}» es del cliente «${product.customer_code}», no de «${input.customerCode}»`,
      { field: "customerCode" },
    );
  }
  const id = await insertCase(ctx.tx, {
    campaign: input.campaign,
    complaintNumber: input.complaintNumber.trim(),
    customerId: product.customer_id,
    productId: product.id,
    reason: input.reason.trim(),
    receivedAt,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: id,
    customerId: product.customer_id,
    action: "complaint_case_created",
    after: { ...input, customerCode: product.customer_code },
  });
  return { id };
}
