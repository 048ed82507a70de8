import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findProductByServiceNumber, insertClaim } from "../repo.js";
import type { ClaimInput } from "../schemas.js";

/** Records a claim (reclamo) against the product with the given service number. */
export async function recordClaim(input: ClaimInput, ctx: CommandContext): Promise<{ id: string }> {
  const product = await findProductByServiceNumber(ctx.tx, input.serviceNumber);
  if (!product) {
    throw new AppError("NOT_FOUND", `No existe un producto con el número de servicio ${input.serviceNumber}`, {
      field: "serviceNumber",
    });
  }
  if (input.resolvedAt && new Date(input.resolvedAt) < new Date(input.openedAt)) {
    throw new AppError("VALIDATION_FAILED", "La fecha de solución es anterior a la de apertura", { field: "resolvedAt" });
  }
  const id = await insertClaim(ctx.tx, ctx.actor.tenantId, product, input);
  await recordEvent(ctx, {
    subjectType: "claim",
    subjectId: id,
    customerId: product.customer_id,
    action: "claim_recorded",
    after: input,
  });
  return { id };
}
