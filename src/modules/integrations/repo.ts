import type { Tx } from "../../platform/db/pool.js";
import type { AdapterName, OutboundRow } from "../../platform/extensions/outbound.js";

export type { OutboundRow };

export interface NewOutbound {
  tenantId: string;
  adapter: AdapterName;
  operation: string;
  idempotencyKey: string;
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  payload: unknown;
  createdBy: string | null;
  now: Date;
}

/** Inserts a pending message; undefined when one with the same adapter and idempotency key exists. */
export async function insertOutbound(tx: Tx, message: NewOutbound): Promise<OutboundRow | undefined> {
  const { rows } = await tx.query<OutboundRow>(
    `INSERT INTO outbound_messages (tenant_id, adapter, operation, idempotency_key, subject_type, subject_id, customer_id,
                                    payload, status, next_attempt_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $9)
     ON CONFLICT (tenant_id, adapter, idempotency_key) DO NOTHING
     RETURNING *`,
    [
      message.tenantId,
      message.adapter,
      message.operation,
      message.idempotencyKey,
      message.subjectType,
      message.subjectId,
      message.customerId,
      JSON.stringify(message.payload),
      message.now,
      message.createdBy,
    ],
  );
  return rows[0];
}

export async function findOutboundByKey(tx: Tx, adapter: AdapterName, idempotencyKey: string): Promise<OutboundRow | undefined> {
  const { rows } = await tx.query<OutboundRow>("SELECT * FROM outbound_messages WHERE adapter = $1 AND idempotency_key = $2", [
    adapter,
    idempotencyKey,
  ]);
  return rows[0];
}

export async function findOutbound(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<OutboundRow | undefined> {
  const { rows } = await tx.query<OutboundRow>(
    `SELECT * FROM outbound_messages WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0];
}

export async function markOutboundSent(tx: Tx, id: string, result: { reference: string; response: unknown; now: Date }) {
  const { rows } = await tx.query<OutboundRow>(
    `UPDATE outbound_messages SET status = 'sent', attempts = attempts + 1, reference = $2, response = $3, sent_at = $4,
            next_attempt_at = NULL, last_error = NULL
      WHERE id = $1 RETURNING *`,
    [id, result.reference, JSON.stringify(result.response ?? null), result.now],
  );
  return rows[0]!;
}

export async function markOutboundAttemptFailed(tx: Tx, id: string, failure: { error: string; retryAt: Date | null; now: Date }) {
  const { rows } = await tx.query<OutboundRow>(
    `UPDATE outbound_messages
        SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3,
            status = CASE WHEN $3::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
            failed_at = CASE WHEN $3::timestamptz IS NULL THEN $4::timestamptz ELSE NULL END
      WHERE id = $1 RETURNING *`,
    [id, failure.error, failure.retryAt, failure.now],
  );
  return rows[0]!;
}

/** Puts a failed message back in line for a new round of attempts. */
export async function requeueOutbound(tx: Tx, id: string, now: Date) {
  const { rows } = await tx.query<OutboundRow>(
    `UPDATE outbound_messages SET status = 'pending', attempts = 0, failed_at = NULL, next_attempt_at = $2
      WHERE id = $1 RETURNING *`,
    [id, now],
  );
  return rows[0]!;
}

export interface IntegrationSettingsRow {
  adapter: AdapterName;
  mode: "simulator" | "webhook";
  url: string | null;
  secret: string | null;
  updated_at: Date;
}

export async function findIntegrationSettings(tx: Tx, adapter: AdapterName): Promise<IntegrationSettingsRow | undefined> {
  const { rows } = await tx.query<IntegrationSettingsRow>(
    "SELECT adapter, mode, url, secret, updated_at FROM integration_settings WHERE adapter = $1",
    [adapter],
  );
  return rows[0];
}

export async function upsertIntegrationSettings(
  tx: Tx,
  settings: {
    tenantId: string;
    adapter: AdapterName;
    mode: string;
    url: string | null;
    secret: string | null;
    updatedBy: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO integration_settings (tenant_id, adapter, mode, url, secret, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, adapter) DO UPDATE
       SET mode = excluded.mode, url = excluded.url, secret = excluded.secret, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
    [settings.tenantId, settings.adapter, settings.mode, settings.url, settings.secret, settings.updatedBy, settings.now],
  );
}
