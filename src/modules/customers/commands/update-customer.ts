import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { presentCustomerInput } from "../presenter.js";
import { findCustomerById, updateCustomer as updateCustomerRow } from "../repo.js";
import type { CustomerInput } from "../schemas.js";

/** Replaces a customer's data; the timeline keeps the before and after. */
export async function updateCustomer(id: string, input: CustomerInput, ctx: CommandContext): Promise<void> {
  const current = await findCustomerById(ctx.tx, id);
  if (!current) throw new AppError("NOT_FOUND", "Cliente no encontrado");
  await updateCustomerRow(ctx.tx, id, input, ctx.now);
  await recordEvent(ctx, {
    subjectType: "customer",
    subjectId: id,
    customerId: id,
    action: "customer_updated",
    before: presentCustomerInput(current),
    after: input,
  });
}
