import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import {
  findServiceRequest,
  findZoningForm,
  listRequestTickets,
  markZoningCorrected,
  saveRequestChange,
  type ZoningFormRow,
} from "../repo.js";
import { requireNetworkDept } from "./receive-zoning-form.js";

/**
 * Step 20.3: the network department keys the zoning correction in the system once the form's impediments
 * are attended; the request takes the corrected zone, address reference and box.
 */
export async function keyZoningCorrection(formId: string, ctx: CommandContext): Promise<ZoningFormRow> {
  const form = await findZoningForm(ctx.tx, formId, { forUpdate: true });
  if (!form) throw new AppError("NOT_FOUND", "Formulario de zonificación no encontrado");
  requireNetworkDept(ctx, "Digita zonificación en el sistema");
  if (form.status === "corrected") throw new AppError("ILLEGAL_TRANSITION", "La zonificación de este formulario ya fue digitada");
  const pending = (await listRequestTickets(ctx.tx, form.request_id, { openOnly: true })).filter((t) => t.kind === "impediment");
  if (pending.length > 0) {
    throw new AppError(
      "STEP_NOT_ALLOWED",
      `Hay impedimentos sin atender (servicio de ingeniería N° ${pending.map((t) => t.number).join(", ")}): atiéndalos antes de digitar la zonificación`,
    );
  }
  const request = (await findServiceRequest(ctx.tx, form.request_id, { forUpdate: true }))!;
  await saveRequestChange(
    ctx.tx,
    request.id,
    { status: request.status, zone: form.corrected_zone, nearestBox: form.corrected_box },
    ctx.now,
  );
  const corrected = await markZoningCorrected(ctx.tx, formId, ctx.now);
  await recordEvent(ctx, {
    subjectType: "service_request",
    subjectId: request.id,
    customerId: request.customer_id,
    action: "zoning_correction_keyed",
    before: { zone: request.zone, address: request.address },
    after: { zone: form.corrected_zone, address: form.corrected_address, nearestBox: form.corrected_box },
  });
  return corrected;
}
