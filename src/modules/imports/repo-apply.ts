import type { ApplyResult, EventStamp } from "../../platform/extensions/import-kind.js";

export type { ApplyResult, EventStamp };

import type { Tx } from "../../platform/db/pool.js";
import { sqlAction, sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ImportKindCode } from "./kind-codes.js";

/**
 * The set-based SQL that applies a staged import to the operator's data: one INSERT … ON CONFLICT DO
 * UPDATE per import, which writes only rows that differ (so the same rows twice change nothing), and
 * appends one timeline event per inserted or changed row in the same statement. A data-modifying
 * statement's CTEs share one snapshot, so `previous` sees each row as it was before the upsert.
 */

/** The event columns every statement below takes from its parameters: $2 now, $3 actor, $4 role, $5 reason. */
const STAMP = { occurredAt: "$2", actorUserId: "$3", actorRole: "$4", reason: "$5" } as const;

const CUSTOMER_JSON = (c: string) => `jsonb_build_object('code', ${c}.code, 'documentId', ${c}.document_id,
  'fullName', ${c}.full_name, 'tier', ${c}.tier, 'phone', ${c}.phone, 'email', ${c}.email, 'address', ${c}.address,
  'city', ${c}.city, 'isDelinquent', ${c}.is_delinquent, 'hasCreditBureauFlag', ${c}.has_credit_bureau_flag)`;

const APPLY_CUSTOMERS = `
  WITH incoming AS (
    SELECT x.* FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x(code text, "documentId" text, "fullName" text, tier text, phone text,
                                                      email text, address text, city text, "isDelinquent" boolean,
                                                      "hasCreditBureauFlag" boolean)
     WHERE r.import_id = $1
  ), previous AS (
    SELECT c.id, ${CUSTOMER_JSON("c")} AS before FROM customers c JOIN incoming i ON i.code = c.code
  ), upserted AS (
    INSERT INTO customers AS c (tenant_id, code, document_id, full_name, tier, phone, email, address, city, is_delinquent,
                                has_credit_bureau_flag)
    SELECT current_tenant_id(), i.code, i."documentId", i."fullName", coalesce(i.tier, 'standard'), i.phone, i.email,
           i.address, i.city, coalesce(i."isDelinquent", false), coalesce(i."hasCreditBureauFlag", false)
      FROM incoming i
    ON CONFLICT (tenant_id, code) DO UPDATE
       SET document_id = excluded.document_id, full_name = excluded.full_name, tier = excluded.tier, phone = excluded.phone,
           email = excluded.email, address = excluded.address, city = excluded.city,
           is_delinquent = excluded.is_delinquent, has_credit_bureau_flag = excluded.has_credit_bureau_flag, updated_at = $2
     WHERE (c.document_id, c.full_name, c.tier, c.phone, c.email, c.address, c.city, c.is_delinquent, c.has_credit_bureau_flag)
           IS DISTINCT FROM
           (excluded.document_id, excluded.full_name, excluded.tier, excluded.phone, excluded.email, excluded.address,
            excluded.city, excluded.is_delinquent, excluded.has_credit_bureau_flag)
    RETURNING c.id, c.xmax = 0 AS inserted, ${CUSTOMER_JSON("c")} AS after
  ), recorded AS (
    ${timelineInsertSql({
      ...STAMP,
      subjectType: "'customer'",
      subjectId: "u.id::text",
      customerId: "u.id",
      action: sqlActionWhen("u.inserted", "customer_created", "customer_updated"),
      before: "p.before",
      after: "u.after",
      from: "upserted u LEFT JOIN previous p ON p.id = u.id",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const PRODUCT_JSON = (p: string, customerCode: string) => `jsonb_build_object('customerCode', ${customerCode},
  'serviceNumber', ${p}.service_number, 'kind', ${p}.kind, 'technology', ${p}.technology, 'plan', ${p}.plan,
  'status', ${p}.status, 'withdrawnForNonPayment', ${p}.withdrawn_for_non_payment, 'monthlyFee', ${p}.monthly_fee,
  'activatedOn', ${p}.activated_on)`;

const APPLY_PRODUCTS = `
  WITH incoming AS (
    SELECT x.*, c.id AS customer_id FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("customerCode" text, "serviceNumber" text, kind text, technology text,
                                                      plan text, status text, "withdrawnForNonPayment" boolean,
                                                      "monthlyFee" numeric, "activatedOn" date)
      JOIN customers c ON c.code = x."customerCode"
     WHERE r.import_id = $1
  ), previous AS (
    SELECT p.id, ${PRODUCT_JSON("p", "oc.code")} AS before
      FROM products p JOIN incoming i ON i."serviceNumber" = p.service_number
      JOIN customers oc ON oc.tenant_id = p.tenant_id AND oc.id = p.customer_id
  ), upserted AS (
    INSERT INTO products AS p (tenant_id, customer_id, service_number, kind, technology, plan, status,
                               withdrawn_for_non_payment, monthly_fee, activated_on)
    SELECT current_tenant_id(), i.customer_id, i."serviceNumber", i.kind, i.technology, i.plan, i.status,
           coalesce(i."withdrawnForNonPayment", false), i."monthlyFee", i."activatedOn"
      FROM incoming i
    ON CONFLICT (tenant_id, service_number) DO UPDATE
       SET customer_id = excluded.customer_id, kind = excluded.kind, technology = excluded.technology, plan = excluded.plan,
           status = excluded.status, withdrawn_for_non_payment = excluded.withdrawn_for_non_payment,
           monthly_fee = excluded.monthly_fee, activated_on = excluded.activated_on, updated_at = $2
     WHERE (p.customer_id, p.kind, p.technology, p.plan, p.status, p.withdrawn_for_non_payment, p.monthly_fee, p.activated_on)
           IS DISTINCT FROM
           (excluded.customer_id, excluded.kind, excluded.technology, excluded.plan, excluded.status,
            excluded.withdrawn_for_non_payment, excluded.monthly_fee, excluded.activated_on)
    RETURNING p.*, p.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      ...STAMP,
      subjectType: "'product'",
      subjectId: "u.id::text",
      customerId: "u.customer_id",
      action: sqlActionWhen("u.inserted", "product_added", "product_updated"),
      before: "p.before",
      after: PRODUCT_JSON("u", 'i."customerCode"'),
      from: 'upserted u JOIN incoming i ON i."serviceNumber" = u.service_number LEFT JOIN previous p ON p.id = u.id',
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const CLAIM_JSON = (c: string, serviceNumber: string) => `jsonb_build_object('code', ${c}.code,
  'serviceNumber', ${serviceNumber}, 'category', ${c}.category, 'description', ${c}.description,
  'openedAt', ${c}.opened_at, 'resolvedAt', ${c}.resolved_at)`;

const APPLY_CLAIMS = `
  WITH incoming AS (
    SELECT x.*, p.id AS product_id, p.customer_id FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x(code text, "serviceNumber" text, category text, description text,
                                                      "openedAt" timestamptz, "resolvedAt" timestamptz)
      JOIN products p ON p.service_number = x."serviceNumber"
     WHERE r.import_id = $1
  ), previous AS (
    SELECT cl.id, ${CLAIM_JSON("cl", "op.service_number")} AS before
      FROM claims cl JOIN incoming i ON i.code = cl.code
      JOIN products op ON op.tenant_id = cl.tenant_id AND op.id = cl.product_id
  ), upserted AS (
    INSERT INTO claims AS cl (tenant_id, code, customer_id, product_id, category, description, opened_at, resolved_at)
    SELECT current_tenant_id(), i.code, i.customer_id, i.product_id, i.category, i.description, i."openedAt", i."resolvedAt"
      FROM incoming i
    ON CONFLICT (tenant_id, code) DO UPDATE
       SET customer_id = excluded.customer_id, product_id = excluded.product_id, category = excluded.category,
           description = excluded.description, opened_at = excluded.opened_at, resolved_at = excluded.resolved_at
     WHERE (cl.customer_id, cl.product_id, cl.category, cl.description, cl.opened_at, cl.resolved_at)
           IS DISTINCT FROM
           (excluded.customer_id, excluded.product_id, excluded.category, excluded.description, excluded.opened_at,
            excluded.resolved_at)
    RETURNING cl.*, cl.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      ...STAMP,
      subjectType: "'claim'",
      subjectId: "u.id::text",
      customerId: "u.customer_id",
      action: sqlActionWhen("u.inserted", "claim_recorded", "claim_updated"),
      before: "p.before",
      after: CLAIM_JSON("u", 'i."serviceNumber"'),
      from: "upserted u JOIN incoming i ON i.code = u.code LEFT JOIN previous p ON p.id = u.id",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const APPLY_BILLING = `
  WITH incoming AS (
    SELECT c.id AS customer_id, (x.period || '-01')::date AS period, x.amount FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("customerCode" text, period text, amount numeric)
      JOIN customers c ON c.code = x."customerCode"
     WHERE r.import_id = $1
  ), previous AS (
    SELECT b.customer_id, b.period, b.amount
      FROM billing_statements b JOIN incoming i ON i.customer_id = b.customer_id AND i.period = b.period
  ), upserted AS (
    INSERT INTO billing_statements AS b (tenant_id, customer_id, period, amount)
    SELECT current_tenant_id(), i.customer_id, i.period, i.amount FROM incoming i
    ON CONFLICT (tenant_id, customer_id, period) DO UPDATE SET amount = excluded.amount
     WHERE b.amount IS DISTINCT FROM excluded.amount
    RETURNING b.customer_id, b.period, b.amount, b.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      ...STAMP,
      subjectType: "'customer'",
      subjectId: "u.customer_id::text",
      customerId: "u.customer_id",
      action: sqlAction("billing_recorded"),
      before: `CASE WHEN p.amount IS NULL THEN NULL
                    ELSE jsonb_build_object('period', to_char(p.period, 'YYYY-MM'), 'amount', p.amount) END`,
      after: "jsonb_build_object('period', to_char(u.period, 'YYYY-MM'), 'amount', u.amount)",
      from: "upserted u LEFT JOIN previous p ON p.customer_id = u.customer_id AND p.period = u.period",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const APPLY: Record<ImportKindCode, string> = {
  customers: APPLY_CUSTOMERS,
  products: APPLY_PRODUCTS,
  claims: APPLY_CLAIMS,
  billing: APPLY_BILLING,
};

/** Applies the staged rows of one import; returns how many rows were inserted and how many changed. */
export async function applyStagedRows(tx: Tx, kind: ImportKindCode, importId: string, stamp: EventStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY[kind], [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
  ]);
  return rows[0]!;
}

export async function countStagedRows(tx: Tx, importId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM import_rows WHERE import_id = $1", [importId]);
  return rows[0]!.n;
}

const REFERENCE_LOOKUP = {
  customer: "SELECT 1 FROM customers t WHERE t.code = r.data->>$2",
  product: "SELECT 1 FROM products t WHERE t.service_number = r.data->>$2",
} as const;

/**
 * Staged rows whose reference no longer resolves at commit time (e.g. the batch's customers import was
 * discarded): how many, and the first of them.
 */
export async function findUnresolvedReferences(
  tx: Tx,
  importId: string,
  reference: { field: string; target: keyof typeof REFERENCE_LOOKUP },
): Promise<{ count: number; row: number | null; key: string | null }> {
  const { rows } = await tx.query<{ count: number; row: number | null; key: string | null }>(
    `SELECT count(*)::int AS count, min(r.row_number) AS row,
            (array_agg(r.data->>$2 ORDER BY r.row_number))[1] AS key
       FROM import_rows r
      WHERE r.import_id = $1 AND NOT EXISTS (${REFERENCE_LOOKUP[reference.target]})`,
    [importId, reference.field],
  );
  return rows[0]!;
}
