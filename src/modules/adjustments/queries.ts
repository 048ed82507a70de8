import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPage } from "../../platform/db/page.js";
import type { Tx } from "../../platform/db/pool.js";
import type { RowStatus } from "./rules.js";

/** SQL reads of the adjustments cell; the desk's SQL and the indicators' (indicators.ts, run by the engine) are in sql/, readable by a reviewer. */

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");
const cache = new Map<string, string>();
function namedSql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(SQL_DIR, `${name}.sql`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** The desk's page and count SQL (sql/desk-rows.sql, sql/desk-count.sql), for its benchmark. */
export const deskRowsSql = (): string => namedSql("desk-rows");
export const deskCountSql = (): string => namedSql("desk-count");

export interface CutSummaryRow {
  cut_date: string;
  total: number;
  open: number;
  by_status: Record<RowStatus, number>;
}

/** Every cut the operator sent, newest first, with its progress (rows by status, from the kept counts of migration 0032). */
export async function listCuts(tx: Tx): Promise<CutSummaryRow[]> {
  const { rows } = await tx.query<CutSummaryRow>(
    `SELECT to_char(cut_date, 'YYYY-MM-DD') AS cut_date, sum(n)::int AS total,
            (sum(n) FILTER (WHERE status NOT IN ('informed', 'appealed', 'escalated_pqr')))::int AS open,
            jsonb_object_agg(status, n) AS by_status
       FROM (SELECT cut_date, status, sum(n) AS n FROM adjustment_cut_counts GROUP BY cut_date, status HAVING sum(n) > 0) s
      GROUP BY cut_date ORDER BY cut_date DESC`,
  );
  return rows.map((row) => ({ ...row, open: row.open ?? 0 }));
}

export interface DeskRow {
  id: string;
  cut_date: string;
  filing_number: string;
  account: string;
  customer_name: string;
  cause_code: string;
  status: RowStatus;
  decision: "approved" | "rejected" | null;
  reescalations: number;
  requested_amount: string;
  applied_amount: string | null;
  radicado: string | null;
  agent_user_id: string;
  agent_name: string;
  pqr_cun: string | null;
  outcome: string | null;
  version: number;
}

export interface DeskFilter {
  cutDate: string;
  status?: RowStatus;
  cause?: string;
  agentUserId?: string;
  limit: number;
  offset: number;
}

/** One page of a cut's rows and how many match (sql/desk-rows.sql, sql/desk-count.sql). */
export async function listDeskRows(tx: Tx, filter: DeskFilter): Promise<{ rows: DeskRow[]; total: number }> {
  const where = [filter.cutDate, filter.status ?? null, filter.cause ?? null, filter.agentUserId ?? null];
  const { rows } = await tx.query<DeskRow>(namedSql("desk-rows"), [...where, filter.limit, filter.offset]);
  const count = await tx.query<{ total: number }>(namedSql("desk-count"), where);
  return { rows, total: count.rows[0]!.total };
}

export interface RowDetail {
  id: string;
  cut_date: string;
  filing_number: string;
  customer_id: string;
  account: string;
  customer_name: string;
  customer_phone: string | null;
  customer_email: string | null;
  cause_code: string;
  base_status: string | null;
  base_decision: string | null;
  radicado: string | null;
  decided_radicado: string | null;
  decided_amount: string | null;
  agent_user_id: string;
  agent_name: string;
  requested_amount: string;
  applied_amount: string | null;
  evidence: string[];
  note: string | null;
  status: RowStatus;
  decision: "approved" | "rejected" | null;
  rejection_reason: string | null;
  missing_evidence: string[];
  rightly_rejected: boolean;
  reescalations: number;
  pqr_id: string | null;
  pqr_cun: string | null;
  appeal_pqr_id: string | null;
  appeal_type: string | null;
  outcome: string | null;
  credit_message_id: string | null;
  version: number;
  updated_at: Date;
}

/** A row with its customer and agent; undefined when it is not this tenant's. */
export async function findRowDetail(tx: Tx, id: string): Promise<RowDetail | undefined> {
  const { rows } = await tx.query<RowDetail>(
    `SELECT a.*, to_char(a.cut_date, 'YYYY-MM-DD') AS cut_date, coalesce(a.approved_radicado, a.radicado) AS decided_radicado,
            coalesce(a.approved_amount, a.applied_amount) AS decided_amount, c.code AS account, c.full_name AS customer_name,
            c.phone AS customer_phone, c.email AS customer_email, u.full_name AS agent_name
       FROM adjustment_rows a
       JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
       JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
      WHERE a.id = $1`,
    [id],
  );
  return rows[0];
}

export interface AnswerRow {
  seq: number;
  decision: "approved" | "rejected";
  reason: string | null;
  radicado: string | null;
  applied_amount: string | null;
  answered_by_name: string | null;
  answered_at: Date;
  review: "rightly" | "wrongly" | null;
  review_note: string | null;
  reviewed_at: Date | null;
}

export async function listAnswers(tx: Tx, rowId: string): Promise<AnswerRow[]> {
  const { rows } = await tx.query<AnswerRow>(
    `SELECT a.seq, a.decision, a.reason, a.radicado, a.applied_amount, u.full_name AS answered_by_name, a.answered_at,
            a.review, a.review_note, a.reviewed_at
       FROM adjustment_answers a LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.answered_by
      WHERE a.row_id = $1 ORDER BY a.seq`,
    [rowId],
  );
  return rows;
}

export interface ContactRow {
  seq: number;
  attempted_at: Date;
  dialled_number: string | null;
  result: string;
  customer_accepts: boolean | null;
  voicemail_message: string | null;
  voicemail_reference: string | null;
  note: string | null;
  recorded_by_name: string | null;
}

export async function listContacts(tx: Tx, rowId: string): Promise<ContactRow[]> {
  const { rows } = await tx.query<ContactRow>(
    `SELECT c.seq, c.attempted_at, c.dialled_number, c.result, c.customer_accepts, c.voicemail_message, c.voicemail_reference,
            c.note, u.full_name AS recorded_by_name
       FROM adjustment_contacts c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.recorded_by
      WHERE c.row_id = $1 ORDER BY c.seq`,
    [rowId],
  );
  return rows;
}

// ------------------------------------------------------------------ an agent's rejections

/** One of an agent's own rejected rows. */
export interface AgentRejectionRow {
  id: string;
  cut_date: string;
  filing_number: string;
  account: string;
  customer_name: string;
  cause_code: string;
  status: RowStatus;
  decision: string | null;
  reescalations: number;
  rightly_rejected: boolean;
  requested_amount: string;
  applied_amount: string | null;
  radicado: string | null;
  agent_name: string;
}

// ------------------------------------------------------------------ weekly feedback

export async function countWeeklyRejections(tx: Tx, weekStart: string, timezone: string) {
  const { rows } = await tx.query<{ agent_user_id: string; agent_name: string; cause_code: string; rejections: number }>(
    namedSql("weekly-rejections"),
    [weekStart, timezone],
  );
  return rows;
}

export interface FeedbackRow {
  id: string;
  week_start: string;
  agent_user_id: string;
  agent_name: string;
  rank: number;
  rejections: number;
  top_causes: string[];
  commitment: string | null;
  commitment_signed_at: Date | null;
  acknowledged_at: Date | null;
}

const FEEDBACK_SELECT = `SELECT f.id, to_char(f.week_start, 'YYYY-MM-DD') AS week_start, f.agent_user_id, u.full_name AS agent_name,
         f.rank, f.rejections, f.top_causes, f.commitment, f.commitment_signed_at, f.acknowledged_at
    FROM adjustment_feedback f JOIN users u ON u.tenant_id = f.tenant_id AND u.id = f.agent_user_id`;

/** The week's feedback, by rank: who signed and who has not. */
export async function listFeedback(tx: Tx, weekStart: string): Promise<FeedbackRow[]> {
  const { rows } = await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.week_start = $1 ORDER BY f.rank`, [weekStart]);
  return rows;
}

/** An agent's feedback, newest week first. */
export async function listAgentFeedback(tx: Tx, agentUserId: string): Promise<FeedbackRow[]> {
  const { rows } = await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.agent_user_id = $1 ORDER BY f.week_start DESC`, [
    agentUserId,
  ]);
  return rows;
}

/** An agent's own rejected rows (confirmed as right), newest first. */
export async function listAgentRejections(tx: Tx, agentUserId: string, limit: number, offset: number) {
  return readPage<AgentRejectionRow & { rejection_reason: string | null; rejected_at: Date | null }>(
    tx,
    {
      select: `a.id, to_char(a.cut_date, 'YYYY-MM-DD') AS cut_date, a.filing_number, c.code AS account,
               c.full_name AS customer_name, a.cause_code, a.status, a.decision, a.reescalations, a.rightly_rejected,
               a.requested_amount, coalesce(a.approved_amount, a.applied_amount) AS applied_amount,
               coalesce(a.approved_radicado, a.radicado) AS radicado, u.full_name AS agent_name, a.rejection_reason,
               a.rejected_at`,
      from: `FROM adjustment_rows a
             JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
             JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
            WHERE a.agent_user_id = $1 AND a.rightly_rejected`,
      orderBy: "a.rejected_at DESC NULLS LAST, a.filing_number, a.id",
      params: [agentUserId],
    },
    { limit, offset },
  );
}

// ------------------------------------------------------------------ export back

export interface ExportRow {
  id: string;
  cut_date: string;
  filing_number: string;
  account: string;
  cause_code: string;
  base_status: string | null;
  base_decision: string | null;
  radicado: string | null;
  agent_email: string;
  requested_amount: string;
  applied_amount: string | null;
  evidence: string[];
  note: string | null;
  status: RowStatus;
  decision: string | null;
  rejection_reason: string | null;
  reescalations: number;
  pqr_cun: string | null;
  appeal_type: string | null;
  outcome: string | null;
  contacts: number;
  customer_id: string;
  credit_message_id: string | null;
}

/** Every row of a cut in the base's order, with the cell's outcome. */
export async function listCutForExport(tx: Tx, cutDate: string): Promise<ExportRow[]> {
  const { rows } = await tx.query<ExportRow>(
    `SELECT a.id, to_char(a.cut_date, 'YYYY-MM-DD') AS cut_date, a.filing_number, c.code AS account, a.cause_code, a.base_status,
            a.base_decision, coalesce(a.approved_radicado, a.radicado) AS radicado, u.email AS agent_email, a.requested_amount,
            coalesce(a.approved_amount, a.applied_amount) AS applied_amount, a.evidence, a.note,
            a.status, a.decision, a.rejection_reason, a.reescalations, a.pqr_cun, a.appeal_type, a.outcome, a.customer_id,
            a.credit_message_id,
            (SELECT count(*)::int FROM adjustment_contacts k WHERE k.tenant_id = a.tenant_id AND k.row_id = a.id) AS contacts
       FROM adjustment_rows a
       JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
       JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
      WHERE a.cut_date = $1::date
      ORDER BY a.filing_number`,
    [cutDate],
  );
  return rows;
}

/** A customer of the tenant by its code (the base's «cuenta»). */
export async function findCustomerIdByCode(tx: Tx, code: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>("SELECT id FROM customers WHERE code = $1", [code]);
  return rows[0]?.id;
}

/** A user of the tenant by e-mail (the base's «asesor»). */
export async function findUserIdByEmail(tx: Tx, email: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>("SELECT id FROM users WHERE lower(email) = lower($1)", [email]);
  return rows[0]?.id;
}
