import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { cancelDeadline, completeDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { markTicketAttended, markTicketClosed, type TicketRow } from "../repo.js";

/** Completes a ticket's same-day deadline: met when attended in time, breached when late. */
async function completeTicketDeadline(ticket: TicketRow, ctx: CommandContext) {
  const deadline = (await findDeadline(ctx.tx, ticket.deadline_id, { forUpdate: true }))!;
  const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
  if (decideTransition("complete", state, ctx.now).allowed)
    return completeDeadline(deadline.id, { reason: "servicio de ingeniería atendido" }, ctx);
  return deadline;
}

/** Marks a ticket attended by the actor (4.2), completing its deadline; records it. */
export async function markAttended(ticket: TicketRow, resolution: string, ctx: CommandContext, customerId: string | null) {
  const deadline = await completeTicketDeadline(ticket, ctx);
  const attended = await markTicketAttended(ctx.tx, ticket.id, {
    resolution,
    userId: ctx.actor.userId,
    role: ctx.actor.roles[0] ?? "system",
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "engineering_ticket",
    subjectId: ticket.id,
    customerId,
    action: "engineering_ticket_attended",
    before: { status: ticket.status },
    after: { status: "attended", resolution, sameDay: deadline.status === "met" },
  });
  return attended;
}

/**
 * Closes a still-open ticket whose request was decided meanwhile (assigned or annulled): its deadline is
 * withdrawn, or completed late when the day already ended without attention (a breach stays a breach).
 */
export async function closeUnattended(ticket: TicketRow, reason: string, ctx: CommandContext, customerId: string | null) {
  const deadline = (await findDeadline(ctx.tx, ticket.deadline_id, { forUpdate: true }))!;
  const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
  if (decideTransition("cancel", state, ctx.now).allowed) await cancelDeadline(deadline.id, { reason }, ctx);
  else if (decideTransition("complete", state, ctx.now).allowed) await completeDeadline(deadline.id, { reason }, ctx);
  await markTicketClosed(ctx.tx, ticket.id, reason, ctx.now);
  await recordEvent(ctx, {
    subjectType: "engineering_ticket",
    subjectId: ticket.id,
    customerId,
    action: "engineering_ticket_closed",
    before: { status: ticket.status },
    after: { status: "closed" },
    reason,
  });
}
