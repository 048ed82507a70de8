import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCustomerById, insertProduct } from "../repo.js";
import type { ProductInput } from "../schemas.js";

/** Adds a product (service) to a customer; the service number is unique per tenant. */
export async function addProduct(customerId: string, input: ProductInput, ctx: CommandContext): Promise<{ id: string }> {
  if (!(await findCustomerById(ctx.tx, customerId))) throw new AppError("NOT_FOUND", "Cliente no encontrado");
  const id = await insertProduct(ctx.tx, ctx.actor.tenantId, customerId, input);
  await recordEvent(ctx, { subjectType: "product", subjectId: id, customerId, action: "product_added", after: input });
  return { id };
}
