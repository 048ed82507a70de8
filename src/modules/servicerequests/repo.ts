import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { RequestStatus, TicketArea, TicketKind, TicketTeam } from "./procedure.js";

registerConstraintErrors({
  service_requests_reentry_key: {
    code: "CONFLICT",
    detail: "Esa solicitud anulada ya tiene su re-digitación",
    field: "reentryOf",
  },
  service_requests_tenant_id_external_number_key: {
    code: "DUPLICATE",
    detail: (key) => `La solicitud ${key.external_number ?? "indicada"} ya fue importada`,
    field: "externalNumber",
  },
  zoning_forms_tenant_id_request_id_key: {
    code: "CONFLICT",
    detail: "Esta solicitud ya tiene su formulario de zonificación",
  },
});

export interface ServiceRequestRow {
  id: string;
  number: number;
  request_type: "installation" | "transfer" | "migration";
  customer_id: string;
  product_id: string;
  address: string;
  zone: string | null;
  nearest_box: string | null;
  equipment: string | null;
  observation: string;
  seller_name: string;
  advisor_id: string | null;
  advisor_name: string;
  source: "keyed" | "import";
  external_number: string | null;
  status: RequestStatus;
  detected_by: "network" | "coc" | "technician" | null;
  probable_at: Date | null;
  work_order_id: string | null;
  annulled_at: Date | null;
  annulled_by: string | null;
  annulment_step: string | null;
  annulment_reason: string | null;
  assigned_at: Date | null;
  reentry_of: string | null;
  reentry_late: boolean | null;
  reentry_deadline_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewServiceRequest {
  id: string;
  tenantId: string;
  requestType: ServiceRequestRow["request_type"];
  customerId: string;
  productId: string;
  address: string;
  zone: string | null;
  nearestBox: string | null;
  equipment: string | null;
  observation: string;
  sellerName: string;
  advisorId: string | null;
  advisorName: string;
  source: "keyed" | "import";
  externalNumber: string | null;
  reentryOf: string | null;
  reentryLate: boolean | null;
  createdBy: string | null;
  now: Date;
}

export async function insertServiceRequest(tx: Tx, r: NewServiceRequest): Promise<ServiceRequestRow> {
  const { rows } = await tx.query<ServiceRequestRow>(
    `INSERT INTO service_requests (tenant_id, id, request_type, customer_id, product_id, address, zone, nearest_box, equipment,
                                   observation, seller_name, advisor_id, advisor_name, source, status, reentry_of, reentry_late,
                                   created_by, created_at, updated_at, external_number)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'keyed', $15, $16, $17, $18, $18, $19)
     RETURNING *`,
    [
      r.tenantId,
      r.id,
      r.requestType,
      r.customerId,
      r.productId,
      r.address,
      r.zone,
      r.nearestBox,
      r.equipment,
      r.observation,
      r.sellerName,
      r.advisorId,
      r.advisorName,
      r.source,
      r.reentryOf,
      r.reentryLate,
      r.createdBy,
      r.now,
      r.externalNumber,
    ],
  );
  return rows[0]!;
}

export async function setRequestWorkOrder(tx: Tx, id: string, workOrderId: string): Promise<void> {
  await tx.query("UPDATE service_requests SET work_order_id = $2 WHERE id = $1", [id, workOrderId]);
}

export async function setRequestEquipment(tx: Tx, id: string, equipment: string): Promise<void> {
  await tx.query("UPDATE service_requests SET equipment = $2 WHERE id = $1", [id, equipment]);
}

export async function findServiceRequest(tx: Tx, id: string, options: { forUpdate?: boolean } = {}) {
  const { rows } = await tx.query<ServiceRequestRow>(
    `SELECT * FROM service_requests WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export interface RequestChange {
  status: RequestStatus;
  detectedBy?: ServiceRequestRow["detected_by"];
  /** Marks it probable of annulment now, unless it already was. */
  markProbable?: boolean;
  annulment?: { step: string; reason: string; userId: string | null };
  assigned?: boolean;
  observation?: string;
  zone?: string | null;
  nearestBox?: string | null;
  reentryDeadlineId?: string;
}

/** Moves a request to its next status with what the step records. */
export async function saveRequestChange(tx: Tx, id: string, change: RequestChange, now: Date): Promise<ServiceRequestRow> {
  const { rows } = await tx.query<ServiceRequestRow>(
    `UPDATE service_requests SET
        status = $2,
        detected_by = coalesce(detected_by, $3),
        probable_at = CASE WHEN $4 THEN coalesce(probable_at, $5) ELSE probable_at END,
        annulled_at = CASE WHEN $6::text IS NOT NULL THEN $5 ELSE annulled_at END,
        annulment_step = coalesce($6, annulment_step),
        annulment_reason = coalesce($7, annulment_reason),
        annulled_by = CASE WHEN $6::text IS NOT NULL THEN $8 ELSE annulled_by END,
        assigned_at = CASE WHEN $9 THEN $5 ELSE assigned_at END,
        observation = coalesce($10, observation),
        zone = coalesce($11, zone),
        nearest_box = coalesce($12, nearest_box),
        reentry_deadline_id = coalesce($13, reentry_deadline_id),
        updated_at = $5
      WHERE id = $1 RETURNING *`,
    [
      id,
      change.status,
      change.detectedBy ?? null,
      change.markProbable === true,
      now,
      change.annulment?.step ?? null,
      change.annulment?.reason ?? null,
      change.annulment?.userId ?? null,
      change.assigned === true,
      change.observation ?? null,
      change.zone ?? null,
      change.nearestBox ?? null,
      change.reentryDeadlineId ?? null,
    ],
  );
  return rows[0]!;
}

export interface TicketRow {
  id: string;
  number: number;
  request_id: string | null;
  kind: TicketKind;
  area: TicketArea;
  seed_step: string;
  team: TicketTeam;
  observation: string;
  data_requested: string[];
  request_number: number | null;
  seller_name: string | null;
  advisor_name: string | null;
  zone: string | null;
  details: Record<string, unknown>;
  status: "open" | "attended" | "closed";
  deadline_id: string;
  attended_at: Date | null;
  attended_by: string | null;
  attended_role: string | null;
  resolution: string | null;
  opened_by: string | null;
  opened_role: string;
  created_at: Date;
  updated_at: Date;
}

export interface NewTicket {
  id: string;
  tenantId: string;
  requestId: string | null;
  kind: TicketKind;
  area: TicketArea;
  seedStep: string;
  team: TicketTeam;
  observation: string;
  dataRequested: string[];
  requestNumber: number | null;
  sellerName: string | null;
  advisorName: string | null;
  zone: string | null;
  details: Record<string, unknown>;
  deadlineId: string;
  openedBy: string | null;
  openedRole: string;
  now: Date;
}

export async function insertTicket(tx: Tx, t: NewTicket): Promise<TicketRow> {
  const { rows } = await tx.query<TicketRow>(
    `INSERT INTO engineering_tickets (tenant_id, id, request_id, kind, area, seed_step, team, observation, data_requested,
                                      request_number, seller_name, advisor_name, zone, details, status, deadline_id,
                                      opened_by, opened_role, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'open', $15, $16, $17, $18, $18)
     RETURNING *`,
    [
      t.tenantId,
      t.id,
      t.requestId,
      t.kind,
      t.area,
      t.seedStep,
      t.team,
      t.observation,
      t.dataRequested,
      t.requestNumber,
      t.sellerName,
      t.advisorName,
      t.zone,
      JSON.stringify(t.details),
      t.deadlineId,
      t.openedBy,
      t.openedRole,
      t.now,
    ],
  );
  return rows[0]!;
}

export async function findTicket(tx: Tx, id: string, options: { forUpdate?: boolean } = {}) {
  const { rows } = await tx.query<TicketRow>(
    `SELECT * FROM engineering_tickets WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

/** A request's tickets, oldest first; `openOnly` locks the open ones. */
export async function listRequestTickets(tx: Tx, requestId: string, options: { openOnly?: boolean } = {}) {
  const { rows } = await tx.query<TicketRow>(
    `SELECT * FROM engineering_tickets WHERE request_id = $1${options.openOnly ? " AND status = 'open'" : ""}
      ORDER BY created_at, number${options.openOnly ? " FOR UPDATE" : ""}`,
    [requestId],
  );
  return rows;
}

export async function markTicketAttended(
  tx: Tx,
  id: string,
  attended: { resolution: string; userId: string | null; role: string; now: Date },
): Promise<TicketRow> {
  const { rows } = await tx.query<TicketRow>(
    `UPDATE engineering_tickets SET status = 'attended', attended_at = $2, attended_by = $3, attended_role = $4, resolution = $5,
            updated_at = $2
      WHERE id = $1 RETURNING *`,
    [id, attended.now, attended.userId, attended.role, attended.resolution],
  );
  return rows[0]!;
}

/** Closes a ticket without attention (its request was assigned or annulled meanwhile). */
export async function markTicketClosed(tx: Tx, id: string, resolution: string, now: Date): Promise<void> {
  await tx.query("UPDATE engineering_tickets SET status = 'closed', resolution = $2, updated_at = $3 WHERE id = $1", [
    id,
    resolution,
    now,
  ]);
}

export async function insertZoneReferences(
  tx: Tx,
  tenantId: string,
  references: ReadonlyArray<{
    kind: string;
    name: string;
    zone: string | null;
    latitude: number | null;
    longitude: number | null;
  }>,
  requestId: string | null,
  userId: string | null,
  now: Date,
): Promise<void> {
  for (const r of references) {
    await tx.query(
      `INSERT INTO zone_references (tenant_id, kind, name, zone, latitude, longitude, request_id, recorded_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [tenantId, r.kind, r.name, r.zone, r.latitude, r.longitude, requestId, userId, now],
    );
  }
}

export interface ZoningFormRow {
  id: string;
  request_id: string;
  work_order_id: string;
  month: string;
  corrected_zone: string;
  corrected_address: string;
  corrected_box: string | null;
  status: "received" | "corrected";
  corrected_at: Date | null;
  received_by: string | null;
  created_at: Date;
}

export async function insertZoningForm(
  tx: Tx,
  f: {
    tenantId: string;
    requestId: string;
    workOrderId: string;
    month: string;
    zone: string;
    address: string;
    box: string | null;
    userId: string | null;
    now: Date;
  },
): Promise<ZoningFormRow> {
  const { rows } = await tx.query<ZoningFormRow>(
    `INSERT INTO zoning_forms (tenant_id, request_id, work_order_id, month, corrected_zone, corrected_address, corrected_box, status,
                               received_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9) RETURNING *`,
    [f.tenantId, f.requestId, f.workOrderId, f.month, f.zone, f.address, f.box, f.userId, f.now],
  );
  return rows[0]!;
}

export async function findZoningForm(tx: Tx, id: string, options: { forUpdate?: boolean } = {}) {
  const { rows } = await tx.query<ZoningFormRow>(
    `SELECT * FROM zoning_forms WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export async function markZoningCorrected(tx: Tx, id: string, now: Date): Promise<ZoningFormRow> {
  const { rows } = await tx.query<ZoningFormRow>(
    "UPDATE zoning_forms SET status = 'corrected', corrected_at = $2 WHERE id = $1 RETURNING *",
    [id, now],
  );
  return rows[0]!;
}

export async function findBillingMonth(tx: Tx, month: string) {
  const { rows } = await tx.query<{ month: string; deadline_id: string }>(
    "SELECT month, deadline_id FROM zoning_billing_months WHERE month = $1 FOR UPDATE",
    [month],
  );
  return rows[0];
}

export async function insertBillingMonth(tx: Tx, tenantId: string, month: string, deadlineId: string): Promise<void> {
  await tx.query("INSERT INTO zoning_billing_months (tenant_id, month, deadline_id) VALUES ($1, $2, $3)", [
    tenantId,
    month,
    deadlineId,
  ]);
}

export interface BillingReportRow {
  id: string;
  month: string;
  version: number;
  row_count: number;
  sha256: string;
  outbound_id: string | null;
  sent_by: string | null;
  created_at: Date;
}

/** Keeps the spreadsheet sent for a month as its next version. */
export async function insertBillingReport(
  tx: Tx,
  r: { tenantId: string; month: string; rowCount: number; file: Buffer; sha256: string; userId: string | null; now: Date },
): Promise<BillingReportRow> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('zoning_billing_report:' || $1))", [r.month]);
  const { rows } = await tx.query<BillingReportRow>(
    `INSERT INTO zoning_billing_reports (tenant_id, month, version, row_count, file, sha256, sent_by, created_at)
     SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5, $6, $7 FROM zoning_billing_reports WHERE month = $2
     RETURNING id, month, version, row_count, sha256, outbound_id, sent_by, created_at`,
    [r.tenantId, r.month, r.rowCount, r.file, r.sha256, r.userId, r.now],
  );
  return rows[0]!;
}

export async function setBillingReportOutbound(tx: Tx, id: string, outboundId: string): Promise<void> {
  await tx.query("UPDATE zoning_billing_reports SET outbound_id = $2 WHERE id = $1", [id, outboundId]);
}

/** The staged rows of a service-requests import whose request number is not in the system yet. */
export async function listNewImportedRequests(tx: Tx, importId: string) {
  const { rows } = await tx.query<{
    data: Record<string, string>;
    customer_id: string;
    product_id: string;
  }>(
    `SELECT r.data, p.customer_id, p.id AS product_id
       FROM import_rows r JOIN products p ON p.service_number = r.data->>'serviceNumber'
      WHERE r.import_id = $1
        AND NOT EXISTS (SELECT 1 FROM service_requests s WHERE s.external_number = r.data->>'requestNumber')
      ORDER BY r.row_number`,
    [importId],
  );
  return rows;
}

export async function currentTenantId(tx: Tx): Promise<string> {
  const { rows } = await tx.query<{ id: string }>("SELECT current_tenant_id() AS id");
  return rows[0]!.id;
}
