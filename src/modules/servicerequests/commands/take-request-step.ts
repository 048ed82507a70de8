import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { startDeadline } from "../../deadlines/index.js";
import { annulWorkOrder, findWorkOrder } from "../../workorders/index.js";
import { publishBoardChange } from "../board-events.js";
import { readServiceRequestSettings } from "../catalog-kind.js";
import { opensTicket, REQUEST_PROCEDURE, type RequestStep, STEP_AREA, TICKET_ROUTES, type TicketTeam } from "../procedure.js";
import { readRequestFacts } from "../queries.js";
import {
  findServiceRequest,
  insertZoneReferences,
  listRequestTickets,
  type ServiceRequestRow,
  saveRequestChange,
  type TicketRow,
} from "../repo.js";
import { routingProblem } from "../rules.js";
import { openTicket } from "./open-ticket.js";
import { closeUnattended, markAttended } from "./settle-ticket.js";

export interface ZoneReferenceInput {
  kind: "zone" | "landmark" | "street" | "box";
  name: string;
  zone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface TakeRequestStepInput {
  /** What the area observed, or why it decides (the ticket's observation, the annulment's reason). */
  observation: string;
  team?: TicketTeam;
  dataRequested?: string[];
  details?: Record<string, unknown>;
  /** Step 3.3: zones, landmarks, streets learned while exhausting the options (kept for the map layer). */
  references?: ZoneReferenceInput[];
  zone?: string | null;
  nearestBox?: string | null;
}

/** The teams whose open tickets a step settles as attended by the actor: the ticket it answers. */
const ATTENDS: Partial<Record<RequestStep, TicketTeam>> = {
  zonal_redirect: "zonal",
  coc_redirect_install: "coc",
  coc_redirect_annul: "coc",
};

/**
 * Takes one step of seed 001 on a request, as its transition table allows for the actor's role (refused
 * with the reason otherwise, nothing written): opens the step's engineering ticket to a team that takes
 * it, settles the ticket the step answers, and on an annulment annuls the work order, closes what was
 * left open and — for a re-entry (9) — opens the re-entry ticket with its 2-hour clock.
 */
export async function takeRequestStep(
  id: string,
  step: RequestStep,
  input: TakeRequestStepInput,
  ctx: CommandContext,
): Promise<{ request: ServiceRequestRow; ticket: TicketRow | null }> {
  const request = await findServiceRequest(ctx.tx, id, { forUpdate: true });
  if (!request) throw new AppError("NOT_FOUND", "Solicitud de servicio no encontrada");
  const facts = await readRequestFacts(ctx.tx, id, ctx.now);
  const to = requireStep(REQUEST_PROCEDURE, step, { state: request.status, roles: ctx.actor.roles, facts });
  const definition = REQUEST_PROCEDURE.steps[step];
  const observation = input.observation.trim();
  if (!observation)
    throw new AppError("VALIDATION_FAILED", "Detalle la observación o el motivo del paso", { field: "observation" });

  // The ticket it opens is checked (its team) before anything is written; the re-entry's is opened once annulled.
  if (opensTicket(step)) {
    const problem = routingProblem(step, input.team ?? TICKET_ROUTES[step].teams[0]!);
    if (problem) throw new AppError("STEP_NOT_ALLOWED", problem, { field: "team" });
  }
  let ticket: TicketRow | null = null;
  if (opensTicket(step) && step !== "coc_annul_for_reentry") ticket = await openTicket(request, step, input, ctx);

  const answered = ATTENDS[step];
  const open = await listRequestTickets(ctx.tx, id, { openOnly: true });
  for (const t of open) {
    if (t.id === ticket?.id) continue;
    if (answered && t.team === answered) await markAttended(t, observation, ctx, request.customer_id);
    else if (to === "annulled" || to === "assigned") {
      await closeUnattended(
        t,
        `${to === "annulled" ? "Solicitud anulada" : "Asignada para instalación"}: ${definition.label}`,
        ctx,
        request.customer_id,
      );
    }
  }

  if (input.references?.length) {
    await insertZoneReferences(
      ctx.tx,
      ctx.actor.tenantId,
      input.references.map((r) => ({
        kind: r.kind,
        name: r.name.trim(),
        zone: r.zone?.trim() || input.zone?.trim() || request.zone,
        latitude: r.latitude ?? null,
        longitude: r.longitude ?? null,
      })),
      id,
      ctx.actor.userId,
      ctx.now,
    );
  }

  if (to === "annulled" && request.work_order_id) {
    const order = await findWorkOrder(ctx.tx, request.work_order_id);
    if (order && (order.status === "open" || order.status === "printed")) {
      await annulWorkOrder(order.id, { reason: observation, seedStep: definition.seedStep ?? "" }, ctx);
    }
  }

  let reentryDeadlineId: string | undefined;
  if (step === "coc_annul_for_reentry") {
    const settings = await readServiceRequestSettings(ctx.tx);
    const deadline = await startDeadline(
      {
        subjectType: "service_request",
        subjectId: id,
        customerId: request.customer_id,
        kind: "reentry_window",
        rule: settings.reentryWindow,
        atRiskRatio: settings.atRiskRatio,
      },
      ctx,
    );
    reentryDeadlineId = deadline.id;
  }

  const saved = await saveRequestChange(
    ctx.tx,
    id,
    {
      status: to,
      detectedBy: STEP_AREA[step],
      markProbable: true,
      annulment:
        to === "annulled" ? { step: definition.seedStep ?? step, reason: observation, userId: ctx.actor.userId } : undefined,
      assigned: to === "assigned",
      zone: input.zone?.trim() || null,
      nearestBox: input.nearestBox?.trim() || null,
      reentryDeadlineId,
    },
    ctx.now,
  );
  if (step === "coc_annul_for_reentry") ticket = await openTicket(saved, step, input, ctx);

  await recordEvent(ctx, {
    subjectType: "service_request",
    subjectId: id,
    customerId: request.customer_id,
    action: to === "annulled" ? "service_request_annulled" : "service_request_step",
    before: { status: request.status },
    after: { status: to, step, seedStep: definition.seedStep, label: definition.label, ticketNumber: ticket?.number ?? null },
    reason: observation,
  });
  await publishBoardChange(ctx, { requestId: id, ticketId: ticket?.id ?? null, change: step, status: to });
  return { request: saved, ticket };
}
