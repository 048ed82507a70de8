import type { Tx } from "../../platform/db/pool.js";

export interface PolicyBlockRow {
  blocked_at: Date;
  campaign_id: string | null;
  customer_id: string | null;
  customer_name: string | null;
  phone: string | null;
  channel: string;
  rule: string;
  message: string;
  policy_scope: string;
  policy_version: number;
}

/** The attempts the contact policy refused, newest first (of one campaign when given). */
export async function listPolicyBlocks(tx: Tx, campaignId: string | null, limit: number): Promise<PolicyBlockRow[]> {
  const { rows } = await tx.query<PolicyBlockRow>(
    `SELECT b.blocked_at, b.campaign_id, b.customer_id, c.full_name AS customer_name, b.phone, b.channel, b.rule, b.message,
            b.policy_scope, b.policy_version
       FROM contact_policy_blocks b LEFT JOIN customers c ON c.tenant_id = b.tenant_id AND c.id = b.customer_id
      WHERE ($1::uuid IS NULL OR b.campaign_id = $1)
      ORDER BY b.blocked_at DESC LIMIT $2`,
    [campaignId, limit],
  );
  return rows;
}

/** Blocked attempts per rule since an instant (of one campaign when given): the supervisor's view. */
export async function countPolicyBlocks(tx: Tx, campaignId: string | null, since: Date): Promise<Record<string, number>> {
  const { rows } = await tx.query<{ rule: string; n: number }>(
    `SELECT rule, count(*)::int AS n FROM contact_policy_blocks
      WHERE ($1::uuid IS NULL OR campaign_id = $1) AND blocked_at >= $2 GROUP BY rule ORDER BY rule`,
    [campaignId, since],
  );
  return Object.fromEntries(rows.map((r) => [r.rule, r.n]));
}
