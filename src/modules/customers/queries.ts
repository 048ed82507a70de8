import type { Tx } from "../../platform/db/pool.js";
import type { CustomerPageRow } from "./repo.js";

/** SQL reads of customers: search and the customer page (writes are in repo.ts). */

export interface CustomerSummaryRow {
  id: string;
  code: string;
  document_id: string;
  full_name: string;
  tier: string;
  phone: string | null;
  city: string | null;
}

const SUMMARY = "c.id, c.code, c.document_id, c.full_name, c.tier, c.phone, c.city";

/**
 * Exact identifiers first (customer code, document, phone, service number), then names by trigram
 * similarity, accent- and case-insensitive.
 */
export async function searchCustomers(tx: Tx, query: string, limit: number): Promise<CustomerSummaryRow[]> {
  const { rows } = await tx.query<CustomerSummaryRow>(
    `(SELECT ${SUMMARY} FROM customers c WHERE c.code = $1 OR c.document_id = $1 OR c.phone = $1
      UNION
      SELECT ${SUMMARY} FROM customers c JOIN products p ON p.tenant_id = c.tenant_id AND p.customer_id = c.id
       WHERE p.service_number = $1)
     UNION ALL
     (SELECT ${SUMMARY} FROM customers c
       WHERE search_text(c.full_name) LIKE '%' || search_text($1) || '%'
         AND NOT (c.code = $1 OR c.document_id = $1 OR coalesce(c.phone, '') = $1)
       ORDER BY similarity(search_text(c.full_name), search_text($1)) DESC, c.full_name
       LIMIT $2)
     LIMIT $2`,
    [query, limit],
  );
  return rows;
}

/**
 * The whole customer page in one statement: the customer, all products, claims of the last
 * `claimDays` days, and the last `billingMonths` statements.
 */
export const CUSTOMER_PAGE_SQL = `
  SELECT c.id, c.code, c.document_id, c.full_name, c.tier, c.phone, c.email, c.address, c.city,
         c.is_delinquent, c.has_credit_bureau_flag, c.created_at, c.updated_at,
         coalesce((SELECT json_agg(json_build_object(
                     'id', p.id, 'serviceNumber', p.service_number, 'kind', p.kind, 'technology', p.technology,
                     'plan', p.plan, 'status', p.status, 'withdrawnForNonPayment', p.withdrawn_for_non_payment,
                     'monthlyFee', p.monthly_fee, 'activatedOn', p.activated_on) ORDER BY p.kind, p.service_number)
                     FROM products p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id), '[]') AS products,
         coalesce((SELECT json_agg(json_build_object(
                     'id', cl.id, 'code', cl.code, 'productId', cl.product_id, 'category', cl.category,
                     'description', cl.description, 'openedAt', cl.opened_at, 'resolvedAt', cl.resolved_at)
                     ORDER BY cl.opened_at DESC)
                     FROM claims cl
                    WHERE cl.tenant_id = c.tenant_id AND cl.customer_id = c.id
                      AND cl.opened_at >= $2::timestamptz - make_interval(days => $3)), '[]') AS claims,
         coalesce((SELECT json_agg(json_build_object('period', to_char(b.period, 'YYYY-MM'), 'amount', b.amount)
                     ORDER BY b.period DESC)
                     FROM (SELECT period, amount FROM billing_statements bs
                            WHERE bs.tenant_id = c.tenant_id AND bs.customer_id = c.id
                            ORDER BY period DESC LIMIT $4) b), '[]') AS billing
    FROM customers c
   WHERE c.tenant_id = current_tenant_id() AND c.id = $1`;

export async function findCustomerPage(
  tx: Tx,
  id: string,
  options: { now: Date; claimDays: number; billingMonths: number },
): Promise<CustomerPageRow | undefined> {
  const { rows } = await tx.query<CustomerPageRow>(CUSTOMER_PAGE_SQL, [
    id,
    options.now,
    options.claimDays,
    options.billingMonths,
  ]);
  return rows[0];
}

/** The orders a customer list can be sorted by: a field, descending with a leading «-». */
export const CUSTOMER_SORTS = ["code", "-code", "fullName", "-fullName", "createdAt", "-createdAt"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

const SORT_SQL: Record<CustomerSort, string> = {
  code: "c.code ASC, c.id ASC",
  "-code": "c.code DESC, c.id DESC",
  fullName: "c.full_name ASC, c.id ASC",
  "-fullName": "c.full_name DESC, c.id DESC",
  createdAt: "c.created_at ASC, c.id ASC",
  "-createdAt": "c.created_at DESC, c.id DESC",
};

/**
 * A page of the tenant's customers and how many there are in all, optionally filtered by `query`
 * (an exact code, document or phone, or part of the name, accent- and case-insensitive).
 */
export async function listCustomers(
  tx: Tx,
  options: { query: string | null; sort: CustomerSort; page: number; pageSize: number },
): Promise<{ rows: CustomerSummaryRow[]; total: number }> {
  const where = `($1::text IS NULL OR c.code = $1 OR c.document_id = $1 OR c.phone = $1
                  OR search_text(c.full_name) LIKE '%' || search_text($1) || '%')`;
  const total = await tx.query<{ n: string }>(`SELECT count(*) AS n FROM customers c WHERE ${where}`, [options.query]);
  const { rows } = await tx.query<CustomerSummaryRow>(
    `SELECT ${SUMMARY} FROM customers c WHERE ${where} ORDER BY ${SORT_SQL[options.sort]} LIMIT $2 OFFSET $3`,
    [options.query, options.pageSize, (options.page - 1) * options.pageSize],
  );
  return { rows, total: Number(total.rows[0]!.n) };
}
