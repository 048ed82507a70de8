import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { completeDeadline } from "../../deadlines/index.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import type { PqrRow } from "../repo.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

/**
 * After positive administrative silence the PQR area grants what was asked and records how; the
 * "conceder lo pedido" task completes (on time within its hours, or late).
 */
export async function grantSilence(input: { pqrId: string; note: string }, ctx: CommandContext): Promise<PqrRow> {
  const { pqr, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "grant_silence", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  if (!input.note?.trim()) {
    throw new AppError("VALIDATION_FAILED", "Anote qué se concedió y cómo se hizo efectivo", { field: "note" });
  }
  const task = pqr.grant_deadline_id ? await completeDeadline(pqr.grant_deadline_id, {}, ctx) : null;
  const saved = await savePqr(ctx, pqr, {
    status: "silence_granted",
    grantedAt: ctx.now,
    grantedBy: ctx.actor.userId,
    grantNote: input.note.trim(),
  });
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_silence_granted",
    before: { status: pqr.status },
    after: { status: saved.status, onTime: task ? task.status === "met" : null },
    reason: saved.grant_note,
  });
  return saved;
}
