import type { Tx } from "../../platform/db/pool.js";
import { sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../imports/index.js";
import type { Channel } from "./catalog-types.js";
import type { PastContact } from "./rules.js";

/** The SQL of the contact policy's evidence: the contact log, the blocked attempts and the suppression lists. */

export interface ContactLogEntry {
  customerId: string;
  campaignId: string | null;
  recordId: string | null;
  phone: string | null;
  channel: Channel;
  attemptedAt: Date;
  outcome: string;
  directContact: boolean;
  dropped: boolean;
}

export async function insertContactLog(tx: Tx, entry: ContactLogEntry): Promise<void> {
  await tx.query(
    `INSERT INTO contact_log (tenant_id, customer_id, campaign_id, record_id, phone, channel, attempted_at, outcome,
                              direct_contact, dropped)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.customerId,
      entry.campaignId,
      entry.recordId,
      entry.phone,
      entry.channel,
      entry.attemptedAt,
      entry.outcome,
      entry.directContact,
      entry.dropped,
    ],
  );
}

export interface PolicyBlock {
  blockedAt: Date;
  campaignId: string | null;
  recordId: string | null;
  customerId: string | null;
  phone: string | null;
  channel: Channel;
  rule: string;
  message: string;
  policyScope: string;
  policyVersion: number;
}

export async function insertPolicyBlock(tx: Tx, block: PolicyBlock): Promise<void> {
  await tx.query(
    `INSERT INTO contact_policy_blocks (tenant_id, blocked_at, campaign_id, record_id, customer_id, phone, channel, rule,
                                        message, policy_scope, policy_version)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      block.blockedAt,
      block.campaignId,
      block.recordId,
      block.customerId,
      block.phone,
      block.channel,
      block.rule,
      block.message,
      block.policyScope,
      block.policyVersion,
    ],
  );
}

/**
 * What the policy counts for one attempt: the customer's contacts and attempts and the number's, across every
 * campaign and channel, over the last `days` days (the longest window a rule looks at: totals are kept per record
 * in its own counter, so 60 days is plenty for the daily, weekly and lockout rules and the per-phone total).
 */
export async function findContactHistory(tx: Tx, customerId: string, phone: string, since: Date): Promise<PastContact[]> {
  const { rows } = await tx.query<{
    at: Date;
    channel: Channel;
    direct_contact: boolean;
    dropped: boolean;
    record_id: string | null;
    phone: string | null;
  }>(
    `SELECT attempted_at AS at, channel, direct_contact, dropped, record_id, phone FROM contact_log
      WHERE (customer_id = $1 OR phone = $2) AND attempted_at >= $3
      ORDER BY attempted_at`,
    [customerId, phone, since],
  );
  return rows.map((r) => ({
    at: r.at,
    channel: r.channel,
    directContact: r.direct_contact,
    dropped: r.dropped,
    recordId: r.record_id,
    phone: r.phone,
  }));
}

/** The suppression lists a number is on for a channel (or for every channel). */
export async function findSuppressions(tx: Tx, phone: string, channel: Channel): Promise<Array<"rne" | "dnc">> {
  const { rows } = await tx.query<{ list: "rne" | "dnc" }>(
    `SELECT DISTINCT list FROM suppressed_numbers WHERE phone = $1 AND channel IN ($2, 'all') ORDER BY list`,
    [phone, channel],
  );
  return rows.map((r) => r.list);
}

/** The earliest date the number's RNE entry for the channel (or all channels) was consulted, if it is on the RNE. */
export async function findRneConsultedOn(tx: Tx, phone: string, channel: Channel): Promise<string | null> {
  const { rows } = await tx.query<{ on: string | null }>(
    `SELECT min(consulted_on)::text AS on FROM suppressed_numbers WHERE list = 'rne' AND phone = $1 AND channel IN ($2, 'all')`,
    [phone, channel],
  );
  return rows[0]?.on ?? null;
}

const SUPPRESSION_JSON = (s: string) =>
  `jsonb_build_object('list', ${s}.list, 'phone', ${s}.phone, 'channel', ${s}.channel, 'consultedOn', ${s}.consulted_on)`;

/** One upsert per import: a number already listed takes the newer consultation date; one event per row written. */
const APPLY_SUPPRESSED = `
  WITH incoming AS (
    SELECT x.* FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x(list text, phone text, channel text, "consultedOn" date)
     WHERE r.import_id = $1
  ), previous AS (
    SELECT s.list, s.phone, s.channel, ${SUPPRESSION_JSON("s")} AS before FROM suppressed_numbers s
      JOIN incoming i ON (i.list, i.phone, i.channel) = (s.list, s.phone, s.channel)
  ), upserted AS (
    INSERT INTO suppressed_numbers AS s (tenant_id, list, phone, channel, consulted_on, import_id, created_at)
    SELECT current_tenant_id(), i.list, i.phone, i.channel, i."consultedOn", $1, $2 FROM incoming i
    ON CONFLICT (tenant_id, list, phone, channel) DO UPDATE
       SET consulted_on = excluded.consulted_on, import_id = excluded.import_id
     WHERE s.consulted_on IS DISTINCT FROM excluded.consulted_on
    RETURNING s.list, s.phone, s.channel, s.consulted_on, s.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      reason: "$5",
      subjectType: "'suppressed_number'",
      subjectId: "u.list || ':' || u.channel || ':' || u.phone",
      customerId: "NULL::uuid",
      action: sqlActionWhen("u.inserted", "suppressed_number_added", "suppressed_number_updated"),
      before: "p.before",
      after: SUPPRESSION_JSON("u"),
      from: "upserted u LEFT JOIN previous p ON (p.list, p.phone, p.channel) = (u.list, u.phone, u.channel)",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM upserted`;

export async function applySuppressedNumbers(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY_SUPPRESSED, [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
  ]);
  return rows[0]!;
}
