import type { Tx } from "../../platform/db/pool.js";

/** The campaigns of the tenant: the scopes of its dispositions catalogs, with their current names. */
export async function listCampaignScopes(tx: Tx): Promise<Array<{ scope: string; version: number; name: string }>> {
  const { rows } = await tx.query<{ scope: string; version: number; name: string }>(
    `SELECT DISTINCT ON (scope) scope, version, content->'campaign'->>'name' AS name
       FROM catalog_versions WHERE kind = 'dispositions' ORDER BY scope, version DESC`,
  );
  return rows;
}
