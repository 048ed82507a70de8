import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvents } from "../../../platform/timeline/record-event.js";
import { NO_WORK_ORDER_FACTS, WORK_ORDER_PROCEDURE } from "../procedure.js";
import { listWorkOrders, type WorkOrderListRow } from "../queries.js";
import { lockWorkOrders, markWorkOrdersPrinted } from "../repo.js";

/**
 * Step 6: the operations-center supervisor prints the orders (by default every open order of an
 * activity or an origin, e.g. the retention cases' Xpress orders). Each becomes printed, on its timeline;
 * printing an order again keeps its first print. All orders or none: one refused order refuses the batch.
 */
export async function printWorkOrders(
  input: { ids?: string[]; activityCode?: string; originType?: string },
  ctx: CommandContext,
): Promise<WorkOrderListRow[]> {
  const ids =
    input.ids ??
    (
      await listWorkOrders(ctx.tx, {
        statuses: ["open"],
        activityCode: input.activityCode,
        originType: input.originType,
        limit: 1000,
      })
    ).map((row) => row.id);
  if (ids.length === 0) return [];
  const orders = await lockWorkOrders(ctx.tx, ids);
  const missing = ids.find((id) => !orders.some((order) => order.id === id));
  if (missing) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada", { field: "ids", id: missing });
  for (const order of orders) {
    requireStep(WORK_ORDER_PROCEDURE, "print", { state: order.status, roles: ctx.actor.roles, facts: NO_WORK_ORDER_FACTS });
  }
  await markWorkOrdersPrinted(ctx.tx, ids, ctx.actor.userId, ctx.now);
  await recordEvents(
    ctx,
    orders.map((order) => ({
      subjectType: "work_order",
      subjectId: order.id,
      customerId: order.customer_id,
      action: order.printed_at ? "work_order_reprinted" : "work_order_printed",
      before: { status: order.status },
      after: { status: "printed" },
    })),
  );
  return listWorkOrders(ctx.tx, { ids, limit: ids.length });
}
