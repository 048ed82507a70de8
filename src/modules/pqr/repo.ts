import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";

/** SQL writes of the PQR module (and the row shapes its reads return). Decides nothing. */

registerConstraintErrors({
  pqrs_cun_key: { code: "DUPLICATE", detail: "Ya existe una PQR con ese CUN", field: "cun" },
  pqrs_cun_immutable: { code: "CONFLICT", detail: "El CUN de una PQR no se puede cambiar", field: "cun" },
  pqr_appeals_one_per_pqr: { code: "CONFLICT", detail: "La PQR ya tiene un recurso interpuesto" },
  pqr_cun_ranges_order: { code: "VALIDATION_FAILED", detail: "El primer número del rango no puede ser mayor que el último" },
  pqr_cun_ranges_next: {
    code: "VALIDATION_FAILED",
    detail: "El nuevo rango no puede dejar por fuera CUN ya emitidos del rango actual",
  },
});

export interface PqrRow {
  id: string;
  number: number;
  cun: string;
  cun_source: "issued" | "given";
  type: "petition" | "complaint" | "appeal";
  customer_id: string;
  product_id: string | null;
  subject: string;
  description: string;
  amount_in_dispute: string | null;
  filing_channel: string;
  response_channel: string;
  response_address: string;
  origin: string;
  origin_reference: string | null;
  filed_by: string | null;
  filed_at: Date;
  clock_scope: string;
  clock_version: number;
  received_on: string;
  due_on: string;
  at_risk_on: string;
  status: string;
  at_risk_alerted_at: Date | null;
  answer_outcome: "granted" | "partially_granted" | "denied" | null;
  answer_text: string | null;
  answered_by: string | null;
  answered_at: Date | null;
  notified_at: Date | null;
  notification_channel: string | null;
  appeal_window_ends_on: string | null;
  silence_at: Date | null;
  silence_stage: "answer" | "reconsideration" | null;
  grant_deadline_id: string | null;
  granted_at: Date | null;
  granted_by: string | null;
  grant_note: string | null;
  desisted_at: Date | null;
  desisted_by: string | null;
  desist_note: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** The columns of a PqrRow, dates as text (local dates must not shift with the process's time zone). */
export const PQR_COLUMNS = `p.id, p.number, p.cun, p.cun_source, p.type, p.customer_id, p.product_id, p.subject, p.description,
  p.amount_in_dispute, p.filing_channel, p.response_channel, p.response_address, p.origin, p.origin_reference,
  p.filed_by, p.filed_at, p.clock_scope, p.clock_version, p.received_on::text, p.due_on::text, p.at_risk_on::text,
  p.status, p.at_risk_alerted_at, p.answer_outcome, p.answer_text, p.answered_by, p.answered_at, p.notified_at,
  p.notification_channel, p.appeal_window_ends_on::text, p.silence_at, p.silence_stage, p.grant_deadline_id,
  p.granted_at, p.granted_by, p.grant_note, p.desisted_at, p.desisted_by, p.desist_note, p.version,
  p.created_at, p.updated_at`;

export interface AppealRow {
  id: string;
  pqr_id: string;
  kind: "reconsideration" | "with_subsidiary";
  grounds: string;
  filing_channel: string;
  origin: string;
  origin_reference: string | null;
  filed_by: string | null;
  filed_at: Date;
  received_on: string;
  due_on: string;
  at_risk_on: string;
  decision: "reversed" | "partially_reversed" | "upheld" | null;
  decision_text: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  authority: string | null;
  forwarded_by: string | null;
  forwarded_at: Date | null;
  authority_reference: string | null;
  authority_decision: "confirmed" | "revoked" | "modified" | null;
  authority_decision_text: string | null;
  authority_decided_on: string | null;
  authority_recorded_by: string | null;
  authority_recorded_at: Date | null;
}

export const APPEAL_COLUMNS = `a.id, a.pqr_id, a.kind, a.grounds, a.filing_channel, a.origin, a.origin_reference, a.filed_by,
  a.filed_at, a.received_on::text, a.due_on::text, a.at_risk_on::text, a.decision, a.decision_text, a.decided_by,
  a.decided_at, a.authority, a.forwarded_by, a.forwarded_at, a.authority_reference, a.authority_decision,
  a.authority_decision_text, a.authority_decided_on::text, a.authority_recorded_by, a.authority_recorded_at`;

export interface CunRangeRow {
  prefix: string;
  first_number: number;
  last_number: number;
  next_number: number;
  width: number;
  pattern: string;
  basis: string;
  updated_at: Date;
}

/**
 * Takes the tenant's next CUN number: the database advances the counter under the range row's lock, so
 * concurrent filings never share one; a rolled-back filing rolls its number back. null: no range, or exhausted.
 */
export async function takeCunNumber(tx: Tx): Promise<(CunRangeRow & { number: number }) | null> {
  const { rows } = await tx.query<CunRangeRow & { number: number }>(
    `UPDATE pqr_cun_ranges SET next_number = next_number + 1
      WHERE tenant_id = current_tenant_id() AND next_number <= last_number
      RETURNING next_number - 1 AS number, prefix, first_number, last_number, next_number, width, pattern, basis, updated_at`,
  );
  return rows[0] ?? null;
}

/** Replaces the tenant's CUN range (the authority assigned a new one, or the first one). */
export async function upsertCunRange(
  tx: Tx,
  tenantId: string,
  range: {
    prefix: string;
    firstNumber: number;
    lastNumber: number;
    nextNumber: number;
    width: number;
    pattern: string;
    basis: string;
  },
  userId: string | null,
  now: Date,
): Promise<CunRangeRow> {
  const { rows } = await tx.query<CunRangeRow>(
    `INSERT INTO pqr_cun_ranges (tenant_id, prefix, first_number, last_number, next_number, width, pattern, basis, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (tenant_id) DO UPDATE SET prefix = EXCLUDED.prefix, first_number = EXCLUDED.first_number,
       last_number = EXCLUDED.last_number, next_number = EXCLUDED.next_number, width = EXCLUDED.width,
       pattern = EXCLUDED.pattern, basis = EXCLUDED.basis, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
     RETURNING prefix, first_number, last_number, next_number, width, pattern, basis, updated_at`,
    [
      tenantId,
      range.prefix,
      range.firstNumber,
      range.lastNumber,
      range.nextNumber,
      range.width,
      range.pattern,
      range.basis,
      userId,
      now,
    ],
  );
  return rows[0]!;
}

export interface NewPqr {
  tenantId: string;
  cun: string;
  cunSource: "issued" | "given";
  type: PqrRow["type"];
  customerId: string;
  productId: string | null;
  subject: string;
  description: string;
  amountInDispute: string | null;
  filingChannel: string;
  responseChannel: string;
  responseAddress: string;
  origin: string;
  originReference: string | null;
  filedBy: string | null;
  filedAt: Date;
  clockScope: string;
  clockVersion: number;
  receivedOn: string;
  dueOn: string;
  atRiskOn: string;
  now: Date;
}

export async function insertPqr(tx: Tx, p: NewPqr): Promise<PqrRow> {
  const { rows } = await tx.query<PqrRow>(
    `WITH inserted AS (
       INSERT INTO pqrs (tenant_id, cun, cun_source, type, customer_id, product_id, subject, description, amount_in_dispute,
         filing_channel, response_channel, response_address, origin, origin_reference, filed_by, filed_at,
         clock_scope, clock_version, received_on, due_on, at_risk_on, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'filed', $22, $22)
       RETURNING *)
     SELECT ${PQR_COLUMNS} FROM inserted p`,
    [
      p.tenantId,
      p.cun,
      p.cunSource,
      p.type,
      p.customerId,
      p.productId,
      p.subject,
      p.description,
      p.amountInDispute,
      p.filingChannel,
      p.responseChannel,
      p.responseAddress,
      p.origin,
      p.originReference,
      p.filedBy,
      p.filedAt,
      p.clockScope,
      p.clockVersion,
      p.receivedOn,
      p.dueOn,
      p.atRiskOn,
      p.now,
    ],
  );
  return rows[0]!;
}

/** The columns a step may change on a PQR. */
export type PqrChanges = Partial<{
  status: string;
  dueOn: string;
  atRiskOn: string;
  atRiskAlertedAt: Date | null;
  answerOutcome: string;
  answerText: string;
  answeredBy: string | null;
  answeredAt: Date;
  notifiedAt: Date;
  notificationChannel: string;
  appealWindowEndsOn: string;
  silenceAt: Date;
  silenceStage: string;
  grantDeadlineId: string;
  grantedAt: Date;
  grantedBy: string | null;
  grantNote: string;
  desistedAt: Date;
  desistedBy: string | null;
  desistNote: string;
}>;

const PQR_CHANGE_COLUMNS: Record<keyof PqrChanges, string> = {
  status: "status",
  dueOn: "due_on",
  atRiskOn: "at_risk_on",
  atRiskAlertedAt: "at_risk_alerted_at",
  answerOutcome: "answer_outcome",
  answerText: "answer_text",
  answeredBy: "answered_by",
  answeredAt: "answered_at",
  notifiedAt: "notified_at",
  notificationChannel: "notification_channel",
  appealWindowEndsOn: "appeal_window_ends_on",
  silenceAt: "silence_at",
  silenceStage: "silence_stage",
  grantDeadlineId: "grant_deadline_id",
  grantedAt: "granted_at",
  grantedBy: "granted_by",
  grantNote: "grant_note",
  desistedAt: "desisted_at",
  desistedBy: "desisted_by",
  desistNote: "desist_note",
};

/**
 * Applies a step's changes if the PQR is still at `version` (optimistic: a concurrent step on the same
 * PQR makes this return null and the command refuses). Bumps the version.
 */
export async function updatePqr(tx: Tx, id: string, version: number, changes: PqrChanges, now: Date): Promise<PqrRow | null> {
  const entries = Object.entries(changes) as Array<[keyof PqrChanges, unknown]>;
  const sets = entries.map(([key], index) => `${PQR_CHANGE_COLUMNS[key]} = $${index + 4}`);
  const { rows } = await tx.query<PqrRow>(
    `WITH updated AS (
       UPDATE pqrs SET ${[...sets, "version = version + 1", "updated_at = $3"].join(", ")}
        WHERE id = $1 AND version = $2 RETURNING *)
     SELECT ${PQR_COLUMNS} FROM updated p`,
    [id, version, now, ...entries.map(([, value]) => value)],
  );
  return rows[0] ?? null;
}

export interface NewAppeal {
  tenantId: string;
  pqrId: string;
  kind: AppealRow["kind"];
  grounds: string;
  filingChannel: string;
  origin: string;
  originReference: string | null;
  filedBy: string | null;
  filedAt: Date;
  receivedOn: string;
  dueOn: string;
  atRiskOn: string;
  now: Date;
}

export async function insertAppeal(tx: Tx, a: NewAppeal): Promise<AppealRow> {
  const { rows } = await tx.query<AppealRow>(
    `WITH inserted AS (
       INSERT INTO pqr_appeals (tenant_id, pqr_id, kind, grounds, filing_channel, origin, origin_reference, filed_by, filed_at,
         received_on, due_on, at_risk_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING *)
     SELECT ${APPEAL_COLUMNS} FROM inserted a`,
    [
      a.tenantId,
      a.pqrId,
      a.kind,
      a.grounds,
      a.filingChannel,
      a.origin,
      a.originReference,
      a.filedBy,
      a.filedAt,
      a.receivedOn,
      a.dueOn,
      a.atRiskOn,
      a.now,
    ],
  );
  return rows[0]!;
}

export type AppealChanges = Partial<{
  decision: string;
  decisionText: string;
  decidedBy: string | null;
  decidedAt: Date;
  authority: string;
  forwardedBy: string | null;
  forwardedAt: Date;
  authorityReference: string;
  authorityDecision: string;
  authorityDecisionText: string;
  authorityDecidedOn: string;
  authorityRecordedBy: string | null;
  authorityRecordedAt: Date;
}>;

const APPEAL_CHANGE_COLUMNS: Record<keyof AppealChanges, string> = {
  decision: "decision",
  decisionText: "decision_text",
  decidedBy: "decided_by",
  decidedAt: "decided_at",
  authority: "authority",
  forwardedBy: "forwarded_by",
  forwardedAt: "forwarded_at",
  authorityReference: "authority_reference",
  authorityDecision: "authority_decision",
  authorityDecisionText: "authority_decision_text",
  authorityDecidedOn: "authority_decided_on",
  authorityRecordedBy: "authority_recorded_by",
  authorityRecordedAt: "authority_recorded_at",
};

export async function updateAppeal(tx: Tx, id: string, changes: AppealChanges, now: Date): Promise<AppealRow> {
  const entries = Object.entries(changes) as Array<[keyof AppealChanges, unknown]>;
  const sets = entries.map(([key], index) => `${APPEAL_CHANGE_COLUMNS[key]} = $${index + 3}`);
  const { rows } = await tx.query<AppealRow>(
    `WITH updated AS (UPDATE pqr_appeals SET ${[...sets, "updated_at = $2"].join(", ")} WHERE id = $1 RETURNING *)
     SELECT ${APPEAL_COLUMNS} FROM updated a`,
    [id, now, ...entries.map(([, value]) => value)],
  );
  return rows[0]!;
}

export type PqrFileKind = "evidence" | "notification_proof" | "answer" | "appeal_evidence" | "authority_decision";

export interface PqrFileMeta {
  id: string;
  kind: PqrFileKind;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Date;
}

export async function insertPqrFile(
  tx: Tx,
  f: {
    tenantId: string;
    pqrId: string;
    kind: PqrFileKind;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: string;
    uploadedBy: string | null;
    now: Date;
  },
): Promise<PqrFileMeta> {
  const { rows } = await tx.query<PqrFileMeta>(
    `INSERT INTO pqr_files (tenant_id, pqr_id, kind, file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING id, kind, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at`,
    [f.tenantId, f.pqrId, f.kind, f.fileName, f.mediaType, f.content.length, f.sha256, f.content, f.uploadedBy, f.now],
  );
  return rows[0]!;
}
