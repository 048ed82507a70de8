import { randomUUID } from "node:crypto";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { completeDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { createWorkOrder } from "../../workorders/index.js";
import { publishBoardChange } from "../board-events.js";
import { readServiceRequestSettings } from "../catalog-kind.js";
import {
  findServiceRequest,
  insertServiceRequest,
  listRequestTickets,
  type ServiceRequestRow,
  setRequestWorkOrder,
} from "../repo.js";
import { carriedObservation, reentryTiming } from "../rules.js";
import { markAttended } from "./settle-ticket.js";

export interface KeyServiceRequestInput {
  requestType: ServiceRequestRow["request_type"];
  customerId: string;
  productId: string;
  address: string;
  zone?: string | null;
  nearestBox?: string | null;
  equipment?: string | null;
  observation?: string;
  sellerName: string;
  /** The advisor who keyed it, when loaded by someone else (an import); by default the actor. */
  advisorName?: string;
  /** Step 19.2: the annulled request this one re-enters. */
  reentryOf?: string | null;
  source?: "keyed" | "import";
  /** The request's number in the system it was imported from. */
  externalNumber?: string | null;
}

export interface KeyedRequest {
  request: ServiceRequestRow;
  workOrderId: string;
  /** For a re-entry: whether it was keyed after its window (kept, flagged). */
  reentryLate: boolean | null;
}

/**
 * Step 1 (and 19.2): the advisor keys an installation, transfer or migration request; its work order of the
 * request type's catalog activity is generated with it. A re-entry names the annulled request: it is
 * linked to it, carries its observations and its re-entry ticket's precise data over, attends that
 * ticket, and completes the 2-hour clock — keyed late, it is kept and flagged late, never refused.
 */
export async function keyServiceRequest(input: KeyServiceRequestInput, ctx: CommandContext): Promise<KeyedRequest> {
  const settings = await readServiceRequestSettings(ctx.tx);
  const address = input.address.trim();
  if (!address) throw new AppError("VALIDATION_FAILED", "Digite la dirección de la instalación", { field: "address" });
  const sellerName = input.sellerName.trim();
  if (!sellerName) throw new AppError("VALIDATION_FAILED", "Indique el vendedor de la solicitud", { field: "sellerName" });

  let observation = input.observation?.trim() ?? "";
  let reentryLate: boolean | null = null;
  const annulled = input.reentryOf ? await findServiceRequest(ctx.tx, input.reentryOf, { forUpdate: true }) : undefined;
  if (input.reentryOf) {
    if (!annulled) throw new AppError("NOT_FOUND", "La solicitud a re-digitar no existe", { field: "reentryOf" });
    if (annulled.status !== "annulled") {
      throw new AppError("STEP_NOT_ALLOWED", `Solo se re-digita una solicitud anulada; la N° ${annulled.number} no lo está`, {
        field: "reentryOf",
      });
    }
    if (annulled.customer_id !== input.customerId) {
      throw new AppError("STEP_NOT_ALLOWED", "La re-digitación debe ser del mismo cliente que la solicitud anulada", {
        field: "customerId",
      });
    }
    const calendar = await loadTenantCalendar(ctx.tx);
    reentryLate = reentryTiming(annulled.annulled_at!, ctx.now, settings.reentryWindow, calendar).isLate;
    const tickets = await listRequestTickets(ctx.tx, annulled.id);
    observation = carriedObservation(
      observation,
      annulled,
      tickets.filter((t) => t.kind === "reentry" || t.kind === "correction").map((t) => t.observation),
    );
  }

  const id = randomUUID();
  const request = await insertServiceRequest(ctx.tx, {
    id,
    tenantId: ctx.actor.tenantId,
    requestType: input.requestType,
    customerId: input.customerId,
    productId: input.productId,
    address,
    zone: input.zone?.trim() || annulled?.zone || null,
    nearestBox: input.nearestBox?.trim() || null,
    equipment: input.equipment?.trim() || null,
    observation,
    sellerName,
    advisorId: input.source === "import" ? null : ctx.actor.userId,
    advisorName: input.advisorName?.trim() || ctx.actor.fullName,
    source: input.source ?? "keyed",
    externalNumber: input.externalNumber ?? null,
    reentryOf: annulled?.id ?? null,
    reentryLate,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  const order = await createWorkOrder(
    {
      originType: "service_request",
      originId: id,
      customerId: input.customerId,
      productId: input.productId,
      activityCode: settings.activities[input.requestType],
      observation: observation || `Solicitud N° ${request.number}: ${address}`,
    },
    ctx,
  );
  await setRequestWorkOrder(ctx.tx, id, order.id);
  await recordEvent(ctx, {
    subjectType: "service_request",
    subjectId: id,
    customerId: input.customerId,
    action: "service_request_keyed",
    after: {
      number: request.number,
      requestType: input.requestType,
      address,
      zone: request.zone,
      sellerName,
      advisorName: request.advisor_name,
      workOrderNumber: order.number,
      source: request.source,
    },
  });

  if (annulled) {
    if (annulled.reentry_deadline_id) {
      const deadline = (await findDeadline(ctx.tx, annulled.reentry_deadline_id, { forUpdate: true }))!;
      const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
      if (decideTransition("complete", state, ctx.now).allowed) {
        await completeDeadline(deadline.id, { reason: `re-digitada como solicitud N° ${request.number}` }, ctx);
      }
    }
    for (const ticket of await listRequestTickets(ctx.tx, annulled.id, { openOnly: true })) {
      if (ticket.kind === "reentry")
        await markAttended(ticket, `Re-digitada como solicitud N° ${request.number}`, ctx, annulled.customer_id);
    }
    await recordEvent(ctx, {
      subjectType: "service_request",
      subjectId: annulled.id,
      customerId: annulled.customer_id,
      action: "service_request_reentered",
      after: { reentryNumber: request.number, reentryId: id, late: reentryLate },
      reason: reentryLate ? "Re-digitada fuera de las 2 horas (paso 19.2)" : null,
    });
  }
  await publishBoardChange(ctx, { requestId: id, change: annulled ? "reentered" : "keyed" });
  return { request: { ...request, work_order_id: order.id }, workOrderId: order.id, reentryLate };
}
