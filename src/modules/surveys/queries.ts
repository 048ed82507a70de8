import type { Tx } from "../../platform/db/pool.js";

/** SQL reads of the surveys. */

/** The emails of `emails` that name no user of the tenant, in their order. */
export async function unknownAgentEmails(tx: Tx, emails: readonly string[]): Promise<string[]> {
  const { rows } = await tx.query<{ email: string }>(
    `SELECT e.email FROM unnest($1::text[]) WITH ORDINALITY AS e(email, n)
      WHERE NOT EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(e.email))
      ORDER BY e.n`,
    [emails],
  );
  return [...new Set(rows.map((r) => r.email))];
}
