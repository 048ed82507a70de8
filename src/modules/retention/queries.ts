import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Tx } from "../../platform/db/pool.js";
import type { CaseBranch, OfferType } from "./catalog-types.js";
import type { CaseState } from "./procedure.js";
import type { CaseRow, OfferRow } from "./repo.js";

/** SQL reads of retention: the customer 360, cases and offers (some locked for a command), evaluations (the indicators are the engine's: indicators.ts). */

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

/** A named query of sql/ (hot and indicator SQL lives there, readable by a reviewer). */
export function namedQuery(name: string): string {
  return fs.readFileSync(path.join(SQL_DIR, `${name}.sql`), "utf8");
}

export const CUSTOMER_360_SQL = namedQuery("customer-360");
const EVALUATION_RESULTS_SQL = namedQuery("evaluation-results");

export interface Customer360Row {
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
  timezone: string;
  catalogs: Record<string, { version: number; content: unknown }> | null;
  products: Array<{
    id: string;
    serviceNumber: string;
    kind: string;
    technology: string;
    plan: string;
    status: string;
    withdrawnForNonPayment: boolean;
    monthlyFee: number | null;
    activatedOn: string | null;
  }>;
  claims: Array<{
    id: string;
    code: string;
    productId: string;
    category: string;
    description: string | null;
    openedAt: string;
    resolvedAt: string | null;
  }>;
  billing: Array<{ period: string; amount: number }>;
  cases: Array<{
    id: string;
    number: number;
    state: CaseState;
    branch: CaseBranch | null;
    productId: string | null;
    requestKind: string | null;
    facts: Record<string, unknown>;
    outcome: string | null;
    cancellationReason: string | null;
    createdAt: string;
    closedAt: string | null;
    offers: Array<{
      id: string;
      offerCode: string;
      offerType: OfferType;
      productId: string | null;
      status: string;
      billingConcept: string | null;
      amount: number | null;
      startsAt: string | null;
      endsAt: string | null;
      externalReference: string | null;
    }>;
  }>;
  work_orders: Array<{
    id: string;
    number: number;
    activityCode: string;
    activityName: string;
    status: string;
    dueAt: string;
    closedAt: string | null;
    productId: string;
    originId: string;
  }>;
  /** Complaint cases of the campaigns (seed 003), newest first. */
  complaints: Array<{
    id: string;
    complaintNumber: string;
    campaign: string;
    status: string;
    queue: string;
    stateCode: string | null;
    motiveCode: string | null;
    reason: string;
    receivedAt: string;
    finishedAt: string | null;
  }>;
  timeline: Array<{
    id: number;
    occurredAt: string;
    actorName: string | null;
    actorRole: string;
    subjectType: string;
    action: string;
    reason: string | null;
  }>;
}

/** The whole customer 360 in one round trip (sql/customer-360.sql). */
export async function findCustomer360(tx: Tx, customerId: string, now: Date): Promise<Customer360Row | undefined> {
  const { rows } = await tx.query<Customer360Row>({ name: "customer_360", text: CUSTOMER_360_SQL, values: [customerId, now] });
  return rows[0];
}

// ---------------------------------------------------------------- cases

/** One case; `forUpdate` locks it so two steps on the same case take turns. */
export async function findCase(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `SELECT * FROM retention_cases WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export async function findOpenCaseOfCustomer(tx: Tx, customerId: string): Promise<CaseRow | undefined> {
  const { rows } = await tx.query<CaseRow>("SELECT * FROM retention_cases WHERE customer_id = $1 AND closed_at IS NULL", [
    customerId,
  ]);
  return rows[0];
}

export interface CaseCustomerRow {
  id: string;
  full_name: string;
  tier: string;
  phone: string | null;
  is_delinquent: boolean;
  has_credit_bureau_flag: boolean;
  timezone: string;
  products: Array<{
    id: string;
    serviceNumber: string;
    kind: string;
    technology: string;
    status: string;
    withdrawnForNonPayment: boolean;
    monthlyFee: number | null;
  }>;
  billing: Array<{ period: string; amount: number }>;
}

/** What the case commands decide with about a customer: flags, products, billing, the tenant's time zone. */
export async function findCaseCustomer(tx: Tx, customerId: string): Promise<CaseCustomerRow | undefined> {
  const { rows } = await tx.query<CaseCustomerRow>(
    `SELECT c.id, c.full_name, c.tier, c.phone, c.is_delinquent, c.has_credit_bureau_flag,
            (SELECT t.timezone FROM tenants t WHERE t.id = c.tenant_id) AS timezone,
            coalesce((SELECT json_agg(json_build_object('id', p.id, 'serviceNumber', p.service_number, 'kind', p.kind,
                        'technology', p.technology, 'status', p.status, 'withdrawnForNonPayment', p.withdrawn_for_non_payment,
                        'monthlyFee', p.monthly_fee) ORDER BY p.kind, p.service_number)
                        FROM products p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id), '[]') AS products,
            coalesce((SELECT json_agg(json_build_object('period', to_char(b.period, 'YYYY-MM'), 'amount', b.amount)
                        ORDER BY b.period DESC)
                        FROM (SELECT period, amount FROM billing_statements bs
                               WHERE bs.tenant_id = c.tenant_id AND bs.customer_id = c.id
                               ORDER BY period DESC LIMIT 24) b), '[]') AS billing
       FROM customers c WHERE c.id = $1`,
    [customerId],
  );
  return rows[0];
}

export interface ClaimRow {
  id: string;
  code: string;
  product_id: string;
  category: string;
  opened_at: Date;
  resolved_at: Date | null;
}

/** The customer's claims opened since `since` (the repeated-damage window). */
export async function listClaimsSince(tx: Tx, customerId: string, since: Date): Promise<ClaimRow[]> {
  const { rows } = await tx.query<ClaimRow>(
    `SELECT id, code, product_id, category, opened_at, resolved_at FROM claims
      WHERE customer_id = $1 AND opened_at >= $2 ORDER BY opened_at`,
    [customerId, since],
  );
  return rows;
}

export async function findUserTeam(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const { rows } = await tx.query<{ team_id: string | null }>("SELECT team_id FROM users WHERE id = $1", [userId]);
  return rows[0]?.team_id ?? null;
}

// ---------------------------------------------------------------- offers

export async function listCaseOffers(tx: Tx, caseId: string): Promise<OfferRow[]> {
  const { rows } = await tx.query<OfferRow>("SELECT * FROM retention_offers WHERE case_id = $1 ORDER BY created_at", [caseId]);
  return rows;
}

export async function findOffer(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<OfferRow | undefined> {
  const { rows } = await tx.query<OfferRow>(
    `SELECT * FROM retention_offers WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

/** The offer an outbound message was sent for (its billing claim or its activation), locked. */
export async function findOfferByMessage(tx: Tx, messageId: string): Promise<OfferRow | undefined> {
  const { rows } = await tx.query<OfferRow>("SELECT * FROM retention_offers WHERE outbound_message_id = $1 FOR UPDATE", [
    messageId,
  ]);
  return rows[0];
}

export async function listUsedOfferCodes(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>("SELECT DISTINCT offer_code AS code FROM retention_offers");
  return rows.map((row) => row.code);
}

export async function listUsedCancellationReasons(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>(
    "SELECT DISTINCT cancellation_reason AS code FROM retention_cases WHERE cancellation_reason IS NOT NULL",
  );
  return rows.map((row) => row.code);
}

// ---------------------------------------------------------------- evaluation (step 15)

export interface EvaluationResultRow {
  month: string;
  team: string;
  branch: string;
  offer_code: string;
  closed: number;
  retained: number;
  cancelled: number;
}

export async function listEvaluationResults(tx: Tx, since: Date, timezone: string): Promise<EvaluationResultRow[]> {
  const { rows } = await tx.query<EvaluationResultRow>(EVALUATION_RESULTS_SQL, [since, timezone]);
  return rows;
}

export interface EvaluationRow {
  id: string;
  month: string;
  decision: "feedback" | "reformulate";
  notes: string;
  snapshot: unknown;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
}

export async function listEvaluations(tx: Tx, limit: number): Promise<EvaluationRow[]> {
  const { rows } = await tx.query<EvaluationRow>(
    `SELECT e.id, to_char(e.month, 'YYYY-MM') AS month, e.decision, e.notes, e.snapshot, e.created_by,
            u.full_name AS created_by_name, e.created_at
       FROM retention_evaluations e LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.created_by
      ORDER BY e.month DESC, e.created_at DESC LIMIT $1`,
    [limit],
  );
  return rows;
}
