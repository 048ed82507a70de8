import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { publishBoardChange } from "../board-events.js";
import { findServiceRequest, findTicket, saveRequestChange, type TicketRow } from "../repo.js";
import { attendProblem } from "../rules.js";
import { markAttended } from "./settle-ticket.js";

export interface AttendTicketInput {
  /** What was done to fix it. */
  resolution: string;
  /** Step 4.1: the modification keyed in the request's observation field (the NAP case), and what it learned. */
  correction?: { observation?: string; nearestBox?: string; zone?: string };
}

/**
 * Step 4 (and 7 → 4, 9.1 → 4): the party the ticket was routed to keys the modification in the request's
 * observation field and closes the ticket as attended — on time when within the day, late otherwise.
 * Refused when the actor is not of the team it was routed to, or the ticket is no longer open.
 */
export async function attendTicket(id: string, input: AttendTicketInput, ctx: CommandContext): Promise<TicketRow> {
  const ticket = await findTicket(ctx.tx, id, { forUpdate: true });
  if (!ticket) throw new AppError("NOT_FOUND", "Servicio de ingeniería no encontrado");
  const problem = attendProblem(ticket.team, ctx.actor.roles);
  if (problem) throw new AppError("FORBIDDEN", problem);
  if (ticket.status !== "open") {
    throw new AppError(
      "ILLEGAL_TRANSITION",
      `El servicio de ingeniería N° ${ticket.number} ya está ${ticket.status === "attended" ? "atendido" : "cerrado"}`,
    );
  }
  const resolution = input.resolution.trim();
  if (!resolution) throw new AppError("VALIDATION_FAILED", "Describa cómo se subsanó la observación", { field: "resolution" });
  const request = ticket.request_id ? await findServiceRequest(ctx.tx, ticket.request_id, { forUpdate: true }) : undefined;
  if (request && input.correction && request.status !== "annulled") {
    const added = input.correction.observation?.trim();
    await saveRequestChange(
      ctx.tx,
      request.id,
      {
        status: request.status,
        observation: added ? `${request.observation}\n${added}`.trim().slice(0, 4000) : undefined,
        nearestBox: input.correction.nearestBox?.trim() || null,
        zone: input.correction.zone?.trim() || null,
      },
      ctx.now,
    );
  }
  const attended = await markAttended(ticket, resolution, ctx, request?.customer_id ?? null);
  await publishBoardChange(ctx, { requestId: ticket.request_id, ticketId: id, change: "ticket_attended" });
  return attended;
}
