import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { cancelDeadline, completeDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { NO_WORK_ORDER_FACTS, WORK_ORDER_PROCEDURE } from "../procedure.js";
import { findWorkOrder, markWorkOrderAnnulled, type WorkOrderRow } from "../repo.js";

/**
 * Annuls an open or printed order (seed 001: the network department at 5.2, the commercial operations
 * center at 9, 10 and 13): its deadline is withdrawn (or completed late, when already past due), the
 * field-service agenda is told, and the reason goes on the timeline.
 */
export async function annulWorkOrder(
  id: string,
  input: { reason: string; seedStep: string },
  ctx: CommandContext,
): Promise<WorkOrderRow> {
  const order = await findWorkOrder(ctx.tx, id, { forUpdate: true });
  if (!order) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada");
  requireStep(WORK_ORDER_PROCEDURE, "annul", { state: order.status, roles: ctx.actor.roles, facts: NO_WORK_ORDER_FACTS });
  const deadline = (await findDeadline(ctx.tx, order.deadline_id, { forUpdate: true }))!;
  const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
  if (decideTransition("cancel", state, ctx.now).allowed) await cancelDeadline(deadline.id, { reason: "orden anulada" }, ctx);
  else if (decideTransition("complete", state, ctx.now).allowed)
    await completeDeadline(deadline.id, { reason: "orden anulada" }, ctx);
  const annulled = await markWorkOrderAnnulled(ctx.tx, id, ctx.now);
  await recordEvent(ctx, {
    subjectType: "work_order",
    subjectId: id,
    customerId: order.customer_id,
    action: "work_order_annulled",
    before: { status: order.status },
    after: { status: "cancelled", seedStep: input.seedStep },
    reason: input.reason,
  });
  await enqueueOutbound(
    {
      adapter: "field_service",
      operation: "work_order.cancel",
      idempotencyKey: `work_order:${id}:cancel`,
      subjectType: "work_order",
      subjectId: id,
      customerId: order.customer_id,
      payload: { number: order.number, reason: input.reason },
    },
    ctx,
  );
  return annulled;
}
