import type { ClaimFact } from "../modules/retention/index.js";
import type { Tx } from "../platform/db/pool.js";

export interface DemoCandidate {
  id: string;
  fullName: string;
  isFlagged: boolean;
  /** Claims of the last 120 days, for the repeated-damage rule. */
  claims: ClaimFact[];
  products: Array<{ id: string; kind: string; technology: string }>;
  promotion: { offerCode: string; productId: string } | null;
}

interface Row {
  id: string;
  full_name: string;
  is_flagged: boolean;
  claims: Array<Omit<ClaimFact, "openedAt" | "resolvedAt"> & { openedAt: string; resolvedAt: string | null }>;
  products: Array<{ id: string; kind: string; technology: string }>;
}

/** The promotion of the default catalog a customer can have, by their active products (fiber first for bandwidth). */
function promotionFor(products: Row["products"]): DemoCandidate["promotion"] {
  const tv = products.find((p) => p.kind === "tv");
  if (tv) return { offerCode: "premium-channels", productId: tv.id };
  const fiber = products.find((p) => p.kind === "internet" && ["ftth", "gpon"].includes(p.technology));
  if (fiber) return { offerCode: "bandwidth-increase", productId: fiber.id };
  const internet = products.find((p) => p.kind === "internet");
  if (internet) return { offerCode: "go-on-tv", productId: internet.id };
  const line = products.find((p) => p.kind === "fixed_voice" || p.kind === "mobile");
  return line ? { offerCode: "max-line", productId: line.id } : null;
}

/**
 * Customers of the demo tenant with an active product, with their flags, active products and claims of
 * the 120 days before `now` (who has repeated damage, and when, is the retention rule's to say).
 */
export async function listDemoCandidates(tx: Tx, now: Date): Promise<DemoCandidate[]> {
  const { rows } = await tx.query<Row>(
    `SELECT c.id, c.full_name,
            (c.is_delinquent OR c.has_credit_bureau_flag OR EXISTS (
               SELECT 1 FROM products w WHERE w.customer_id = c.id AND w.withdrawn_for_non_payment)) AS is_flagged,
            coalesce((SELECT json_agg(json_build_object('id', cl.id, 'code', cl.code, 'productId', cl.product_id,
                                                        'category', cl.category, 'openedAt', cl.opened_at,
                                                        'resolvedAt', cl.resolved_at))
                        FROM claims cl
                       WHERE cl.customer_id = c.id AND cl.opened_at >= $1::timestamptz - interval '120 days'), '[]') AS claims,
            (SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'technology', p.technology) ORDER BY p.kind)
               FROM products p WHERE p.customer_id = c.id AND p.status = 'active') AS products
       FROM customers c
      WHERE EXISTS (SELECT 1 FROM products a WHERE a.customer_id = c.id AND a.status = 'active')
      ORDER BY c.code`,
    [now],
  );
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    isFlagged: row.is_flagged,
    claims: row.claims.map((claim) => ({
      ...claim,
      openedAt: new Date(claim.openedAt),
      resolvedAt: claim.resolvedAt === null ? null : new Date(claim.resolvedAt),
    })),
    products: row.products,
    promotion: promotionFor(row.products),
  }));
}

/** Pending follow-ups of a team that were due before `before`. */
export async function listDueFollowUps(tx: Tx, role: string, before: Date): Promise<Array<{ id: string; due_at: Date }>> {
  const { rows } = await tx.query<{ id: string; due_at: Date }>(
    "SELECT id, due_at FROM follow_ups WHERE role = $1 AND status = 'pending' AND due_at <= $2 ORDER BY due_at",
    [role, before],
  );
  return rows;
}
