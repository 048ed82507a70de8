import type { Tx } from "../../platform/db/pool.js";
import { sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../imports/index.js";
import { flagStagedRows } from "../imports/index.js";

/** SQL writes of rosters, attendance, hires and leavers. Row-level security scopes every statement to the tenant. */

const SHIFT_JSON = (r: string) => `jsonb_build_object('shiftDate', ${r}.shift_date, 'startsAt', ${r}.starts_at,
  'endsAt', ${r}.ends_at, 'attendance', ${r}.attendance, 'absenceReason', ${r}.absence_reason)`;

/** The roster's shifts, keyed by agent and day: an identical row writes nothing; an event per new or changed shift. */
const APPLY_ROSTER_ROWS = `
  WITH incoming AS (
    SELECT u.id AS agent_user_id, x."shiftDate"::date AS shift_date, x."startsAt"::time AS starts_at,
           x."endsAt"::time AS ends_at, x.attendance, x."absenceReason" AS absence_reason
      FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("agentEmail" text, "shiftDate" text, "startsAt" text, "endsAt" text,
                        attendance text, "absenceReason" text)
      JOIN users u ON lower(u.email) = lower(x."agentEmail")
     WHERE r.import_id = $1
  ), upserted AS (
    INSERT INTO roster_shifts AS s (tenant_id, agent_user_id, shift_date, starts_at, ends_at, attendance, absence_reason, updated_at)
    SELECT current_tenant_id(), i.agent_user_id, i.shift_date, i.starts_at, i.ends_at, i.attendance, i.absence_reason, $2
      FROM incoming i
    ON CONFLICT (tenant_id, agent_user_id, shift_date) DO UPDATE
       SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, attendance = excluded.attendance,
           absence_reason = excluded.absence_reason, updated_at = $2
     WHERE (s.starts_at, s.ends_at, s.attendance, s.absence_reason)
           IS DISTINCT FROM (excluded.starts_at, excluded.ends_at, excluded.attendance, excluded.absence_reason)
    RETURNING s.*, s.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      subjectType: "'user'",
      subjectId: "u.agent_user_id::text",
      customerId: "NULL",
      action: sqlActionWhen("u.inserted", "roster_shift_scheduled", "roster_shift_updated"),
      before: `CASE WHEN u.inserted THEN NULL ELSE (SELECT ${SHIFT_JSON("p")} FROM roster_shifts p WHERE p.tenant_id = u.tenant_id AND p.id = u.id) END`,
      after: SHIFT_JSON("u"),
      reason: "$5",
      from: "upserted u",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const EMPLOYMENT_JSON = (r: string) =>
  `jsonb_build_object('hiredOn', ${r}.hired_on, 'leftOn', ${r}.left_on, 'leavingReason', ${r}.leaving_reason)`;

/** Hires and leavers, keyed by agent: an identical row writes nothing; an event per new or changed record. */
const APPLY_EMPLOYMENT_ROWS = `
  WITH incoming AS (
    SELECT u.id AS agent_user_id, x."hiredOn"::date AS hired_on, x."leftOn"::date AS left_on, x."leavingReason" AS leaving_reason
      FROM import_rows r
     CROSS JOIN LATERAL jsonb_to_record(r.data) AS x("agentEmail" text, "hiredOn" text, "leftOn" text, "leavingReason" text)
      JOIN users u ON lower(u.email) = lower(x."agentEmail")
     WHERE r.import_id = $1
  ), upserted AS (
    INSERT INTO agent_employment AS e (tenant_id, agent_user_id, hired_on, left_on, leaving_reason, updated_at)
    SELECT current_tenant_id(), i.agent_user_id, i.hired_on, i.left_on, i.leaving_reason, $2 FROM incoming i
    ON CONFLICT (tenant_id, agent_user_id) DO UPDATE
       SET hired_on = excluded.hired_on, left_on = excluded.left_on, leaving_reason = excluded.leaving_reason, updated_at = $2
     WHERE (e.hired_on, e.left_on, e.leaving_reason) IS DISTINCT FROM (excluded.hired_on, excluded.left_on, excluded.leaving_reason)
    RETURNING e.*, e.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      subjectType: "'user'",
      subjectId: "u.agent_user_id::text",
      customerId: "NULL",
      action: sqlActionWhen("u.inserted", "agent_hired", "agent_employment_updated"),
      before: `CASE WHEN u.inserted THEN NULL ELSE (SELECT ${EMPLOYMENT_JSON("p")} FROM agent_employment p WHERE p.tenant_id = u.tenant_id AND p.agent_user_id = u.agent_user_id) END`,
      after: EMPLOYMENT_JSON("u"),
      reason: "$5",
      from: "upserted u",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const stampOf = (importId: string, stamp: ApplyStamp) => [importId, stamp.now, stamp.actorUserId, stamp.actorRole, stamp.reason];

/** Applies a staged roster. */
export async function applyRosterRows(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  return (await tx.query<ApplyResult>(APPLY_ROSTER_ROWS, stampOf(importId, stamp))).rows[0]!;
}

/** Applies a staged file of hires and leavers. */
export async function applyEmploymentRows(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  return (await tx.query<ApplyResult>(APPLY_EMPLOYMENT_ROWS, stampOf(importId, stamp))).rows[0]!;
}

/** Flags staged rows whose agent is not a user of the operator. */
export async function flagUnknownRosterAgents(tx: Tx, batchId: string): Promise<void> {
  await flagStagedRows(
    tx,
    {
      column: "asesor",
      message: "El asesor «%s» no es un usuario del operador",
      args: ["s.data->>'agentEmail'"],
      joins: "",
      condition: "NOT EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(s.data->>'agentEmail'))",
    },
    batchId,
  );
}
