import type { CustomerSummaryRow } from "./queries.js";
import type { CustomerPageRow } from "./repo.js";
import type { CustomerInput } from "./schemas.js";

export function presentCustomerSummary(row: CustomerSummaryRow) {
  return {
    id: row.id,
    code: row.code,
    documentId: row.document_id,
    fullName: row.full_name,
    tier: row.tier,
    phone: row.phone,
    city: row.city,
  };
}

export function presentCustomerInput(row: CustomerPageRow): CustomerInput {
  return {
    code: row.code,
    documentId: row.document_id,
    fullName: row.full_name,
    tier: row.tier as CustomerInput["tier"],
    phone: row.phone,
    email: row.email,
    address: row.address,
    city: row.city,
    isDelinquent: row.is_delinquent,
    hasCreditBureauFlag: row.has_credit_bureau_flag,
  };
}

/** The customer page: identity, flags, products, recent claims and billing with its average. */
export function presentCustomerPage(row: CustomerPageRow) {
  const amounts = row.billing.map((b) => Number(b.amount));
  const average = amounts.length === 0 ? null : Math.round((amounts.reduce((a, b) => a + b, 0) / amounts.length) * 100) / 100;
  return {
    ...presentCustomerSummary(row),
    email: row.email,
    address: row.address,
    isDelinquent: row.is_delinquent,
    hasCreditBureauFlag: row.has_credit_bureau_flag,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    products: row.products,
    claims: row.claims,
    billing: row.billing.map((b) => ({ period: b.period, amount: Number(b.amount) })),
    billingAverage: average,
  };
}
