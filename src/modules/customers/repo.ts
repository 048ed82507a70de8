import type { Tx } from "../../platform/db/pool.js";
import type { ClaimInput, CustomerInput, ProductInput } from "./schemas.js";

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

export interface CustomerPageRow {
  id: string;
  code: string;
  document_id: string;
  full_name: string;
  tier: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  city: string | null;
  is_delinquent: boolean;
  has_credit_bureau_flag: boolean;
  created_at: Date;
  updated_at: Date;
  products: Array<Record<string, unknown>>;
  claims: Array<Record<string, unknown>>;
  billing: Array<{ period: string; amount: string }>;
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

export async function findCustomerById(tx: Tx, id: string): Promise<CustomerPageRow | undefined> {
  const { rows } = await tx.query<CustomerPageRow>("SELECT * FROM customers WHERE id = $1 FOR UPDATE", [id]);
  return rows[0];
}

/** A customer's column values in table order (code … has_credit_bureau_flag), defaults applied. */
function customerValues(input: CustomerInput): unknown[] {
  return [
    input.code,
    input.documentId,
    input.fullName,
    input.tier ?? "standard",
    input.phone ?? null,
    input.email ?? null,
    input.address ?? null,
    input.city ?? null,
    input.isDelinquent ?? false,
    input.hasCreditBureauFlag ?? false,
  ];
}

export async function insertCustomer(tx: Tx, tenantId: string, input: CustomerInput): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO customers (tenant_id, code, document_id, full_name, tier, phone, email, address, city, is_delinquent, has_credit_bureau_flag)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [tenantId, ...customerValues(input)],
  );
  return rows[0]!.id;
}

export async function updateCustomer(tx: Tx, id: string, input: CustomerInput, now: Date): Promise<void> {
  await tx.query(
    `UPDATE customers SET (code, document_id, full_name, tier, phone, email, address, city, is_delinquent, has_credit_bureau_flag, updated_at)
          = ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
      WHERE id = $1`,
    [id, ...customerValues(input), now],
  );
}

export async function insertProduct(tx: Tx, tenantId: string, customerId: string, input: ProductInput): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO products (tenant_id, customer_id, service_number, kind, technology, plan, status, withdrawn_for_non_payment, monthly_fee, activated_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      tenantId,
      customerId,
      input.serviceNumber,
      input.kind,
      input.technology,
      input.plan,
      input.status,
      input.withdrawnForNonPayment ?? false,
      input.monthlyFee ?? null,
      input.activatedOn ?? null,
    ],
  );
  return rows[0]!.id;
}

export async function findProductByServiceNumber(tx: Tx, serviceNumber: string) {
  const { rows } = await tx.query<{ id: string; customer_id: string }>(
    "SELECT id, customer_id FROM products WHERE service_number = $1",
    [serviceNumber],
  );
  return rows[0];
}

export async function insertClaim(
  tx: Tx,
  tenantId: string,
  product: { id: string; customer_id: string },
  input: ClaimInput,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO claims (tenant_id, code, customer_id, product_id, category, description, opened_at, resolved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      tenantId,
      input.code,
      product.customer_id,
      product.id,
      input.category,
      input.description ?? null,
      input.openedAt,
      input.resolvedAt ?? null,
    ],
  );
  return rows[0]!.id;
}

export async function upsertBilling(tx: Tx, tenantId: string, customerId: string, period: string, amount: number) {
  const { rows } = await tx.query<{ previous: string | null }>(
    `WITH previous AS (SELECT amount FROM billing_statements WHERE customer_id = $2 AND period = $3::date)
     INSERT INTO billing_statements (tenant_id, customer_id, period, amount) VALUES ($1, $2, $3::date, $4)
     ON CONFLICT (tenant_id, customer_id, period) DO UPDATE SET amount = excluded.amount
     RETURNING (SELECT amount FROM previous) AS previous`,
    [tenantId, customerId, `${period}-01`, amount],
  );
  return rows[0]?.previous ?? null;
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
