import type { Tx } from "../../../platform/db/pool.js";
import { sqlActionWhen, timelineInsertSql } from "../../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../../imports/index.js";
import { flagStagedRows } from "../../imports/index.js";

/** The SQL of the complaints import: its own check of the staged rows and its apply. */

const CASE_JSON = (c: string, serviceNumber: string) => `jsonb_build_object('complaintNumber', ${c}.complaint_number,
  'campaign', ${c}.campaign, 'serviceNumber', ${serviceNumber}, 'reason', ${c}.reason, 'receivedAt', ${c}.received_at)`;

/**
 * One upsert for the whole import: new complaints join the campaign's pool; a complaint already queued
 * in this campaign and not finished takes the billing system's newer data (service, reason, date) only
 * where it differs, bumping its version. A finished case (its instruction and note already say who and
 * what) and a case of another campaign are left as they are, and counted unchanged. One timeline event
 * per created or changed case, in the same statement.
 */
const APPLY_CANCELLATION_REQUESTS = `
  WITH incoming AS (
    SELECT x.*, p.id AS product_id, p.customer_id FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("complaintNumber" text, "serviceNumber" text, "customerCode" text,
                                                      reason text, "receivedAt" timestamptz)
      JOIN products p ON p.service_number = x."serviceNumber"
     WHERE r.import_id = $1
  ), previous AS (
    SELECT c.id, ${CASE_JSON("c", "op.service_number")} AS before
      FROM complaint_cases c JOIN incoming i ON i."complaintNumber" = c.complaint_number
      JOIN products op ON op.tenant_id = c.tenant_id AND op.id = c.product_id
  ), upserted AS (
    INSERT INTO complaint_cases AS c (tenant_id, campaign, complaint_number, customer_id, product_id, reason, received_at,
                                      created_by, created_at, updated_at)
    SELECT current_tenant_id(), $6, i."complaintNumber", i.customer_id, i.product_id, i.reason, i."receivedAt", $3, $2, $2
      FROM incoming i
    ON CONFLICT (tenant_id, complaint_number) DO UPDATE
       SET customer_id = excluded.customer_id, product_id = excluded.product_id, reason = excluded.reason,
           received_at = excluded.received_at, version = c.version + 1, updated_at = $2
     WHERE c.status <> 'finished' AND c.campaign = $6
       AND (c.customer_id, c.product_id, c.reason, c.received_at)
           IS DISTINCT FROM (excluded.customer_id, excluded.product_id, excluded.reason, excluded.received_at)
    RETURNING c.id, c.customer_id, c.complaint_number, c.campaign, c.reason, c.received_at, c.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      subjectType: "'complaint_case'",
      subjectId: "u.id::text",
      customerId: "u.customer_id",
      action: sqlActionWhen("u.inserted", "complaint_case_created", "complaint_case_updated"),
      before: "p.before",
      after: CASE_JSON("u", 'i."serviceNumber"'),
      reason: "$5",
      from: 'upserted u JOIN incoming i ON i."complaintNumber" = u.complaint_number LEFT JOIN previous p ON p.id = u.id',
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

/** Applies a staged complaints import into the campaign named by its options. */
export async function applyCancellationRequests(
  tx: Tx,
  importId: string,
  stamp: ApplyStamp,
  campaign: string,
): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY_CANCELLATION_REQUESTS, [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
    campaign,
  ]);
  return rows[0]!;
}

/**
 * Flags rows whose service belongs to another customer than the one named: a service the operator
 * already has, or one staged in the same batch by a products import.
 */
export async function flagServiceOfOtherCustomer(tx: Tx, batchId: string): Promise<void> {
  const check = {
    column: "codigo_cliente",
    message: "El servicio «%s» no es del cliente «%s»",
    args: ["s.data->>'serviceNumber'", "s.data->>'customerCode'"],
  };
  await flagStagedRows(
    tx,
    {
      ...check,
      joins: `JOIN products p ON p.service_number = s.data->>'serviceNumber'
              JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id`,
      condition: "c.code <> s.data->>'customerCode'",
    },
    batchId,
  );
  await flagStagedRows(
    tx,
    {
      ...check,
      joins: `JOIN import_rows b ON b.data->>'serviceNumber' = s.data->>'serviceNumber'
              JOIN imports i ON i.tenant_id = b.tenant_id AND i.id = b.import_id`,
      condition: `i.batch_id = :batch AND i.status = 'staged' AND i.kind = 'products' AND b.data->>'customerCode' <> s.data->>'customerCode'
                  AND NOT EXISTS (SELECT 1 FROM products p WHERE p.service_number = s.data->>'serviceNumber')`,
    },
    batchId,
  );
}
