import type { Tx } from "../../platform/db/pool.js";
import type { CaseBranch, OfferType } from "./catalog-types.js";
import type { CaseState } from "./procedure.js";

/** SQL writes of retention: cases, offers and evaluations (their reads are in queries.ts). */

// ---------------------------------------------------------------- cases

export interface CaseRow {
  id: string;
  number: number;
  customer_id: string;
  product_id: string | null;
  opened_by: string | null;
  team_id: string | null;
  state: CaseState;
  branch: CaseBranch | null;
  request_kind: "compensation" | "better_offer" | null;
  facts: Record<string, unknown>;
  catalog_versions: Record<string, number>;
  outcome: "retained" | "cancelled" | null;
  cancellation_reason: string | null;
  outcome_note: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export interface NewCase {
  tenantId: string;
  customerId: string;
  productId: string | null;
  openedBy: string | null;
  teamId: string | null;
  facts: unknown;
  catalogVersions: Record<string, number>;
  now: Date;
}

/** Opens a case; undefined when the customer already has an open one (the partial unique index). */
export async function insertCase(tx: Tx, row: NewCase): Promise<CaseRow | undefined> {
  const { rows } = await tx.query<CaseRow>(
    `INSERT INTO retention_cases (tenant_id, customer_id, product_id, opened_by, team_id, state, facts, catalog_versions,
                                  created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'opened', $6, $7, $8, $8)
     ON CONFLICT (tenant_id, customer_id) WHERE closed_at IS NULL DO NOTHING
     RETURNING *`,
    [
      row.tenantId,
      row.customerId,
      row.productId,
      row.openedBy,
      row.teamId,
      JSON.stringify(row.facts),
      JSON.stringify(row.catalogVersions),
      row.now,
    ],
  );
  return rows[0];
}

export type CaseChange = Partial<
  Pick<
    CaseRow,
    | "state"
    | "branch"
    | "request_kind"
    | "product_id"
    | "facts"
    | "outcome"
    | "cancellation_reason"
    | "outcome_note"
    | "closed_at"
  >
>;

const CHANGEABLE: Array<keyof CaseChange> = [
  "state",
  "branch",
  "request_kind",
  "product_id",
  "facts",
  "outcome",
  "cancellation_reason",
  "outcome_note",
  "closed_at",
];

/** Applies a step's changes to a case and bumps its version. */
export async function updateCase(tx: Tx, id: string, change: CaseChange, now: Date): Promise<CaseRow> {
  const columns = CHANGEABLE.filter((column) => change[column] !== undefined);
  const values = columns.map((column) => (column === "facts" ? JSON.stringify(change[column]) : change[column]));
  const sets = columns.map((column, index) => `${column} = $${index + 3}`);
  const { rows } = await tx.query<CaseRow>(
    `UPDATE retention_cases SET ${[...sets, "updated_at = $2", "version = version + 1"].join(", ")} WHERE id = $1 RETURNING *`,
    [id, now, ...values],
  );
  return rows[0]!;
}

// ---------------------------------------------------------------- offers

export interface OfferRow {
  id: string;
  case_id: string;
  offer_code: string;
  offer_type: OfferType;
  product_id: string | null;
  /** failed: the outside system gave up on its billing claim or activation (a retry may restore it). */
  status: "accepted" | "filed" | "active" | "ended" | "failed";
  billing_concept: string | null;
  amount: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  ended_at: Date | null;
  outbound_message_id: string | null;
  external_reference: string | null;
  created_at: Date;
}

export interface NewOffer {
  tenantId: string;
  caseId: string;
  offerCode: string;
  offerType: OfferType;
  productId: string | null;
  status: OfferRow["status"];
  billingConcept: string | null;
  amount: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  outboundMessageId?: string | null;
  createdBy: string | null;
  now: Date;
}

/**
 * Records an offer on a case. The case's steps give one offer each from a locked case, so the same offer
 * twice never reaches here; UNIQUE (case, offer code) would refuse it (DUPLICATE).
 */
export async function insertOffer(tx: Tx, offer: NewOffer): Promise<OfferRow> {
  const { rows } = await tx.query<OfferRow>(
    `INSERT INTO retention_offers (tenant_id, case_id, offer_code, offer_type, product_id, status, billing_concept, amount,
                                   starts_at, ends_at, outbound_message_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
     RETURNING *`,
    [
      offer.tenantId,
      offer.caseId,
      offer.offerCode,
      offer.offerType,
      offer.productId,
      offer.status,
      offer.billingConcept,
      offer.amount,
      offer.startsAt,
      offer.endsAt,
      offer.outboundMessageId ?? null,
      offer.createdBy,
      offer.now,
    ],
  );
  return rows[0]!;
}

export async function updateOffer(
  tx: Tx,
  id: string,
  change: { status: OfferRow["status"]; outboundMessageId?: string | null; endedAt?: Date | null },
  now: Date,
): Promise<OfferRow> {
  const { rows } = await tx.query<OfferRow>(
    `UPDATE retention_offers SET status = $2, outbound_message_id = coalesce($3, outbound_message_id),
            ended_at = coalesce($4, ended_at), updated_at = $5
      WHERE id = $1 RETURNING *`,
    [id, change.status, change.outboundMessageId ?? null, change.endedAt ?? null, now],
  );
  return rows[0]!;
}

export async function setOfferReference(tx: Tx, id: string, reference: string): Promise<void> {
  await tx.query("UPDATE retention_offers SET external_reference = $2 WHERE id = $1", [id, reference]);
}

// ---------------------------------------------------------------- evaluation (step 15)

export async function insertEvaluation(
  tx: Tx,
  row: {
    tenantId: string;
    month: string;
    decision: string;
    notes: string;
    snapshot: unknown;
    createdBy: string | null;
    now: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO retention_evaluations (tenant_id, month, decision, notes, snapshot, created_by, created_at)
     VALUES ($1, $2::date, $3, $4, $5, $6, $7) RETURNING id`,
    [row.tenantId, `${row.month}-01`, row.decision, row.notes, JSON.stringify(row.snapshot), row.createdBy, row.now],
  );
  return rows[0]!.id;
}
