import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findWorkOrder } from "../../workorders/index.js";
import { publishBoardChange } from "../board-events.js";
import { findServiceRequest, type ServiceRequestRow, saveRequestChange, setRequestEquipment } from "../repo.js";

/**
 * Step 19.1: a change of form only (the equipment) is keyed by the platform monitor or the advisor once
 * the order is executed — instead of annulling it — so the customer is not kept waiting. Refused before
 * the order is executed, and for an annulled request.
 */
export async function recordFormChange(
  id: string,
  input: { equipment: string; observation?: string },
  ctx: CommandContext,
): Promise<ServiceRequestRow> {
  const request = await findServiceRequest(ctx.tx, id, { forUpdate: true });
  if (!request) throw new AppError("NOT_FOUND", "Solicitud de servicio no encontrada");
  if (!ctx.actor.roles.some((role) => role === "advisor" || role === "supervisor")) {
    throw new AppError(
      "FORBIDDEN",
      "«Digita modificación de forma» lo realiza la monitora de atención al cliente o el asesor comercial",
    );
  }
  const order = request.work_order_id ? await findWorkOrder(ctx.tx, request.work_order_id) : undefined;
  if (request.status === "annulled" || order?.status !== "closed") {
    throw new AppError(
      "STEP_NOT_ALLOWED",
      "Una modificación de forma (equipos) se digita una vez ejecutada la orden de trabajo (paso 19.1)",
    );
  }
  const equipment = input.equipment.trim();
  if (!equipment) throw new AppError("VALIDATION_FAILED", "Indique el equipo", { field: "equipment" });
  await setRequestEquipment(ctx.tx, id, equipment);
  const note = input.observation?.trim();
  const saved = await saveRequestChange(
    ctx.tx,
    id,
    { status: request.status, observation: note ? `${request.observation}\n${note}`.trim().slice(0, 4000) : undefined },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "service_request",
    subjectId: id,
    customerId: request.customer_id,
    action: "service_request_form_changed",
    before: { equipment: request.equipment },
    after: { equipment, observation: note ?? null },
  });
  await publishBoardChange(ctx, { requestId: id, change: "form_changed" });
  return { ...saved, equipment };
}
