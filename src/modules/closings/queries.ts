import type { Tx } from "../../platform/db/pool.js";
import { type InstructionStatus, UNCONFIRMED_STATUSES } from "./rules.js";

/** SQL reads of closing instructions (writes are in repo.ts); a command may lock what it reads. */

export interface InstructionRow {
  id: string;
  case_id: string;
  disposition_id: string;
  instruction_version: number;
  campaign: string;
  complaint_number: string;
  action: "ATENDIDO" | "ANULADO";
  due_at: Date;
  deadline_id: string;
  note: string;
  status: InstructionStatus;
  outbound_message_id: string | null;
  billing_reference: string | null;
  created_at: Date;
  queued_at: Date | null;
  sent_at: Date | null;
  failed_at: Date | null;
  superseded_at: Date | null;
  customer_id: string;
  customer_name: string;
  service_number: string;
  state_code: string;
  motive_code: string;
  decided_by_name: string | null;
}

const COLUMNS = `i.id, i.case_id, i.disposition_id, i.instruction_version, i.campaign, i.complaint_number, i.action, i.due_at,
  i.deadline_id, i.note, i.status, i.outbound_message_id, i.billing_reference, i.created_at, i.queued_at, i.sent_at, i.failed_at,
  i.superseded_at, c.customer_id, cu.full_name AS customer_name, p.service_number, d.state_code, d.motive_code,
  u.full_name AS decided_by_name`;
const FROM = `closing_instructions i
  JOIN complaint_cases c ON c.tenant_id = i.tenant_id AND c.id = i.case_id
  JOIN customers cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id
  JOIN products p ON p.tenant_id = c.tenant_id AND p.id = c.product_id
  JOIN case_dispositions d ON d.tenant_id = i.tenant_id AND d.id = i.disposition_id
  LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by`;

/** The case's live (not superseded) instruction, if any; locked for a command when asked. */
export async function findLiveInstruction(tx: Tx, caseId: string, forUpdate = false): Promise<InstructionRow | undefined> {
  const { rows } = await tx.query<InstructionRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE i.case_id = $1 AND i.status <> 'superseded' ${forUpdate ? "FOR UPDATE OF i" : ""}`,
    [caseId],
  );
  return rows[0];
}

/** One instruction by its id; locked for a command when asked. */
export async function findInstruction(tx: Tx, id: string, forUpdate = false): Promise<InstructionRow | undefined> {
  const { rows } = await tx.query<InstructionRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = $1 ${forUpdate ? "FOR UPDATE OF i" : ""}`,
    [id],
  );
  return rows[0];
}

export async function listInstructionsOfCase(tx: Tx, caseId: string): Promise<InstructionRow[]> {
  const { rows } = await tx.query<InstructionRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE i.case_id = $1 ORDER BY i.instruction_version`,
    [caseId],
  );
  return rows;
}

export interface InstructionFilter {
  campaign?: string;
  status?: InstructionStatus | "live";
  /** Due before `now` and not yet sent (ready, queued or failed). */
  overdueAt?: Date;
  ids?: string[];
  /** Keyset: instructions due after this (due_at, id). */
  after?: { dueAt: Date; id: string } | null;
  limit: number;
}

// Overdue as of $n: past due and unconfirmed (rules.ts isOverdue), with the statuses as a parameter.
const OVERDUE = (now: string, statuses: string) => `(i.due_at < ${now} AND i.status = ANY(${statuses}::text[]))`;

/** How many instructions of the tenant are overdue now (the demo's summary). */
export async function countOverdueInstructions(tx: Tx, now: Date): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM closing_instructions i WHERE ${OVERDUE("$1", "$2")}`,
    [now, UNCONFIRMED_STATUSES],
  );
  return rows[0]!.n;
}

/** Instructions by due date (the most urgent first), keyset-paginated for exports of any size. */
export async function listInstructions(tx: Tx, filter: InstructionFilter, forUpdate = false): Promise<InstructionRow[]> {
  const { rows } = await tx.query<InstructionRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ($1::text IS NULL OR i.campaign = $1)
        AND ($2::text IS NULL OR ($2 = 'live' AND i.status <> 'superseded') OR i.status = $2)
        AND ($3::timestamptz IS NULL OR ${OVERDUE("$3", "$8")})
        AND ($4::uuid[] IS NULL OR i.id = ANY($4))
        AND ($5::timestamptz IS NULL OR (i.due_at, i.id) > ($5, $6::uuid))
      ORDER BY i.due_at, i.id LIMIT $7 ${forUpdate ? "FOR UPDATE OF i SKIP LOCKED" : ""}`,
    [
      filter.campaign ?? null,
      filter.status ?? null,
      filter.overdueAt ?? null,
      filter.ids ?? null,
      filter.after?.dueAt ?? null,
      filter.after?.id ?? null,
      filter.limit,
      UNCONFIRMED_STATUSES,
    ],
  );
  return rows;
}

/** A page of instructions (most urgent first) and how many match in all, for the supervisor's table. */
export async function listInstructionPage(
  tx: Tx,
  filter: Omit<InstructionFilter, "after" | "ids">,
  offset: number,
): Promise<{ rows: InstructionRow[]; total: number }> {
  const params = [filter.campaign ?? null, filter.status ?? null, filter.overdueAt ?? null, UNCONFIRMED_STATUSES];
  const where = `($1::text IS NULL OR i.campaign = $1)
        AND ($2::text IS NULL OR ($2 = 'live' AND i.status <> 'superseded') OR i.status = $2)
        AND ($3::timestamptz IS NULL OR ${OVERDUE("$3", "$4")})`;
  const { rows } = await tx.query<InstructionRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY i.due_at, i.id LIMIT $5 OFFSET $6`,
    [...params, filter.limit, offset],
  );
  const { rows: count } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM closing_instructions i WHERE ${where}`,
    params,
  );
  return { rows, total: count[0]!.n };
}

/**
 * SQL of a case's instructions as one JSON array (ordered as listInstructionsOfCase), for a caller's
 * one-statement read; `caseId` is the SQL expression of the case id (not `c.id`: the FROM has its own `c`). Rows come back through
 * instructionRowsFromJson.
 */
export const instructionsOfCaseJson = (caseId: string) =>
  `coalesce((SELECT json_agg(x ORDER BY x.instruction_version) FROM (SELECT ${COLUMNS} FROM ${FROM} WHERE i.case_id = ${caseId}) x), '[]')`;

const INSTRUCTION_DATES = ["due_at", "created_at", "queued_at", "sent_at", "failed_at", "superseded_at"] as const;

/** The rows of instructionsOfCaseJson as listInstructionsOfCase returns them (timestamps as Date). */
export function instructionRowsFromJson(rows: Array<Record<string, unknown>>): InstructionRow[] {
  for (const row of rows)
    for (const field of INSTRUCTION_DATES) if (row[field] != null) row[field] = new Date(row[field] as string);
  return rows as unknown as InstructionRow[];
}
