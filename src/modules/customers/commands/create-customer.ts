import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { insertCustomer } from "../repo.js";
import type { CustomerInput } from "../schemas.js";

/** Registers one customer of the actor's tenant; the customer code is unique per tenant. */
export async function createCustomer(input: CustomerInput, ctx: CommandContext): Promise<{ id: string }> {
  const id = await insertCustomer(ctx.tx, ctx.actor.tenantId, input);
  await recordEvent(ctx, { subjectType: "customer", subjectId: id, customerId: id, action: "customer_created", after: input });
  return { id };
}
