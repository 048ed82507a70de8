import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { VisitAgenda } from "../agenda/port.js";
import { insertVisitBooking } from "../repo.js";
import { visitRequestProblem } from "../rules.js";
import { requireOwnLiveCall } from "./own-live-call.js";

export interface BookVisitInput {
  callId: string;
  zone: string;
  /** The slot agreed with the customer; null when none serves: escalated to the back office (the seed's fallback). */
  slotId: string | null;
  reason: string;
}

export interface BookedVisit {
  status: "booked" | "escalated";
  zone: string;
  startsAt: string | null;
  endsAt: string | null;
}

/**
 * Seed 002 step 4 from the desktop: a technician visit for the customer of the advisor's call, in a slot of the
 * agenda agreed with them, or — when the agenda has no place that serves — escalated to the back office to get the
 * earliest agenda. A slot taken meanwhile by another advisor is refused and nothing is written; one visit per call.
 */
export async function bookVisit(input: BookVisitInput, ctx: CommandContext, agenda: VisitAgenda): Promise<BookedVisit> {
  const problem = visitRequestProblem(input);
  if (problem) throw new AppError("VALIDATION_FAILED", problem.message, { field: problem.field });
  const call = await requireOwnLiveCall(
    ctx,
    input.callId,
    "La llamada ya fue tipificada: la visita se agenda durante la gestión",
  );
  const zone = input.zone.trim();
  const slot = input.slotId ? await agenda.take(ctx.tx, input.slotId, zone, ctx.now) : undefined;
  if (input.slotId && !slot) {
    throw new AppError("CONFLICT", "La franja ya no tiene cupo: elija otra o escale la visita al back office", {
      field: "slotId",
    });
  }
  const status = slot ? "booked" : "escalated";
  await insertVisitBooking(ctx.tx, {
    recordId: call.record_id,
    callId: call.id,
    customerId: call.customer_id,
    zone,
    status,
    slotId: slot?.id ?? null,
    reason: input.reason.trim(),
    bookedBy: ctx.actor.userId!,
    now: ctx.now,
  });
  const booked: BookedVisit = {
    status,
    zone,
    startsAt: slot?.startsAt.toISOString() ?? null,
    endsAt: slot?.endsAt.toISOString() ?? null,
  };
  await recordEvent(ctx, {
    subjectType: "contact_record",
    subjectId: call.record_id,
    customerId: call.customer_id,
    action: slot ? "visit_booked" : "visit_escalated",
    after: { ...booked, reason: input.reason.trim(), callId: call.id },
  });
  return booked;
}
