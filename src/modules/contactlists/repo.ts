import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import { sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../imports/index.js";
import { flagStagedRows } from "../imports/index.js";
import { LIST_TYPES_KIND, LIST_TYPES_SCOPE } from "./kinds.js";

/** The SQL writes of outbound campaigns and their contact records. */

registerConstraintErrors({
  outbound_campaigns_tenant_id_code_key: {
    code: "DUPLICATE",
    detail: (key) => `Ya existe una campaña de salida con el código ${key.code ?? "indicado"}`,
    field: "code",
  },
});

export async function insertOutboundCampaign(
  tx: Tx,
  campaign: { code: string; name: string; policyScope: string; pacingMode: string; now: Date },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope, pacing_mode, created_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5) RETURNING id`,
    [campaign.code, campaign.name, campaign.policyScope, campaign.pacingMode, campaign.now],
  );
  return rows[0]!.id;
}

export async function updateDialLevel(tx: Tx, campaignId: string, level: number, at: Date): Promise<void> {
  await tx.query("UPDATE outbound_campaigns SET dial_level = $2, dial_level_at = $3 WHERE id = $1", [campaignId, level, at]);
}

const RECORD_JSON = (r: string) => `jsonb_build_object('listType', ${r}.list_type, 'reason', ${r}.reason, 'offers', ${r}.offers,
  'priority', ${r}.priority, 'validFrom', ${r}.valid_from, 'validUntil', ${r}.valid_until, 'channels', ${r}.authorised_channels)`;

/**
 * One upsert for the whole list. A customer already on a record of the campaign (from this or another list) is
 * merged into it, never duplicated: the list of the better priority (the lower number) gives the list type,
 * reason and channels; the offers of both are kept, the earlier first; validity widens to cover both. Only a
 * record still pending changes, and only when something differs (the same file twice changes nothing). One
 * timeline event per created or changed record. Phones are added in a second statement (new numbers only).
 */
const APPLY_CONTACT_LISTS = `
  WITH incoming AS (
    SELECT x.*, c.id AS customer_id, oc.id AS campaign_id FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x(campaign text, "listType" text, "customerCode" text, reason text,
                                                      offers jsonb, priority int, "validFrom" date, "validUntil" date,
                                                      channels jsonb)
      JOIN customers c ON c.code = x."customerCode"
      JOIN outbound_campaigns oc ON oc.code = x.campaign
     WHERE r.import_id = $1
  ), merged AS (
    SELECT i.campaign_id, i.customer_id,
           (e.id IS NULL OR coalesce(i.priority, 5) < e.priority) AS better,
           e.id AS existing_id, e.list_type AS e_list_type, e.reason AS e_reason, e.authorised_channels AS e_channels,
           i."listType", coalesce(i.reason, '') AS reason,
           coalesce(ARRAY(SELECT jsonb_array_elements_text(i.channels)), '{}') AS channels,
           least(coalesce(i.priority, 5), e.priority) AS priority,
           (SELECT coalesce(jsonb_agg(s.o ORDER BY s.ord), '[]') FROM (
              SELECT t.o, min(t.ord) AS ord FROM jsonb_array_elements(coalesce(e.offers, '[]') || coalesce(i.offers, '[]'))
                WITH ORDINALITY AS t(o, ord) GROUP BY t.o) s) AS offers,
           CASE WHEN e.id IS NULL THEN i."validFrom" WHEN e.valid_from IS NULL OR i."validFrom" IS NULL THEN NULL
                ELSE least(e.valid_from, i."validFrom") END AS valid_from,
           CASE WHEN e.id IS NULL THEN i."validUntil" WHEN e.valid_until IS NULL OR i."validUntil" IS NULL THEN NULL
                ELSE greatest(e.valid_until, i."validUntil") END AS valid_until
      FROM incoming i LEFT JOIN contact_records e ON e.campaign_id = i.campaign_id AND e.customer_id = i.customer_id
  ), previous AS (
    SELECT r.id, ${RECORD_JSON("r")} AS before FROM contact_records r JOIN merged m ON m.existing_id = r.id
  ), upserted AS (
    INSERT INTO contact_records AS r (tenant_id, campaign_id, customer_id, list_type, reason, offers, authorised_channels,
                                      priority, valid_from, valid_until, import_id, created_at, updated_at)
    SELECT current_tenant_id(), m.campaign_id, m.customer_id,
           CASE WHEN m.better THEN m."listType" ELSE m.e_list_type END,
           CASE WHEN m.better THEN m.reason ELSE m.e_reason END, m.offers,
           CASE WHEN m.better THEN CASE WHEN cardinality(m.channels) = 0 THEN '{call}' ELSE m.channels END ELSE m.e_channels END,
           m.priority, m.valid_from, m.valid_until, $1, $2, $2
      FROM merged m
    ON CONFLICT (tenant_id, campaign_id, customer_id) DO UPDATE
       SET list_type = excluded.list_type, reason = excluded.reason, offers = excluded.offers,
           authorised_channels = excluded.authorised_channels, priority = excluded.priority,
           valid_from = excluded.valid_from, valid_until = excluded.valid_until, import_id = excluded.import_id,
           updated_at = excluded.updated_at
     WHERE r.status = 'pending'
       AND (r.list_type, r.reason, r.offers, r.authorised_channels, r.priority, r.valid_from, r.valid_until)
           IS DISTINCT FROM (excluded.list_type, excluded.reason, excluded.offers, excluded.authorised_channels,
                             excluded.priority, excluded.valid_from, excluded.valid_until)
    RETURNING r.id, r.customer_id, r.xmax = 0 AS inserted, ${RECORD_JSON("r")} AS after
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      reason: "$5",
      subjectType: "'contact_record'",
      subjectId: "u.id::text",
      customerId: "u.customer_id",
      action: sqlActionWhen("u.inserted", "contact_record_created", "contact_record_merged"),
      before: "p.before",
      after: "u.after",
      from: "upserted u LEFT JOIN previous p ON p.id = u.id",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM upserted`;

/** The phones of each row (customer's, then references), added to its record when new. */
const APPLY_CONTACT_PHONES = `
  INSERT INTO contact_phones (tenant_id, record_id, phone, kind, position)
  SELECT current_tenant_id(), rec.id, p.phone, p.kind,
         coalesce((SELECT max(cp.position) FROM contact_phones cp WHERE cp.record_id = rec.id), 0) + p.ord
    FROM import_rows r
    JOIN customers c ON c.code = r.data->>'customerCode'
    JOIN outbound_campaigns oc ON oc.code = r.data->>'campaign'
    JOIN contact_records rec ON rec.campaign_id = oc.id AND rec.customer_id = c.id
   CROSS JOIN LATERAL (
     SELECT q.phone, q.kind, row_number() OVER () AS ord FROM (
       SELECT value AS phone, 'customer' AS kind FROM jsonb_array_elements_text(r.data->'phones')
       UNION ALL
       SELECT value, 'reference' FROM jsonb_array_elements_text(coalesce(r.data->'references', '[]'))) q) p
   WHERE r.import_id = $1
  ON CONFLICT (tenant_id, record_id, phone) DO NOTHING`;

export async function applyContactLists(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY_CONTACT_LISTS, [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
  ]);
  await tx.query(APPLY_CONTACT_PHONES, [importId]);
  return rows[0]!;
}

/** Rows naming a campaign the operator does not have. */
export async function flagUnknownCampaign(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "campana",
      message: "La campaña de salida «%s» no existe",
      args: ["s.data->>'campaign'"],
      joins: "",
      condition: "NOT EXISTS (SELECT 1 FROM outbound_campaigns oc WHERE oc.code = s.data->>'campaign')",
    },
    batchId,
  );
}

/** Rows naming a list type that is not in the tenant's current catalog (or is retired). */
export async function flagUnknownListType(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "tipo_base",
      message: "El tipo de base «%s» no existe en el catálogo",
      args: ["s.data->>'listType'"],
      joins: "",
      condition: `NOT EXISTS (
        SELECT 1 FROM catalog_versions v CROSS JOIN jsonb_array_elements(v.content->'types') t
         WHERE v.kind = '${LIST_TYPES_KIND}' AND v.scope = '${LIST_TYPES_SCOPE}'
           AND v.version = (SELECT max(version) FROM catalog_versions w WHERE w.kind = v.kind AND w.scope = v.scope)
           AND t->>'code' = s.data->>'listType' AND NOT coalesce((t->>'retired')::boolean, false))`,
    },
    batchId,
  );
}

/** Rows whose validity ends before it starts. */
export async function flagInvertedValidity(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "vigente_hasta",
      message: "La vigencia termina (%s) antes de empezar (%s)",
      args: ["s.data->>'validUntil'", "s.data->>'validFrom'"],
      joins: "",
      condition: "(s.data->>'validUntil')::date < (s.data->>'validFrom')::date",
    },
    batchId,
  );
}

// ------------------------------------------------------------------ the dialer's writes on a record

/** A record handed to the dialer: no longer pending until its call ends. */
export async function markRecordDialing(tx: Tx, recordId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE contact_records SET status = 'dialing', attempts = attempts + 1, last_attempt_at = $2, updated_at = $2
      WHERE id = $1`,
    [recordId, now],
  );
}

export async function markRecordInCall(tx: Tx, recordId: string, now: Date): Promise<void> {
  await tx.query("UPDATE contact_records SET status = 'in_call', updated_at = $2 WHERE id = $1", [recordId, now]);
}

/**
 * A call ended without a conversation (busy, no answer, machine, dropped, failed …): the record returns to the
 * pool with its next attempt, or is exhausted.
 */
export async function returnRecord(
  tx: Tx,
  recordId: string,
  outcome: string,
  next: { at: Date | null; exhausted: boolean },
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE contact_records SET status = CASE WHEN $3 THEN 'exhausted' ELSE 'pending' END, last_outcome = $2,
            next_attempt_at = $4, updated_at = $5
      WHERE id = $1`,
    [recordId, outcome, next.exhausted, next.at, now],
  );
}

/** A record put back in the pool without counting an attempt (the policy refused it before dialling). */
export async function deferRecord(tx: Tx, recordId: string, until: Date, now: Date): Promise<void> {
  await tx.query(
    "UPDATE contact_records SET status = 'pending', next_attempt_at = $2, updated_at = $3 WHERE id = $1 AND status IN ('pending', 'dialing')",
    [recordId, until, now],
  );
}

/** Step 9: the record closed (SAC) or in follow-up with its callback, which comes back to the same advisor. */
export async function closeRecord(
  tx: Tx,
  recordId: string,
  closure: { closure: "closed" | "follow_up"; callbackAt: Date | null; callbackUserId: string | null; disposition: unknown },
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE contact_records SET status = CASE WHEN $2 = 'closed' THEN 'closed' ELSE 'follow_up' END, closure = $2,
            callback_at = $3, callback_user_id = $4, disposition = $5, last_outcome = 'completed',
            next_attempt_at = $3, updated_at = $6
      WHERE id = $1`,
    [recordId, closure.closure, closure.callbackAt, closure.callbackUserId, JSON.stringify(closure.disposition), now],
  );
}

/**
 * A follow-up's callback came due: the record is dialable again from its callback date, still naming the advisor
 * it comes back to. False when it is no longer that follow-up (closed since, or its callback moved).
 */
export async function reopenForCallback(tx: Tx, recordId: string, callbackAt: Date, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE contact_records SET status = 'pending', next_attempt_at = callback_at, updated_at = $3
      WHERE id = $1 AND status = 'follow_up' AND callback_at = $2 AND callback_user_id IS NOT NULL`,
    [recordId, callbackAt, now],
  );
  return rowCount === 1;
}

/** One record with its phones; undefined when the customer is already on the campaign. */
export async function insertContactRecord(
  tx: Tx,
  campaignId: string,
  record: {
    customerId: string;
    listType: string;
    reason: string;
    offers: string[];
    phones: string[];
    priority: number;
    validFrom?: string | null;
    validUntil?: string | null;
  },
  now: Date,
): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, reason, offers, priority, valid_from, valid_until,
                                  created_at, updated_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT (tenant_id, campaign_id, customer_id) DO NOTHING RETURNING id`,
    [
      campaignId,
      record.customerId,
      record.listType,
      record.reason,
      JSON.stringify(record.offers),
      record.priority,
      record.validFrom ?? null,
      record.validUntil ?? null,
      now,
    ],
  );
  const id = rows[0]?.id;
  if (!id) return undefined;
  await tx.query(
    `INSERT INTO contact_phones (tenant_id, record_id, phone, position)
     SELECT current_tenant_id(), $1, p.phone, p.ord FROM unnest($2::text[]) WITH ORDINALITY AS p(phone, ord)
     ON CONFLICT DO NOTHING`,
    [id, record.phones],
  );
  return id;
}
