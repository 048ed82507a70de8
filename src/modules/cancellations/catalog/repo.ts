import type { Tx } from "../../../platform/db/pool.js";

/** What cases already use of a campaign's catalog: what a new catalog version may retire but not remove. */

export interface MotiveUse {
  state_code: string;
  motive_code: string;
  cases: number;
}

/** Of the given (state, motive) pairs, those some case of the campaign was decided with. */
export async function findMotivesInUse(
  tx: Tx,
  campaign: string,
  pairs: Array<{ state: string; motive: string }>,
): Promise<MotiveUse[]> {
  if (pairs.length === 0) return [];
  const { rows } = await tx.query<MotiveUse>(
    `SELECT d.state_code, d.motive_code, count(DISTINCT d.case_id)::int AS cases
       FROM case_dispositions d
       JOIN complaint_cases c ON c.tenant_id = d.tenant_id AND c.id = d.case_id
       JOIN unnest($2::text[], $3::text[]) AS p(state_code, motive_code)
         ON p.state_code = d.state_code AND p.motive_code = d.motive_code
      WHERE c.campaign = $1
      GROUP BY d.state_code, d.motive_code
      ORDER BY d.state_code, d.motive_code`,
    [campaign, pairs.map((p) => p.state), pairs.map((p) => p.motive)],
  );
  return rows;
}

/** Of the given benefit codes of a benefits matrix, those granted in some disposition. */
export async function findBenefitsInUse(
  tx: Tx,
  benefitsScope: string,
  codes: string[],
): Promise<Array<{ code: string; cases: number }>> {
  if (codes.length === 0) return [];
  const { rows } = await tx.query<{ code: string; cases: number }>(
    `SELECT g.code, count(DISTINCT d.case_id)::int AS cases
       FROM case_dispositions d CROSS JOIN LATERAL unnest(d.benefit_codes) AS g(code)
      WHERE d.benefits_scope = $1 AND d.benefit_codes && $2::text[] AND g.code = ANY($2::text[])
      GROUP BY g.code ORDER BY g.code`,
    [benefitsScope, codes],
  );
  return rows;
}
