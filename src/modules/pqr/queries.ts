import { containsPattern } from "../../platform/db/like.js";
import type { Tx } from "../../platform/db/pool.js";
import { orderBySql, sortsOf } from "../../platform/http/paging.js";
import {
  APPEAL_COLUMNS,
  type AppealRow,
  type CunRangeRow,
  PQR_COLUMNS,
  type PqrFileKind,
  type PqrFileMeta,
  type PqrRow,
} from "./repo.js";

/** SQL reads of the PQR module. Row-level security scopes each to the transaction's tenant. */

export async function findPqr(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<PqrRow | undefined> {
  const { rows } = await tx.query<PqrRow>(
    `SELECT ${PQR_COLUMNS} FROM pqrs p WHERE p.id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export async function findPqrByCun(tx: Tx, cun: string): Promise<PqrRow | undefined> {
  const { rows } = await tx.query<PqrRow>(`SELECT ${PQR_COLUMNS} FROM pqrs p WHERE p.cun = $1`, [cun]);
  return rows[0];
}

export async function cunInUse(tx: Tx, cun: string): Promise<boolean> {
  const { rowCount } = await tx.query("SELECT 1 FROM pqrs WHERE cun = $1", [cun]);
  return (rowCount ?? 0) > 0;
}

export async function findAppeal(tx: Tx, pqrId: string): Promise<AppealRow | undefined> {
  const { rows } = await tx.query<AppealRow>(`SELECT ${APPEAL_COLUMNS} FROM pqr_appeals a WHERE a.pqr_id = $1`, [pqrId]);
  return rows[0];
}

export async function findCunRange(tx: Tx): Promise<CunRangeRow | undefined> {
  const { rows } = await tx.query<CunRangeRow>(
    "SELECT prefix, first_number, last_number, next_number, width, pattern, basis, updated_at FROM pqr_cun_ranges",
  );
  return rows[0];
}

/** The customer a PQR is filed for, with the product ids it holds (to check the service named). */
export async function findPqrCustomer(
  tx: Tx,
  customerId: string,
): Promise<{ id: string; full_name: string; product_ids: string[] } | undefined> {
  const { rows } = await tx.query<{ id: string; full_name: string; product_ids: string[] }>(
    `SELECT c.id, c.full_name,
            coalesce((SELECT array_agg(p.id) FROM products p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id), '{}') AS product_ids
       FROM customers c WHERE c.id = $1`,
    [customerId],
  );
  return rows[0];
}

export async function listPqrFiles(tx: Tx, pqrId: string): Promise<PqrFileMeta[]> {
  const { rows } = await tx.query<PqrFileMeta>(
    `SELECT id, kind, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
       FROM pqr_files WHERE pqr_id = $1 ORDER BY uploaded_at, file_name`,
    [pqrId],
  );
  return rows;
}

/** Every file of a PQR with its content (base64), for the file sent to the authority. */
export async function listPqrFilesWithContent(
  tx: Tx,
  pqrId: string,
): Promise<Array<Pick<PqrFileMeta, "kind" | "file_name" | "media_type" | "size_bytes" | "sha256"> & { content: string }>> {
  const { rows } = await tx.query(
    `SELECT kind, file_name, media_type, size_bytes, sha256, encode(content, 'base64') AS content
       FROM pqr_files WHERE pqr_id = $1 ORDER BY uploaded_at, file_name`,
    [pqrId],
  );
  return rows;
}

export async function countPqrFiles(tx: Tx, pqrId: string, kinds: readonly PqrFileKind[]): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pqr_files WHERE pqr_id = $1 AND kind = ANY($2::text[])",
    [pqrId, kinds],
  );
  return rows[0]!.n;
}

export async function readPqrFile(
  tx: Tx,
  pqrId: string,
  fileId: string,
): Promise<(PqrFileMeta & { content: Buffer }) | undefined> {
  const { rows } = await tx.query<PqrFileMeta & { content: Buffer }>(
    `SELECT id, kind, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at, content
       FROM pqr_files WHERE pqr_id = $1 AND id = $2`,
    [pqrId, fileId],
  );
  return rows[0];
}

/** Names of the users a PQR mentions (filed, answered, desisted …), by id. */
export async function findUserNames(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; full_name: string }>(
    "SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])",
    [wanted],
  );
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export interface WorklistRow extends PqrRow {
  customer_name: string;
  /** The running clock's due and at-risk days: the appeal's while a reposición is pending. */
  clock_due_on: string;
  clock_at_risk_on: string;
}

export interface WorklistFilter {
  /** Only these statuses; default the ones with something to do. */
  statuses?: readonly string[];
  customerId?: string;
  /** Only clocks at risk (today ≥ at-risk day) or past due. */
  today?: string;
  atRiskOnly?: boolean;
  q?: string;
  page: number;
  pageSize: number;
  /** One of PQR_SORTS; none: silence first, then the clock due soonest. */
  sort?: string;
}

/** The fields the worklist can be sorted by (a «-» in front: descending). */
export const PQR_SORTS = sortsOf(["number", "cun", "type", "customerName", "status", "dueOn"] as const);
const PQR_SORT_SQL: Record<string, string> = {
  number: "p.number",
  cun: "p.cun",
  type: "p.type",
  customerName: "c.full_name",
  status: "p.status",
  dueOn: "CASE WHEN p.status = 'appeal_filed' THEN a.due_on ELSE p.due_on END",
};
const PQR_ORDER = "(p.status = 'silence') DESC, CASE WHEN p.status = 'appeal_filed' THEN a.due_on ELSE p.due_on END, p.number";

export const OPEN_STATUSES = ["filed", "appeal_filed", "silence", "reconsideration_decided", "with_authority"] as const;

/**
 * The PQR area's worklist: due soonest first (silence flagged first of all, since its grant is the most
 * urgent), paged, with the total. The running clock is the appeal's while a reposición is pending.
 */
export async function listPqrs(tx: Tx, filter: WorklistFilter): Promise<{ rows: WorklistRow[]; total: number }> {
  const params: unknown[] = [filter.statuses ?? OPEN_STATUSES];
  const where = ["p.status = ANY($1::text[])"];
  if (filter.customerId) {
    params.push(filter.customerId);
    where.push(`p.customer_id = $${params.length}`);
  }
  if (filter.atRiskOnly && filter.today) {
    params.push(filter.today);
    where.push(`coalesce(CASE WHEN p.status = 'appeal_filed' THEN a.at_risk_on END, p.at_risk_on) <= $${params.length}::date`);
  }
  if (filter.q?.trim()) {
    params.push(containsPattern(filter.q));
    where.push(`(p.cun ILIKE $${params.length} OR c.full_name ILIKE $${params.length} OR p.subject ILIKE $${params.length})`);
  }
  const from = `FROM pqrs p
       JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id
       LEFT JOIN pqr_appeals a ON a.tenant_id = p.tenant_id AND a.pqr_id = p.id
      WHERE ${where.join(" AND ")}`;
  const counted = await tx.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params);
  params.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
  const { rows } = await tx.query<WorklistRow>(
    `SELECT ${PQR_COLUMNS}, c.full_name AS customer_name,
            (CASE WHEN p.status = 'appeal_filed' THEN a.due_on ELSE p.due_on END)::text AS clock_due_on,
            (CASE WHEN p.status = 'appeal_filed' THEN a.at_risk_on ELSE p.at_risk_on END)::text AS clock_at_risk_on
       ${from}
      ORDER BY ${orderBySql(filter.sort, PQR_SORT_SQL, PQR_ORDER, "p.number")}
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows, total: counted.rows[0]!.n };
}

/** Every PQR of a customer, newest first (the advisor's consultation, seed 002 step 5). */
export async function listCustomerPqrs(tx: Tx, customerId: string): Promise<PqrRow[]> {
  const { rows } = await tx.query<PqrRow>(
    `SELECT ${PQR_COLUMNS} FROM pqrs p WHERE p.customer_id = $1 ORDER BY p.filed_at DESC, p.number DESC LIMIT 200`,
    [customerId],
  );
  return rows;
}

/** The customer's name and the service number a PQR names. */
export async function findPqrContext(
  tx: Tx,
  customerId: string,
  productId: string | null,
): Promise<{ customer_name: string; service_number: string | null }> {
  const { rows } = await tx.query<{ customer_name: string; service_number: string | null }>(
    `SELECT c.full_name AS customer_name,
            (SELECT p.service_number FROM products p WHERE p.tenant_id = c.tenant_id AND p.id = $2) AS service_number
       FROM customers c WHERE c.id = $1`,
    [customerId, productId],
  );
  return rows[0] ?? { customer_name: "", service_number: null };
}
