import { randomUUID } from "node:crypto";
import { actorRole, type CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { startDeadline } from "../../deadlines/index.js";
import { publishBoardChange } from "../board-events.js";
import { readServiceRequestSettings } from "../catalog-kind.js";
import { TICKET_ROUTES, type TicketOpeningStep, type TicketTeam } from "../procedure.js";
import { insertTicket, type ServiceRequestRow, type TicketRow } from "../repo.js";
import { routingProblem } from "../rules.js";

export interface OpenTicketInput {
  team?: TicketTeam;
  observation: string;
  /** What the receiving team is asked to gather (3.2): address_reference, nearest_box, other … */
  dataRequested?: string[];
  /** Whatever the step reports: commercial and technical data, equipment, the customer's requests (15.1), the cause of an impediment (20.2). */
  details?: Record<string, unknown>;
}

/**
 * Opens an engineering ticket of a step on a request (3.1: request number, observation, seller, advisor),
 * routed to a team that takes that step, with its same-day deadline on the tenant's calendar (4.2) whose
 * at-risk and breached alerts the deadline service sends. Refused, with nothing written, when the team
 * does not take the step.
 */
export async function openTicket(
  request: ServiceRequestRow,
  step: TicketOpeningStep,
  input: OpenTicketInput,
  ctx: CommandContext,
): Promise<TicketRow> {
  const route = TICKET_ROUTES[step];
  const team = input.team ?? route.teams[0]!;
  const problem = routingProblem(step, team);
  if (problem) throw new AppError("STEP_NOT_ALLOWED", problem, { field: "team" });
  const observation = input.observation.trim();
  if (!observation) {
    throw new AppError("VALIDATION_FAILED", "Detalle la observación del servicio de ingeniería", { field: "observation" });
  }
  const settings = await readServiceRequestSettings(ctx.tx);
  const id = randomUUID();
  const deadline = await startDeadline(
    {
      subjectType: "engineering_ticket",
      subjectId: id,
      customerId: request.customer_id,
      kind: "engineering_ticket_same_day",
      rule: settings.ticketDeadline,
      atRiskRatio: settings.atRiskRatio,
    },
    ctx,
  );
  const ticket = await insertTicket(ctx.tx, {
    id,
    tenantId: ctx.actor.tenantId,
    requestId: request.id,
    kind: route.kind,
    area: route.area,
    seedStep: route.seedStep,
    team,
    observation,
    dataRequested: [...new Set(input.dataRequested ?? [])],
    requestNumber: request.number,
    sellerName: request.seller_name,
    advisorName: request.advisor_name,
    zone: request.zone,
    details: input.details ?? {},
    deadlineId: deadline.id,
    openedBy: ctx.actor.userId,
    openedRole: actorRole(ctx.actor),
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "engineering_ticket",
    subjectId: id,
    customerId: request.customer_id,
    action: "engineering_ticket_opened",
    after: {
      number: ticket.number,
      requestNumber: request.number,
      seedStep: route.seedStep,
      kind: route.kind,
      team,
      observation,
      dataRequested: ticket.data_requested,
      sellerName: request.seller_name,
      advisorName: request.advisor_name,
      dueAt: deadline.due_at,
    },
  });
  await publishBoardChange(ctx, { requestId: request.id, ticketId: id, change: "ticket_opened" });
  return ticket;
}
