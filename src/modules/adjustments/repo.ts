import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import { sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../imports/index.js";
import { flagStagedRows } from "../imports/index.js";
import { CAUSES_KIND, CAUSES_SCOPE } from "./catalog.js";
import type { RowStatus } from "./rules.js";

/** SQL writes of the adjustments cell. Row-level security scopes every statement to the transaction's tenant. */

registerConstraintErrors({
  adjustment_feedback_tenant_id_week_start_agent_user_id_key: {
    code: "DUPLICATE",
    detail: "El asesor ya tiene la retroalimentación de esa semana",
  },
});

// ------------------------------------------------------------------ the base's import

const BASE_JSON = (r: string) => `jsonb_build_object('cutDate', ${r}.cut_date, 'filingNumber', ${r}.filing_number,
  'causeCode', ${r}.cause_code, 'baseStatus', ${r}.base_status, 'baseDecision', ${r}.base_decision, 'radicado', ${r}.radicado,
  'requestedAmount', ${r}.requested_amount, 'appliedAmount', ${r}.applied_amount, 'evidence', to_jsonb(${r}.evidence),
  'note', ${r}.note, 'agentUserId', ${r}.agent_user_id)`;

/**
 * One upsert for the whole base: new rows arrive «por validar»; a row of the same cut and filing number
 * takes the base's newer fields only where they differ (its version bumped), keeping the cell's work on
 * it; an event per created or changed row with the base's fields before and after (the row's history).
 */
const APPLY_ADJUSTMENT_ROWS = `
  WITH incoming AS (
    SELECT x."cutDate"::date AS cut_date, x."filingNumber" AS filing_number, c.id AS customer_id, x.cause AS cause_code,
           x."baseStatus" AS base_status, x."baseDecision" AS base_decision, x.radicado, u.id AS agent_user_id,
           x."requestedAmount"::numeric(14,2) AS requested_amount, x."appliedAmount"::numeric(14,2) AS applied_amount,
           coalesce(ARRAY(SELECT jsonb_array_elements_text(r.data->'evidence')), '{}') AS evidence, x.note
      FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("cutDate" text, "filingNumber" text, account text, cause text,
                        "baseStatus" text, "baseDecision" text, radicado text, "agentEmail" text, "requestedAmount" numeric,
                        "appliedAmount" numeric, note text)
      JOIN customers c ON c.code = x.account
      JOIN users u ON lower(u.email) = lower(x."agentEmail")
     WHERE r.import_id = $1
  ), upserted AS (
    INSERT INTO adjustment_rows AS a (tenant_id, cut_date, filing_number, customer_id, cause_code, base_status, base_decision,
                                      radicado, agent_user_id, requested_amount, applied_amount, evidence, note, created_at, updated_at)
    SELECT current_tenant_id(), i.cut_date, i.filing_number, i.customer_id, i.cause_code, i.base_status, i.base_decision,
           i.radicado, i.agent_user_id, i.requested_amount, i.applied_amount, i.evidence, i.note, $2, $2
      FROM incoming i
    ON CONFLICT (tenant_id, cut_date, filing_number) DO UPDATE
       SET customer_id = excluded.customer_id, cause_code = excluded.cause_code, base_status = excluded.base_status,
           base_decision = excluded.base_decision, radicado = excluded.radicado, agent_user_id = excluded.agent_user_id,
           requested_amount = excluded.requested_amount, applied_amount = excluded.applied_amount,
           evidence = excluded.evidence, note = excluded.note, version = a.version + 1, updated_at = $2
     WHERE (a.customer_id, a.cause_code, a.base_status, a.base_decision, a.radicado, a.agent_user_id, a.requested_amount,
            a.applied_amount, a.evidence, a.note)
           IS DISTINCT FROM
           (excluded.customer_id, excluded.cause_code, excluded.base_status, excluded.base_decision, excluded.radicado,
            excluded.agent_user_id, excluded.requested_amount, excluded.applied_amount, excluded.evidence, excluded.note)
    RETURNING a.*, a.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      subjectType: "'adjustment_row'",
      subjectId: "u.id::text",
      customerId: "u.customer_id",
      action: sqlActionWhen("u.inserted", "adjustment_row_received", "adjustment_row_updated"),
      // The row as it was: every part of the statement reads the same snapshot, taken before the upsert, so
      // this primary-key lookup sees the old version; a new row has none and skips it. Joining a CTE of the
      // previous rows instead was planned, on a table still empty to the planner, as a scan of the table per
      // row (38 s for 10 000 rows).
      before: `CASE WHEN u.inserted THEN NULL ELSE (SELECT ${BASE_JSON("p")} FROM adjustment_rows p WHERE p.tenant_id = u.tenant_id AND p.id = u.id) END`,
      after: BASE_JSON("u"),
      reason: "$5",
      from: "upserted u",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

/** Applies a staged adjustment base. */
export async function applyAdjustmentRows(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY_ADJUSTMENT_ROWS, [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
  ]);
  return rows[0]!;
}

/** Flags rows whose cause letter is not an active cause of the tenant's current causes catalog. */
export async function flagUnknownCauses(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "causal",
      message: "La causal «%s» no existe en el catálogo de causales de ajuste",
      args: ["s.data->>'cause'"],
      joins: "",
      condition: `NOT EXISTS (
        SELECT 1 FROM (SELECT v.content FROM catalog_versions v WHERE v.kind = '${CAUSES_KIND}' AND v.scope = '${CAUSES_SCOPE}'
                        ORDER BY v.version DESC LIMIT 1) cur
         CROSS JOIN LATERAL jsonb_array_elements(cur.content->'causes') AS cause
         WHERE cause->>'code' = s.data->>'cause' AND coalesce((cause->>'retired')::boolean, false) = false)`,
    },
    batchId,
  );
}

/** Flags rows whose requesting agent is not a user of the operator. */
export async function flagUnknownAgents(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "asesor",
      message: "El asesor «%s» no es un usuario del operador",
      args: ["s.data->>'agentEmail'"],
      joins: "",
      condition: "NOT EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(s.data->>'agentEmail'))",
    },
    batchId,
  );
}

// ------------------------------------------------------------------ a row's workflow

export interface AdjustmentRowRecord {
  id: string;
  cut_date: string;
  filing_number: string;
  customer_id: string;
  cause_code: string;
  base_status: string | null;
  base_decision: string | null;
  radicado: string | null;
  agent_user_id: string;
  requested_amount: string;
  applied_amount: string | null;
  evidence: string[];
  note: string | null;
  status: RowStatus;
  decision: "approved" | "rejected" | null;
  rejection_reason: string | null;
  approved_radicado: string | null;
  approved_amount: string | null;
  missing_evidence: string[];
  rightly_rejected: boolean;
  reescalations: number;
  pqr_id: string | null;
  pqr_cun: string | null;
  appeal_pqr_id: string | null;
  appeal_type: "reposicion" | "subsidio_apelacion" | null;
  outcome: string | null;
  catalog_version: number | null;
  validated_at: Date | null;
  decided_at: Date | null;
  rejected_at: Date | null;
  closed_at: Date | null;
  credit_message_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A row locked for a step. */
export async function lockRow(tx: Tx, id: string): Promise<AdjustmentRowRecord | undefined> {
  const { rows } = await tx.query<AdjustmentRowRecord>(
    "SELECT *, to_char(cut_date, 'YYYY-MM-DD') AS cut_date FROM adjustment_rows WHERE id = $1 FOR UPDATE",
    [id],
  );
  return rows[0];
}

/** Writes the row's new workflow fields (only those given), bumping its version. */
export async function updateRow(
  tx: Tx,
  id: string,
  now: Date,
  changes: Partial<
    Pick<
      AdjustmentRowRecord,
      | "status"
      | "decision"
      | "rejection_reason"
      | "missing_evidence"
      | "rightly_rejected"
      | "reescalations"
      | "pqr_id"
      | "pqr_cun"
      | "appeal_pqr_id"
      | "appeal_type"
      | "outcome"
      | "catalog_version"
      | "validated_at"
      | "decided_at"
      | "rejected_at"
      | "closed_at"
      | "credit_message_id"
      | "approved_radicado"
      | "approved_amount"
    > & { validated_by: string | null }
  >,
): Promise<AdjustmentRowRecord> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  const { rows } = await tx.query<AdjustmentRowRecord>(
    `UPDATE adjustment_rows SET ${[...sets, "version = version + 1", "updated_at = $2"].join(", ")}
      WHERE id = $1 RETURNING *, to_char(cut_date, 'YYYY-MM-DD') AS cut_date`,
    [id, now, ...entries.map(([, value]) => value)],
  );
  return rows[0]!;
}

export async function insertAnswer(
  tx: Tx,
  answer: {
    rowId: string;
    decision: "approved" | "rejected";
    reason: string | null;
    radicado: string | null;
    appliedAmount: number | null;
    answeredBy: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO adjustment_answers (tenant_id, row_id, seq, decision, reason, radicado, applied_amount, answered_by, answered_at)
     SELECT current_tenant_id(), $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7
       FROM adjustment_answers WHERE row_id = $1`,
    [answer.rowId, answer.decision, answer.reason, answer.radicado, answer.appliedAmount, answer.answeredBy, answer.now],
  );
}

/** Records the cell's review on the row's latest (rejecting) answer. */
export async function reviewLatestAnswer(
  tx: Tx,
  review: { rowId: string; review: "rightly" | "wrongly"; note: string | null; reviewedBy: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `UPDATE adjustment_answers SET review = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5
      WHERE id = (SELECT id FROM adjustment_answers WHERE row_id = $1 ORDER BY seq DESC LIMIT 1)`,
    [review.rowId, review.review, review.note, review.reviewedBy, review.now],
  );
}

export async function insertContact(
  tx: Tx,
  contact: {
    rowId: string;
    dialledNumber: string | null;
    result: string;
    customerAccepts: boolean | null;
    voicemailMessage: string | null;
    voicemailReference: string | null;
    note: string | null;
    recordedBy: string | null;
    now: Date;
  },
): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO adjustment_contacts (tenant_id, row_id, seq, attempted_at, dialled_number, result, customer_accepts,
                                      voicemail_message, voicemail_reference, note, recorded_by)
     SELECT current_tenant_id(), $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9
       FROM adjustment_contacts WHERE row_id = $1
     RETURNING seq`,
    [
      contact.rowId,
      contact.now,
      contact.dialledNumber,
      contact.result,
      contact.customerAccepts,
      contact.voicemailMessage,
      contact.voicemailReference,
      contact.note,
      contact.recordedBy,
    ],
  );
  return rows[0]!.seq;
}

// ------------------------------------------------------------------ weekly feedback

export async function insertFeedback(
  tx: Tx,
  feedback: {
    weekStart: string;
    agentUserId: string;
    rank: number;
    rejections: number;
    topCauses: string[];
    createdBy: string | null;
    now: Date;
  },
): Promise<{ id: string; inserted: boolean }> {
  const { rows } = await tx.query<{ id: string; inserted: boolean }>(
    `INSERT INTO adjustment_feedback AS f (tenant_id, week_start, agent_user_id, rank, rejections, top_causes, created_by, created_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, week_start, agent_user_id) DO UPDATE SET rank = excluded.rank, rejections = excluded.rejections,
        top_causes = excluded.top_causes
     RETURNING id, xmax = 0 AS inserted`,
    [
      feedback.weekStart,
      feedback.agentUserId,
      feedback.rank,
      feedback.rejections,
      feedback.topCauses,
      feedback.createdBy,
      feedback.now,
    ],
  );
  return rows[0]!;
}

export interface FeedbackRecord {
  id: string;
  week_start: string;
  agent_user_id: string;
  commitment: string | null;
  commitment_signed_at: Date | null;
  acknowledged_at: Date | null;
}

export async function lockFeedback(tx: Tx, id: string): Promise<FeedbackRecord | undefined> {
  const { rows } = await tx.query<FeedbackRecord>(
    `SELECT id, to_char(week_start, 'YYYY-MM-DD') AS week_start, agent_user_id, commitment, commitment_signed_at, acknowledged_at
       FROM adjustment_feedback WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}

export async function signFeedback(tx: Tx, id: string, commitment: string, now: Date): Promise<void> {
  await tx.query(
    "UPDATE adjustment_feedback SET commitment = $2, commitment_signed_at = $3, acknowledged_at = $3 WHERE id = $1",
    [id, commitment, now],
  );
}

/** Inserts one row of a base (the API's or the demo's path; files go through the import). Undefined when its key exists. */
export async function insertAdjustmentRow(
  tx: Tx,
  row: {
    cutDate: string;
    filingNumber: string;
    customerId: string;
    causeCode: string;
    baseStatus: string | null;
    baseDecision: string | null;
    radicado: string | null;
    agentUserId: string;
    requestedAmount: number;
    appliedAmount: number | null;
    evidence: string[];
    note: string | null;
    now: Date;
  },
): Promise<AdjustmentRowRecord | undefined> {
  const { rows } = await tx.query<AdjustmentRowRecord>(
    `INSERT INTO adjustment_rows (tenant_id, cut_date, filing_number, customer_id, cause_code, base_status, base_decision, radicado,
                                  agent_user_id, requested_amount, applied_amount, evidence, note, created_at, updated_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
     ON CONFLICT (tenant_id, cut_date, filing_number) DO NOTHING
     RETURNING *, to_char(cut_date, 'YYYY-MM-DD') AS cut_date`,
    [
      row.cutDate,
      row.filingNumber,
      row.customerId,
      row.causeCode,
      row.baseStatus,
      row.baseDecision,
      row.radicado,
      row.agentUserId,
      row.requestedAmount,
      row.appliedAmount,
      row.evidence,
      row.note,
      row.now,
    ],
  );
  return rows[0];
}
