import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readCatalog } from "../../catalogs/index.js";
import { completeDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { ACTIVITIES_KIND } from "../catalog-kind.js";
import type { ActivitiesCatalog } from "../catalog-types.js";
import { scheduleActivityFollowUps } from "../follow-ups.js";
import { WORK_ORDER_PROCEDURE } from "../procedure.js";
import { findWorkOrder, markWorkOrderClosed, type WorkOrderRow } from "../repo.js";
import { checkSignature } from "../signature.js";

export interface CloseWorkOrderInput {
  tasksDone: string[];
  result: string;
  /** The customer's signature drawn on screen, as a PNG data URL. */
  signature?: string | null;
  signedByName?: string | null;
}

/**
 * Completes the order's deadline (met, or breached when late) unless it was already completed or cancelled
 * on its own (POST /api/deadlines/:id/complete|cancel): the order still closes, and keeps that outcome.
 */
async function closeDeadline(id: string, ctx: CommandContext) {
  const deadline = (await findDeadline(ctx.tx, id, { forUpdate: true }))!;
  const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
  if (!decideTransition("complete", state, ctx.now).allowed) return deadline;
  return completeDeadline(id, { reason: "orden cerrada" }, ctx);
}

/**
 * Steps 7–8: the technician closes the order with the checklist tasks done, the result and the
 * customer's signature — never without a signature drawn on a real PNG. Completes the order's deadline (met or late),
 * schedules the follow-ups the activity counts from the closing (quality control at 2 business days),
 * and tells the field-service agenda.
 */
export async function closeWorkOrder(id: string, input: CloseWorkOrderInput, ctx: CommandContext): Promise<WorkOrderRow> {
  const order = await findWorkOrder(ctx.tx, id, { forUpdate: true });
  if (!order) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada");
  const catalog = await readCatalog<ActivitiesCatalog>(ctx.tx, ACTIVITIES_KIND, "default", order.catalog_version);
  const activity = catalog.content.activities.find((a) => a.code === order.activity_code);
  const signature = input.signature?.trim() ?? "";
  // A blank canvas is no signature (the step refuses it); bytes that are not a PNG are bad input.
  const drawn = signature !== "" && checkSignature(signature);
  if (drawn === "not_png") {
    throw new AppError("VALIDATION_FAILED", "La firma debe ser una imagen PNG dibujada en pantalla", { field: "signature" });
  }
  const tasksDone = [...new Set(input.tasksDone)];
  requireStep(WORK_ORDER_PROCEDURE, "close", {
    state: order.status,
    roles: ctx.actor.roles,
    facts: {
      tasksDone,
      knownTasks: (activity?.checklist ?? []).map((task) => task.code),
      hasResult: input.result.trim().length > 0,
      hasSignature: drawn === "drawn",
      hasSignerName: (input.signedByName?.trim() ?? "").length > 0,
    },
  });
  const deadline = await closeDeadline(order.deadline_id, ctx);
  const closed = await markWorkOrderClosed(ctx.tx, id, {
    tasksDone,
    result: input.result.trim(),
    signature,
    signedByName: input.signedByName!.trim(),
    userId: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "work_order",
    subjectId: id,
    customerId: order.customer_id,
    action: "work_order_closed",
    before: { status: order.status },
    after: {
      status: "closed",
      tasksDone,
      result: closed.result,
      signedByName: closed.signed_by_name,
      onTime: deadline.status === "cancelled" ? null : deadline.status === "met",
    },
  });
  await scheduleActivityFollowUps(activity, closed, "closed", ctx.now, ctx);
  await enqueueOutbound(
    {
      adapter: "field_service",
      operation: "work_order.close",
      idempotencyKey: `work_order:${id}:close`,
      subjectType: "work_order",
      subjectId: id,
      customerId: order.customer_id,
      payload: { number: order.number, tasksDone, result: closed.result, signedByName: closed.signed_by_name, closedAt: ctx.now },
    },
    ctx,
  );
  return closed;
}
