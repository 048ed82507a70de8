import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findOutbound, requeueOutbound } from "../repo.js";
import { armDelivery } from "../schedule.js";

/** Sends a message that was given up again, from the first attempt (once its cause was fixed). */
export async function retryOutbound(id: string, ctx: CommandContext) {
  const message = await findOutbound(ctx.tx, id, { forUpdate: true });
  if (!message) throw new AppError("NOT_FOUND", "Mensaje no encontrado");
  if (message.status !== "failed") {
    throw new AppError(
      "ILLEGAL_TRANSITION",
      message.status === "sent" ? "El mensaje ya fue entregado" : "El mensaje ya está en espera de entrega",
      { status: message.status },
    );
  }
  const requeued = await requeueOutbound(ctx.tx, id, ctx.now);
  await recordEvent(ctx, {
    subjectType: message.subject_type,
    subjectId: message.subject_id,
    customerId: message.customer_id,
    action: "outbound_requeued",
    before: { status: "failed", attempts: message.attempts, error: message.last_error },
    after: { status: "pending" },
  });
  await armDelivery(ctx, id, ctx.now);
  return requeued;
}
