import type { Tx } from "../../../platform/db/pool.js";
import { registerConstraintErrors } from "../../../platform/errors.js";
import type { CaseStatus } from "./rules.js";

/** SQL of complaint cases: the case row with what its commands and notes need, the pool, assignment. */

registerConstraintErrors({
  complaint_cases_tenant_id_complaint_number_key: {
    code: "DUPLICATE",
    field: "complaintNumber",
    detail: (key) => `La queja ${key.complaint_number ?? "indicada"} ya está en la cola`,
  },
});

export interface CaseRow {
  id: string;
  campaign: string;
  complaint_number: string;
  customer_id: string;
  product_id: string;
  reason: string;
  received_at: Date;
  status: CaseStatus;
  queue: string;
  assigned_to: string | null;
  assigned_at: Date | null;
  attempts: number;
  unanswered_attempts: number;
  last_attempt_at: Date | null;
  next_contact_at: Date | null;
  current_disposition_id: string | null;
  state_code: string | null;
  motive_code: string | null;
  catalog_version: number | null;
  finished_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  customer_code: string;
  customer_name: string;
  customer_phone: string | null;
  service_number: string;
  assignee_name: string | null;
  last_answered_number: string | null;
  last_dialled_number: string | null;
}

/** The part of a case its commands change; `saveCase` writes all of it and bumps the version. */
export type CaseState = Pick<
  CaseRow,
  | "status"
  | "queue"
  | "assigned_to"
  | "assigned_at"
  | "attempts"
  | "unanswered_attempts"
  | "last_attempt_at"
  | "next_contact_at"
  | "current_disposition_id"
  | "state_code"
  | "motive_code"
  | "catalog_version"
  | "finished_at"
>;

export const CASE_COLUMNS = `c.id, c.campaign, c.complaint_number, c.customer_id, c.product_id, c.reason, c.received_at, c.status,
  c.queue, c.assigned_to, c.assigned_at, c.attempts, c.unanswered_attempts, c.last_attempt_at, c.next_contact_at,
  c.current_disposition_id, c.state_code, c.motive_code, c.catalog_version, c.finished_at, c.version, c.created_at,
  c.updated_at, cu.code AS customer_code, cu.full_name AS customer_name, cu.phone AS customer_phone,
  p.service_number, u.full_name AS assignee_name`;

export const CASE_FROM = `complaint_cases c
  JOIN customers cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id
  JOIN products p ON p.tenant_id = c.tenant_id AND p.id = c.product_id
  LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.assigned_to`;

export const LAST_NUMBERS = `
  (SELECT a.dialled_number FROM contact_attempts a
    WHERE a.tenant_id = c.tenant_id AND a.case_id = c.id AND a.result = 'answered' ORDER BY a.seq DESC LIMIT 1) AS last_answered_number,
  (SELECT a.dialled_number FROM contact_attempts a
    WHERE a.tenant_id = c.tenant_id AND a.case_id = c.id ORDER BY a.seq DESC LIMIT 1) AS last_dialled_number`;

/** One case with its customer, product, holder and last dialled numbers; locked FOR UPDATE for a command. */
export async function findCase(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `SELECT ${CASE_COLUMNS}, ${LAST_NUMBERS} FROM ${CASE_FROM} WHERE c.id = $1 ${options.forUpdate ? "FOR UPDATE OF c" : ""}`,
    [id],
  );
  return rows[0];
}

/** Writes a case's new state and bumps its version; returns the new version. */
export async function saveCase(tx: Tx, id: string, state: CaseState, now: Date): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE complaint_cases SET status = $2, queue = $3, assigned_to = $4, assigned_at = $5, attempts = $6,
            unanswered_attempts = $7, last_attempt_at = $8, next_contact_at = $9, current_disposition_id = $10,
            state_code = $11, motive_code = $12, catalog_version = $13, finished_at = $14, version = version + 1,
            updated_at = $15
      WHERE id = $1 RETURNING version`,
    [
      id,
      state.status,
      state.queue,
      state.assigned_to,
      state.assigned_at,
      state.attempts,
      state.unanswered_attempts,
      state.last_attempt_at,
      state.next_contact_at,
      state.current_disposition_id,
      state.state_code,
      state.motive_code,
      state.catalog_version,
      state.finished_at,
      now,
    ],
  );
  return rows[0]!.version;
}

export interface NewCase {
  campaign: string;
  complaintNumber: string;
  customerId: string;
  productId: string;
  reason: string;
  receivedAt: Date;
  createdBy: string | null;
  now: Date;
}

export async function insertCase(tx: Tx, row: NewCase): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO complaint_cases (tenant_id, campaign, complaint_number, customer_id, product_id, reason, received_at, created_by,
                                  created_at, updated_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
    [row.campaign, row.complaintNumber, row.customerId, row.productId, row.reason, row.receivedAt, row.createdBy, row.now],
  );
  return rows[0]!.id;
}

/** A campaign's current catalog version and its callbacks' return-to-pool minutes, without the document. */
export async function findCampaignQueuePolicy(
  tx: Tx,
  kind: string,
  campaign: string,
): Promise<{ version: number; return_minutes: number } | undefined> {
  const { rows } = await tx.query<{ version: number; return_minutes: number }>(
    `SELECT version, (content #>> '{callbacks,returnToPoolAfterMinutes}')::int AS return_minutes
       FROM catalog_versions WHERE kind = $1 AND scope = $2 ORDER BY version DESC LIMIT 1`,
    [kind, campaign],
  );
  return rows[0];
}

/** The product behind a service number, with its customer's code. */
export async function findProductByServiceNumber(
  tx: Tx,
  serviceNumber: string,
): Promise<{ id: string; customer_id: string; customer_code: string } | undefined> {
  const { rows } = await tx.query<{ id: string; customer_id: string; customer_code: string }>(
    `SELECT p.id, p.customer_id, cu.code AS customer_code
       FROM products p JOIN customers cu ON cu.tenant_id = p.tenant_id AND cu.id = p.customer_id
      WHERE p.service_number = $1`,
    [serviceNumber],
  );
  return rows[0];
}

/** An active user of the tenant who may work cases (their roles grant `permission`), with their name. */
export async function findActiveUserWithPermission(
  tx: Tx,
  userId: string,
  permission: string,
): Promise<{ id: string; full_name: string } | undefined> {
  const { rows } = await tx.query<{ id: string; full_name: string }>(
    `SELECT u.id, u.full_name FROM users u
      WHERE u.id = $1 AND u.is_active
        AND EXISTS (SELECT 1 FROM user_roles r JOIN role_permissions rp ON rp.role_code = r.role_code
                     WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id AND rp.permission_code = $2)`,
    [userId, permission],
  );
  return rows[0];
}
