import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { VisitAgenda, VisitSlot } from "../agenda/port.js";
import { lockVisitBooking, resolveVisitBooking } from "../repo.js";
import {
  escalationTransitionProblem,
  fullSlot,
  type Refusal,
  slotProblem,
  type VisitResolutionInput,
  visitResolutionProblem,
} from "../rules.js";

export interface ResolveEscalatedVisitInput extends VisitResolutionInput {
  visitId: string;
}

function refuse(code: "VALIDATION_FAILED" | "CONFLICT" | "ILLEGAL_TRANSITION", refusal: Refusal): never {
  throw new AppError(code, refusal.message, {
    detailEn: refusal.messageEn,
    ...(refusal.field ? { field: refusal.field } : {}),
  });
}

/**
 * Seed 002 step 4's fallback, worked by the back office: an escalated visit (no slot served the customer when the
 * advisor called) is booked into a slot of its zone the back office found — the place taken by the agenda's guarded
 * UPDATE, as the advisor's booking does, so two users never take the last place twice — or closed with a reason.
 * Only an open escalation is resolved (the row is locked, so a second resolution waits and is refused); a refusal
 * changes nothing. The resolution goes to the customer's timeline.
 */
export async function resolveEscalatedVisit(
  input: ResolveEscalatedVisitInput,
  ctx: CommandContext,
  agenda: VisitAgenda,
): Promise<void> {
  const problem = visitResolutionProblem(input);
  if (problem) refuse("VALIDATION_FAILED", problem);
  const visit = await lockVisitBooking(ctx.tx, input.visitId);
  // A visit the advisor booked directly was never the back office's: as unknown as another tenant's.
  if (!visit || (visit.status === "booked" && visit.resolution === null))
    throw new AppError("NOT_FOUND", "Visita escalada no encontrada", { detailEn: "Escalated visit not found" });
  const transition = escalationTransitionProblem(visit);
  if (transition) refuse("ILLEGAL_TRANSITION", transition);

  let slot: VisitSlot | undefined;
  if (input.outcome === "booked") {
    const found = await agenda.find(ctx.tx, input.slotId!);
    if (!found)
      throw new AppError("NOT_FOUND", "La franja no existe en la agenda", {
        detailEn: "The slot is not in the agenda",
        field: "slotId",
      });
    const unfit = slotProblem(found, visit.zone, ctx.now);
    if (unfit) refuse(unfit.isConflict ? "CONFLICT" : "VALIDATION_FAILED", unfit);
    // The database decides the last place: another user may have taken it since the slot was read.
    slot = await agenda.take(ctx.tx, found.id, visit.zone, ctx.now);
    if (!slot) refuse("CONFLICT", fullSlot());
  }
  const note = input.note?.trim() || null;
  const closeReason = input.outcome === "closed" ? input.closeReason! : null;
  const resolved = await resolveVisitBooking(ctx.tx, {
    id: visit.id,
    outcome: input.outcome,
    slotId: slot?.id ?? null,
    closeReason,
    note,
    resolvedBy: ctx.actor.userId!,
    now: ctx.now,
  });
  if (!resolved) refuse("ILLEGAL_TRANSITION", escalationTransitionProblem({ status: "booked", resolution: "booked" })!);
  await recordEvent(ctx, {
    subjectType: "contact_record",
    subjectId: visit.record_id,
    customerId: visit.customer_id,
    action: slot ? "visit_escalation_booked" : "visit_escalation_closed",
    before: { status: "escalated", zone: visit.zone, escalatedAt: visit.booked_at.toISOString() },
    after: {
      status: input.outcome,
      zone: visit.zone,
      startsAt: slot?.startsAt.toISOString() ?? null,
      endsAt: slot?.endsAt.toISOString() ?? null,
      closeReason,
      visitId: visit.id,
    },
    reason: note,
  });
}
