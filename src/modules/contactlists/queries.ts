import type { Tx } from "../../platform/db/pool.js";

/** List types some contact record was loaded with (they may be retired, not removed). */
export async function listUsedListTypes(tx: Tx): Promise<Set<string>> {
  const { rows } = await tx.query<{ list_type: string }>("SELECT DISTINCT list_type FROM contact_records");
  return new Set(rows.map((r) => r.list_type));
}

export interface OutboundCampaignRow {
  id: string;
  code: string;
  name: string;
  policy_scope: string;
  pacing_mode: "preview" | "progressive" | "predictive";
  dial_level: string;
  is_active: boolean;
}

const CAMPAIGN_COLUMNS = "id, code, name, policy_scope, pacing_mode, dial_level, is_active";

export async function listOutboundCampaigns(tx: Tx): Promise<OutboundCampaignRow[]> {
  const { rows } = await tx.query<OutboundCampaignRow>(`SELECT ${CAMPAIGN_COLUMNS} FROM outbound_campaigns ORDER BY code`);
  return rows;
}

export async function findOutboundCampaign(tx: Tx, id: string): Promise<OutboundCampaignRow | undefined> {
  const { rows } = await tx.query<OutboundCampaignRow>(`SELECT ${CAMPAIGN_COLUMNS} FROM outbound_campaigns WHERE id = $1`, [id]);
  return rows[0];
}

export async function findOutboundCampaignByCode(tx: Tx, code: string): Promise<OutboundCampaignRow | undefined> {
  const { rows } = await tx.query<OutboundCampaignRow>(`SELECT ${CAMPAIGN_COLUMNS} FROM outbound_campaigns WHERE code = $1`, [
    code,
  ]);
  return rows[0];
}

export interface ContactPhone {
  phone: string;
  kind: "customer" | "reference";
  position: number;
}

export interface ContactRecordRow {
  id: string;
  campaign_id: string;
  customer_id: string;
  customer_code: string;
  customer_name: string;
  list_type: string;
  reason: string;
  offers: string[];
  authorised_channels: string[];
  priority: number;
  valid_from: string | null;
  valid_until: string | null;
  status: string;
  attempts: number;
  last_outcome: string | null;
  closure: string | null;
  callback_at: Date | null;
  callback_user_id: string | null;
  next_attempt_at: Date | null;
  disposition: Record<string, unknown> | null;
  phones: ContactPhone[];
}

const RECORD_SELECT = `
  SELECT r.id, r.campaign_id, r.customer_id, c.code AS customer_code, c.full_name AS customer_name, r.list_type, r.reason,
         r.offers, r.authorised_channels, r.priority, r.valid_from::text, r.valid_until::text, r.status, r.attempts,
         r.last_outcome, r.closure, r.callback_at, r.callback_user_id, r.next_attempt_at, r.disposition,
         coalesce((SELECT jsonb_agg(jsonb_build_object('phone', p.phone, 'kind', p.kind, 'position', p.position) ORDER BY p.position)
                     FROM contact_phones p WHERE p.tenant_id = r.tenant_id AND p.record_id = r.id), '[]') AS phones
    FROM contact_records r JOIN customers c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id`;

export async function findContactRecord(tx: Tx, id: string): Promise<ContactRecordRow | undefined> {
  const { rows } = await tx.query<ContactRecordRow>(`${RECORD_SELECT} WHERE r.id = $1`, [id]);
  return rows[0];
}

/** The record, locked for the transaction (an advisor dialling it by hand, a callback coming due). */
export async function lockContactRecord(tx: Tx, id: string): Promise<ContactRecordRow | undefined> {
  const { rows } = await tx.query<ContactRecordRow>(`${RECORD_SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
  return rows[0];
}

/** The records of a campaign, best priority first (of one list type when given). */
export async function listContactRecords(
  tx: Tx,
  campaignId: string,
  filter: { listType?: string; limit: number },
): Promise<ContactRecordRow[]> {
  const { rows } = await tx.query<ContactRecordRow>(
    `${RECORD_SELECT} WHERE r.campaign_id = $1 AND ($2::text IS NULL OR r.list_type = $2)
      ORDER BY r.priority, c.code LIMIT $3`,
    [campaignId, filter.listType ?? null, filter.limit],
  );
  return rows;
}

/** Records per list type and status of a campaign: list penetration for the supervisor. */
export async function countContactRecords(
  tx: Tx,
  campaignId: string,
): Promise<Array<{ list_type: string; status: string; n: number; attempted: number; contacted: number }>> {
  const { rows } = await tx.query<{ list_type: string; status: string; n: number; attempted: number; contacted: number }>(
    `SELECT list_type, status, count(*)::int AS n, count(*) FILTER (WHERE attempts > 0)::int AS attempted,
            count(*) FILTER (WHERE last_outcome = 'completed' OR closure IS NOT NULL)::int AS contacted
       FROM contact_records WHERE campaign_id = $1 GROUP BY list_type, status ORDER BY list_type, status`,
    [campaignId],
  );
  return rows;
}

export interface DialableRecordRow {
  id: string;
  customer_id: string;
  customer_name: string;
  list_type: string;
  reason: string;
  priority: number;
  attempts: number;
  last_outcome: string | null;
  callback_at: Date | null;
  is_my_callback: boolean;
}

/**
 * The records an advisor may dial by hand now (preview mode): pending, due, valid today — their own due callbacks
 * first (dialled even past the list's validity), then by priority. Paged, with the total.
 */
export async function listDialableRecords(
  tx: Tx,
  filter: {
    campaignId: string;
    userId: string;
    now: Date;
    localDate: string;
    /** A campaign that dials by itself: only the advisor's own due callbacks are theirs to dial. */
    onlyMyCallbacks: boolean;
    limit: number;
    offset: number;
  },
): Promise<{ rows: DialableRecordRow[]; total: number }> {
  const where = `r.campaign_id = $1 AND r.status = 'pending' AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= $3)
     AND (NOT $5::boolean OR r.callback_user_id = $2::uuid)
     AND (r.callback_user_id IS NOT NULL OR ((r.valid_from IS NULL OR r.valid_from <= $4::date)
                                             AND (r.valid_until IS NULL OR r.valid_until >= $4::date)))`;
  const params = [filter.campaignId, filter.userId, filter.now, filter.localDate, filter.onlyMyCallbacks];
  const { rows } = await tx.query<DialableRecordRow>(
    `SELECT r.id, r.customer_id, c.full_name AS customer_name, r.list_type, r.reason, r.priority, r.attempts, r.last_outcome,
            CASE WHEN r.callback_user_id IS NOT NULL THEN r.callback_at END AS callback_at,
            (r.callback_user_id IS NOT DISTINCT FROM $2::uuid) AS is_my_callback
       FROM contact_records r JOIN customers c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id
      WHERE ${where}
      ORDER BY (r.callback_user_id IS NOT DISTINCT FROM $2::uuid) DESC, r.priority, r.next_attempt_at NULLS FIRST, r.id
      LIMIT $6 OFFSET $7`,
    [...params, filter.limit, filter.offset],
  );
  const counted = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM contact_records r WHERE ${where} AND $2::uuid IS NOT NULL`,
    params,
  );
  return { rows, total: counted.rows[0]!.n };
}
