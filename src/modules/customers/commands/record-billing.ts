import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCustomerById, upsertBilling } from "../repo.js";
import type { BillingInput } from "../schemas.js";

/** Sets the billed amount of one month for a customer (a later correction replaces it, on the timeline). */
export async function recordBilling(customerId: string, input: BillingInput, ctx: CommandContext): Promise<void> {
  if (!(await findCustomerById(ctx.tx, customerId))) throw new AppError("NOT_FOUND", "Cliente no encontrado");
  const previous = await upsertBilling(ctx.tx, ctx.actor.tenantId, customerId, input.period, input.amount);
  await recordEvent(ctx, {
    subjectType: "customer",
    subjectId: customerId,
    customerId,
    action: "billing_recorded",
    before: previous === null ? null : { period: input.period, amount: Number(previous) },
    after: input,
  });
}
