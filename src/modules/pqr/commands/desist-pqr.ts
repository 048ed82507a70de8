import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import type { PqrRow } from "../repo.js";
import { disarmClockTimers } from "../schedule.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

/**
 * The customer accepts the information and desists (seed 002 step 5): recorded with who took it and when,
 * and the running clock stops. Refused once the PQR is answered and closed, decided, or already desisted.
 */
export async function desistPqr(input: { pqrId: string; note: string }, ctx: CommandContext): Promise<PqrRow> {
  const { pqr, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "desist", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  if (!input.note?.trim()) {
    throw new AppError("VALIDATION_FAILED", "Anote lo que dijo el cliente al desistir", { field: "note" });
  }
  const saved = await savePqr(ctx, pqr, {
    status: "desisted",
    desistedAt: ctx.now,
    desistedBy: ctx.actor.userId,
    desistNote: input.note.trim(),
  });
  await disarmClockTimers(ctx, pqr.id);
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_desisted",
    before: { status: pqr.status },
    after: { status: saved.status, desistedAt: saved.desisted_at, desistedBy: ctx.actor.fullName },
    reason: saved.desist_note,
  });
  return saved;
}
