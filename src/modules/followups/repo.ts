import type { Tx } from "../../platform/db/pool.js";
import type { FollowUpKind, FollowUpStatus } from "./procedure.js";

export interface FollowUpRow {
  id: string;
  kind: FollowUpKind;
  role: string;
  subject_type: string;
  subject_id: string;
  customer_id: string;
  product_id: string | null;
  case_id: string | null;
  due_at: Date;
  since: Date;
  status: FollowUpStatus;
  outcome: Record<string, unknown> | null;
  done_at: Date | null;
  done_by: string | null;
  created_at: Date;
}

export interface NewFollowUp {
  tenantId: string;
  kind: FollowUpKind;
  role: string;
  subjectType: string;
  subjectId: string;
  customerId: string;
  productId: string | null;
  caseId: string | null;
  dueAt: Date;
  since: Date;
  now: Date;
}

/** Inserts a pending follow-up; undefined when its subject already has one of this kind. */
export async function insertFollowUp(tx: Tx, followUp: NewFollowUp): Promise<FollowUpRow | undefined> {
  const { rows } = await tx.query<FollowUpRow>(
    `INSERT INTO follow_ups (tenant_id, kind, role, subject_type, subject_id, customer_id, product_id, case_id, due_at, since,
                             status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11)
     ON CONFLICT (tenant_id, subject_type, subject_id, kind) DO NOTHING
     RETURNING *`,
    [
      followUp.tenantId,
      followUp.kind,
      followUp.role,
      followUp.subjectType,
      followUp.subjectId,
      followUp.customerId,
      followUp.productId,
      followUp.caseId,
      followUp.dueAt,
      followUp.since,
      followUp.now,
    ],
  );
  return rows[0];
}

export async function findFollowUp(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<FollowUpRow | undefined> {
  const { rows } = await tx.query<FollowUpRow>(
    `SELECT * FROM follow_ups WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export async function markFollowUpDone(
  tx: Tx,
  id: string,
  done: { outcome: unknown; userId: string | null; now: Date },
): Promise<FollowUpRow> {
  const { rows } = await tx.query<FollowUpRow>(
    "UPDATE follow_ups SET status = 'done', outcome = $2, done_by = $3, done_at = $4 WHERE id = $1 RETURNING *",
    [id, JSON.stringify(done.outcome), done.userId, done.now],
  );
  return rows[0]!;
}

/** Whether the customer still holds an active product, and the codes of claims on the product opened after `since`. */
export async function measureFollowUp(
  tx: Tx,
  followUp: Pick<FollowUpRow, "customer_id" | "product_id" | "since">,
): Promise<{ still_customer: boolean; new_claim_codes: string[] }> {
  const { rows } = await tx.query<{ still_customer: boolean; new_claim_codes: string[] }>(
    `SELECT EXISTS (SELECT 1 FROM products p WHERE p.customer_id = $1 AND p.status = 'active') AS still_customer,
            coalesce((SELECT array_agg(cl.code ORDER BY cl.opened_at) FROM claims cl
                       WHERE cl.product_id = $2 AND cl.opened_at > $3), '{}') AS new_claim_codes`,
    [followUp.customer_id, followUp.product_id, followUp.since],
  );
  return rows[0]!;
}
