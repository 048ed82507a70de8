import type { Tx } from "../pool.js";

export interface DemoCandidate {
  id: string;
  fullName: string;
  isFlagged: boolean;
  hasRepeatedDamage: boolean;
  /** The product the case is about: the damaged one, else the Internet line, else the first active product. */
  mainProductId: string;
  products: Array<{ id: string; kind: string; technology: string }>;
  promotion: { offerCode: string; productId: string } | null;
}

interface Row {
  id: string;
  full_name: string;
  is_flagged: boolean;
  damaged_product_id: string | null;
  has_recent_claims: boolean;
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
 * Customers of the demo tenant for the retention history: those with repeated damage at `now` (2+ open
 * claims on one product in 30 days), and calm ones (no claim in 120 days), each with their active products.
 */
export async function listDemoCandidates(tx: Tx, now: Date): Promise<DemoCandidate[]> {
  const { rows } = await tx.query<Row>(
    `SELECT c.id, c.full_name,
            (c.is_delinquent OR c.has_credit_bureau_flag OR EXISTS (
               SELECT 1 FROM products w WHERE w.customer_id = c.id AND w.withdrawn_for_non_payment)) AS is_flagged,
            (SELECT cl.product_id FROM claims cl
              WHERE cl.customer_id = c.id AND cl.resolved_at IS NULL AND cl.opened_at >= $1::timestamptz - interval '30 days'
              GROUP BY cl.product_id HAVING count(*) >= 2 ORDER BY count(*) DESC, cl.product_id LIMIT 1) AS damaged_product_id,
            EXISTS (SELECT 1 FROM claims r WHERE r.customer_id = c.id AND r.opened_at >= $1::timestamptz - interval '120 days')
              AS has_recent_claims,
            (SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'technology', p.technology) ORDER BY p.kind)
               FROM products p WHERE p.customer_id = c.id AND p.status = 'active') AS products
       FROM customers c
      WHERE EXISTS (SELECT 1 FROM products a WHERE a.customer_id = c.id AND a.status = 'active')
      ORDER BY c.code`,
    [now],
  );
  return rows
    .filter((row) => row.damaged_product_id !== null || !row.has_recent_claims)
    .map((row) => {
      const internet = row.products.find((p) => p.kind === "internet");
      return {
        id: row.id,
        fullName: row.full_name,
        isFlagged: row.is_flagged,
        hasRepeatedDamage: row.damaged_product_id !== null,
        mainProductId: row.damaged_product_id ?? internet?.id ?? row.products[0]!.id,
        products: row.products,
        promotion: promotionFor(row.products),
      };
    });
}

/** Pending follow-ups of a team that were due before `before`. */
export async function listDueFollowUps(tx: Tx, role: string, before: Date): Promise<Array<{ id: string; due_at: Date }>> {
  const { rows } = await tx.query<{ id: string; due_at: Date }>(
    "SELECT id, due_at FROM follow_ups WHERE role = $1 AND status = 'pending' AND due_at <= $2 ORDER BY due_at",
    [role, before],
  );
  return rows;
}
