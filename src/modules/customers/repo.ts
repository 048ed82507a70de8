import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { ClaimInput, CustomerInput, ProductInput } from "./schemas.js";

registerConstraintErrors({
  customers_tenant_id_code_key: {
    code: "DUPLICATE",
    field: "code",
    detail: (key) => `Ya existe un cliente con el código ${key.code ?? "indicado"}`,
  },
  products_tenant_id_service_number_key: {
    code: "DUPLICATE",
    field: "serviceNumber",
    detail: (key) => `Ya existe un producto con el número de servicio ${key.service_number ?? "indicado"}`,
  },
  claims_tenant_id_code_key: {
    code: "DUPLICATE",
    field: "code",
    detail: (key) => `Ya existe un reclamo con el número ${key.code ?? "indicado"}`,
  },
});

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
