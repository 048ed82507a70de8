import { explainSteps } from "../../platform/procedure/procedure.js";
import { roleNameEs } from "../../platform/role-names.js";
import { type DeadlineStatus, deadlinePhase } from "../deadlines/index.js";
import { REQUEST_PROCEDURE, type RequestFacts, TEAM_NAMES_ES } from "./procedure.js";
import type { BoardTicketRow, RequestListRow, TicketWithDeadline } from "./queries.js";
import type { ServiceRequestRow } from "./repo.js";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentServiceRequest(row: ServiceRequestRow) {
  return {
    id: row.id,
    number: Number(row.number),
    requestType: row.request_type,
    customerId: row.customer_id,
    productId: row.product_id,
    address: row.address,
    zone: row.zone,
    nearestBox: row.nearest_box,
    equipment: row.equipment,
    observation: row.observation,
    sellerName: row.seller_name,
    advisorName: row.advisor_name,
    source: row.source,
    status: row.status,
    statusLabel: REQUEST_PROCEDURE.states[row.status].label,
    detectedBy: row.detected_by,
    probableAt: iso(row.probable_at),
    workOrderId: row.work_order_id,
    annulledAt: iso(row.annulled_at),
    annulmentStep: row.annulment_step,
    annulmentReason: row.annulment_reason,
    assignedAt: iso(row.assigned_at),
    reentryOf: row.reentry_of,
    reentryLate: row.reentry_late,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentRequestListItem(row: RequestListRow) {
  return {
    ...presentServiceRequest(row),
    customerName: row.customer_name,
    serviceNumber: row.service_number,
    workOrderNumber: row.work_order_number === null ? null : Number(row.work_order_number),
    workOrderStatus: row.work_order_status,
    openTickets: row.open_tickets,
  };
}

export function presentTicket(row: TicketWithDeadline, now: Date) {
  return {
    id: row.id,
    number: Number(row.number),
    requestId: row.request_id,
    requestNumber: row.request_number === null ? null : Number(row.request_number),
    kind: row.kind,
    area: row.area,
    seedStep: row.seed_step,
    team: row.team,
    teamName: TEAM_NAMES_ES[row.team],
    observation: row.observation,
    dataRequested: row.data_requested,
    sellerName: row.seller_name,
    advisorName: row.advisor_name,
    zone: row.zone,
    details: row.details,
    status: row.status,
    dueAt: row.due_at.toISOString(),
    atRiskAt: row.at_risk_at.toISOString(),
    phase: deadlinePhase({ status: row.deadline_status as DeadlineStatus, dueAt: row.due_at, atRiskAt: row.at_risk_at }, now),
    ageMinutes: Math.max(0, Math.floor((now.getTime() - row.created_at.getTime()) / 60_000)),
    attendedAt: iso(row.attended_at),
    attendedRole: row.attended_role,
    resolution: row.resolution,
    openedRole: row.opened_role,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentBoardTicket(row: BoardTicketRow, now: Date) {
  return {
    ...presentTicket(row, now),
    requestStatus: row.request_status,
    requestType: row.request_type,
    customerName: row.customer_name,
  };
}

/** What the actor may do next on the request, each with why not (the buttons and their reasons). */
export function presentNextSteps(row: ServiceRequestRow, roles: readonly string[], facts: RequestFacts) {
  return explainSteps(REQUEST_PROCEDURE, { state: row.status, roles, facts }, roleNameEs);
}

export function presentZoningForm(
  form: {
    id: string;
    request_id: string;
    work_order_id: string;
    month: string;
    corrected_zone: string;
    corrected_address: string;
    corrected_box: string | null;
    status: "received" | "corrected";
    corrected_at: Date | null;
  },
  impedimentTickets: number[],
) {
  return {
    id: form.id,
    requestId: form.request_id,
    workOrderId: form.work_order_id,
    month: form.month,
    correctedZone: form.corrected_zone,
    correctedAddress: form.corrected_address,
    correctedBox: form.corrected_box,
    status: form.status,
    correctedAt: form.corrected_at?.toISOString() ?? null,
    impedimentTickets,
  };
}

export function presentBillingReport(row: {
  id: string;
  month: string;
  version: number;
  row_count: number;
  sha256: string;
  outbound_id: string | null;
  outbound_status?: string | null;
  created_at: Date;
}) {
  return {
    id: row.id,
    month: row.month,
    version: row.version,
    rowCount: row.row_count,
    sha256: row.sha256,
    outboundId: row.outbound_id,
    outboundStatus: row.outbound_status ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
