import type { Tx } from "../../platform/db/pool.js";
import type { OutboundRow } from "../../platform/extensions/outbound.js";
import type { IntegrationSettingsRow } from "./repo.js";

/** SQL reads of integrations: the outbox listing and the settings page (writes are in repo.ts). */

export interface OutboundFilter {
  subjectType?: string;
  subjectId?: string;
  status?: string;
  adapter?: string;
  limit: number;
  offset?: number;
}

export async function listOutbound(tx: Tx, filter: OutboundFilter): Promise<OutboundRow[]> {
  const { rows } = await tx.query<OutboundRow>(
    `SELECT * FROM outbound_messages
      WHERE ($1::text IS NULL OR subject_type = $1) AND ($2::text IS NULL OR subject_id = $2)
        AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR adapter = $4)
      ORDER BY created_at DESC, number DESC LIMIT $5 OFFSET $6`,
    [
      filter.subjectType ?? null,
      filter.subjectId ?? null,
      filter.status ?? null,
      filter.adapter ?? null,
      filter.limit,
      filter.offset ?? 0,
    ],
  );
  return rows;
}

/** How many messages match the filter, across pages. */
export async function countOutbound(tx: Tx, filter: Omit<OutboundFilter, "limit" | "offset">): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbound_messages
      WHERE ($1::text IS NULL OR subject_type = $1) AND ($2::text IS NULL OR subject_id = $2)
        AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR adapter = $4)`,
    [filter.subjectType ?? null, filter.subjectId ?? null, filter.status ?? null, filter.adapter ?? null],
  );
  return rows[0]!.n;
}

export async function listIntegrationSettings(tx: Tx): Promise<IntegrationSettingsRow[]> {
  const { rows } = await tx.query<IntegrationSettingsRow>(
    "SELECT adapter, mode, url, secret, updated_at FROM integration_settings",
  );
  return rows;
}
