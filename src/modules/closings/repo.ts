import type { Tx } from "../../platform/db/pool.js";
import type { InstructionStatus } from "./rules.js";

export type { InstructionStatus };

/** SQL writes of closing instructions: what the billing system must do with each finished case's complaint. */

export interface NewInstruction {
  id: string;
  caseId: string;
  dispositionId: string;
  campaign: string;
  complaintNumber: string;
  action: "ATENDIDO" | "ANULADO";
  dueAt: Date;
  deadlineId: string;
  note: string;
  now: Date;
}

/** Adds the case's next instruction (version after its last); the partial unique index allows one live per case. */
export async function insertInstruction(tx: Tx, row: NewInstruction): Promise<number> {
  const { rows } = await tx.query<{ instruction_version: number }>(
    `INSERT INTO closing_instructions (tenant_id, id, case_id, disposition_id, instruction_version, campaign, complaint_number, action,
                                       due_at, deadline_id, note, status, created_at)
     SELECT current_tenant_id(), $1, $2, $3, coalesce(max(instruction_version), 0) + 1, $4, $5, $6, $7, $8, $9, 'ready', $10
       FROM closing_instructions WHERE case_id = $2
     RETURNING instruction_version`,
    [
      row.id,
      row.caseId,
      row.dispositionId,
      row.campaign,
      row.complaintNumber,
      row.action,
      row.dueAt,
      row.deadlineId,
      row.note,
      row.now,
    ],
  );
  return rows[0]!.instruction_version;
}

export async function markSuperseded(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query("UPDATE closing_instructions SET status = 'superseded', superseded_at = $2 WHERE id = $1", [id, now]);
}

/** Marks instructions queued, each with its outbox message, in one statement. */
export async function markQueued(
  tx: Tx,
  queued: Array<{ id: string; messageId: string }>,
  change: { by: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `UPDATE closing_instructions i SET status = 'queued', outbound_message_id = q.message_id, queued_by = $3, queued_at = $4
       FROM unnest($1::uuid[], $2::uuid[]) AS q(id, message_id)
      WHERE i.id = q.id`,
    [queued.map((q) => q.id), queued.map((q) => q.messageId), change.by, change.now],
  );
}

export async function markSent(tx: Tx, id: string, change: { reference: string; now: Date }): Promise<void> {
  await tx.query("UPDATE closing_instructions SET status = 'sent', billing_reference = $2, sent_at = $3 WHERE id = $1", [
    id,
    change.reference,
    change.now,
  ]);
}

export async function markFailed(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query("UPDATE closing_instructions SET status = 'failed', failed_at = $2 WHERE id = $1", [id, now]);
}
