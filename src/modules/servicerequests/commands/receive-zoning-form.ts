import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { startDeadline } from "../../deadlines/index.js";
import { findCurrentTenant } from "../../tenants/index.js";
import { findWorkOrder } from "../../workorders/index.js";
import type { TicketTeam } from "../procedure.js";
import {
  findBillingMonth,
  findServiceRequest,
  insertBillingMonth,
  insertZoningForm,
  type TicketRow,
  type ZoningFormRow,
} from "../repo.js";
import { lastBusinessDayRule, monthOf, routingProblem } from "../rules.js";
import { openTicket } from "./open-ticket.js";

export interface ZoningFormInput {
  zone: string;
  address: string;
  nearestBox?: string | null;
  /** 20.2: impediments reported as engineering tickets (the order not closed by the operations center, commercial, system). */
  impediments?: Array<{ cause: "order_not_closed" | "commercial" | "system"; team: TicketTeam; observation: string }>;
}

const STATUS_ES: Record<string, string> = { open: "abierta", printed: "impresa", cancelled: "anulada" };

/** Only the network department receives zoning forms (step 20). */
export function requireNetworkDept(ctx: CommandContext, what: string): void {
  if (!ctx.actor.roles.includes("network_dept")) {
    throw new AppError("FORBIDDEN", `«${what}» lo realiza Depto. Gestión de Red`);
  }
}

/**
 * Step 20.1–20.2: the network department receives the zoning form of a request whose order was already
 * executed (refused otherwise, nothing written) and reports its impediments as engineering tickets. The
 * month's send-to-billing deadline (last business day, step 21) starts with the month's first form.
 */
export async function receiveZoningForm(
  requestId: string,
  input: ZoningFormInput,
  ctx: CommandContext,
): Promise<{ form: ZoningFormRow; tickets: TicketRow[] }> {
  const request = await findServiceRequest(ctx.tx, requestId, { forUpdate: true });
  if (!request) throw new AppError("NOT_FOUND", "Solicitud de servicio no encontrada");
  requireNetworkDept(ctx, "Recibe formulario de zonificación");
  const order = request.work_order_id ? await findWorkOrder(ctx.tx, request.work_order_id) : undefined;
  if (order?.status !== "closed") {
    throw new AppError(
      "STEP_NOT_ALLOWED",
      `El formulario de zonificación es para órdenes ya ejecutadas (paso 20.1): la orden${order ? ` N° ${order.number} está ${STATUS_ES[order.status] ?? order.status}` : " no existe"}`,
    );
  }
  const zone = input.zone.trim();
  const address = input.address.trim();
  if (!zone) throw new AppError("VALIDATION_FAILED", "Indique la zona corregida", { field: "zone" });
  if (!address) throw new AppError("VALIDATION_FAILED", "Indique la dirección corregida", { field: "address" });
  for (const impediment of input.impediments ?? []) {
    const problem = routingProblem("zoning_impediment", impediment.team);
    if (problem) throw new AppError("STEP_NOT_ALLOWED", problem, { field: "impediments" });
  }
  const tenant = await findCurrentTenant(ctx.tx);
  const timezone = tenant?.timezone ?? "UTC";
  const month = monthOf(ctx.now, timezone);
  const form = await insertZoningForm(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    requestId,
    workOrderId: order.id,
    month,
    zone,
    address,
    box: input.nearestBox?.trim() || null,
    userId: ctx.actor.userId,
    now: ctx.now,
  });
  const tickets: TicketRow[] = [];
  for (const impediment of input.impediments ?? []) {
    tickets.push(
      await openTicket(
        request,
        "zoning_impediment",
        {
          team: impediment.team,
          observation: impediment.observation,
          details: { cause: impediment.cause, zoningFormId: form.id },
        },
        ctx,
      ),
    );
  }
  if (!(await findBillingMonth(ctx.tx, month))) {
    const rule = lastBusinessDayRule(ctx.now, timezone, await loadTenantCalendar(ctx.tx));
    if (rule) {
      const deadline = await startDeadline(
        { subjectType: "zoning_billing_month", subjectId: `${ctx.actor.tenantId}:${month}`, kind: "zoning_to_billing", rule },
        ctx,
      );
      await insertBillingMonth(ctx.tx, ctx.actor.tenantId, month, deadline.id);
    }
  }
  await recordEvent(ctx, {
    subjectType: "service_request",
    subjectId: requestId,
    customerId: request.customer_id,
    action: "zoning_form_received",
    after: { zone, address, nearestBox: form.corrected_box, month, impediments: tickets.map((t) => t.number) },
  });
  return { form, tickets };
}
