import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { WorkOrderRow } from "../../workorders/index.js";
import { createWorkOrder } from "../../workorders/index.js";
import { lockCase, requireCaseStep } from "../case-context.js";
import { updateCase } from "../repo.js";
import { NO_INTERNET, xpressObservationDraft, xpressProduct } from "../xpress.js";

/**
 * Step 5: generates the engineering-service work order for attention in 24 hours — type engineering
 * service (not damage), on the Internet product, payment «Crédito», activity 40530 PEX/Adecuación por
 * Retención, value 0 (all from the activities catalog) — with the observation from the tenant's template
 * (or the advisor's edit of it).
 */
export async function createXpressOrder(
  caseId: string,
  input: { observation?: string | null },
  ctx: CommandContext,
): Promise<WorkOrderRow> {
  const context = await lockCase(ctx, caseId);
  const { row, catalogs } = context;
  const product = xpressProduct(context.customer.products, row.product_id);
  const to = requireCaseStep("create_xpress_order", row.state, ctx, { xpressProblem: product ? null : NO_INTERNET });
  const customer = { timezone: context.customer.timezone, phone: context.customer.phone, fullName: context.customer.full_name };
  const observation = input.observation?.trim() || xpressObservationDraft(customer, catalogs, ctx.now, product!.serviceNumber);
  const order = await createWorkOrder(
    {
      originType: "retention_case",
      originId: caseId,
      customerId: row.customer_id,
      productId: product!.id,
      activityCode: catalogs.settings.xpressActivityCode,
      observation,
    },
    ctx,
  );
  await updateCase(ctx.tx, caseId, { state: to }, ctx.now);
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "xpress_order_created",
    before: { state: row.state },
    after: { state: to, workOrderId: order.id, number: order.number, dueAt: order.due_at, observation },
  });
  return order;
}
