import { deadlinePhase } from "../deadlines/index.js";
import type { WorkOrderListRow } from "./queries.js";
import type { WorkOrderRow } from "./repo.js";

export function presentWorkOrder(row: WorkOrderRow) {
  return {
    id: row.id,
    number: row.number,
    orderType: row.order_type,
    customerId: row.customer_id,
    productId: row.product_id,
    activityCode: row.activity_code,
    activityName: row.activity_name,
    paymentMethod: row.payment_method,
    value: Number(row.value),
    observation: row.observation,
    originType: row.origin_type,
    originId: row.origin_id,
    status: row.status,
    deadlineId: row.deadline_id,
    dueAt: row.due_at.toISOString(),
    atRiskAt: row.at_risk_at.toISOString(),
    deadlineStatus: row.deadline_status,
    printedAt: row.printed_at?.toISOString() ?? null,
    tasksDone: row.tasks_done,
    result: row.result,
    hasSignature: row.signature !== null,
    signedByName: row.signed_by_name,
    closedAt: row.closed_at?.toISOString() ?? null,
    externalReference: row.external_reference,
    createdAt: row.created_at.toISOString(),
  };
}

/** An order as the printed list, the supervisor's board and the technician's phone show it. */
export function presentWorkOrderListItem(row: WorkOrderListRow, now: Date) {
  return {
    ...presentWorkOrder(row),
    customerCode: row.customer_code,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    customerAddress: row.customer_address,
    customerCity: row.customer_city,
    serviceNumber: row.service_number,
    productKind: row.product_kind,
    technology: row.technology,
    // As the deadline service sees it at `now` (breached past its due instant, even before its timer has run).
    isBreached: deadlinePhase({ status: row.deadline_status, dueAt: row.due_at, atRiskAt: row.at_risk_at }, now) === "breached",
  };
}
