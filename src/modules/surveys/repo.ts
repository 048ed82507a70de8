import type { Tx } from "../../platform/db/pool.js";
import { sqlActionWhen, timelineInsertSql } from "../../platform/timeline/record-event.js";
import type { ApplyResult, ApplyStamp } from "../imports/index.js";
import { flagStagedRows } from "../imports/index.js";

/** SQL writes of the surveys. Row-level security scopes every statement to the transaction's tenant. */

const SURVEY_JSON = (r: string) => `jsonb_build_object('answeredAt', ${r}.answered_at, 'agentUserId', ${r}.agent_user_id,
  'campaign', ${r}.campaign, 'npsScore', ${r}.nps_score, 'advisorScore', ${r}.advisor_score, 'comment', ${r}.comment)`;

/**
 * One upsert for any number of surveys (`rows` is a FROM clause giving `data`, a survey as SurveyInput):
 * a survey is keyed by its id in the survey tool; a repeat with other answers updates it, an identical
 * repeat writes nothing. An event per created or changed survey.
 * $2 now, $3 actor user, $4 actor role, $5 reason, $6 source.
 */
const upsertSurveys = (rows: string) => `
  WITH incoming AS (
    SELECT x."externalId" AS external_id, x."answeredAt"::timestamptz AS answered_at, u.id AS agent_user_id, x.campaign,
           x."npsScore"::smallint AS nps_score, x."advisorScore"::smallint AS advisor_score, x.comment
      FROM ${rows}
     CROSS JOIN LATERAL jsonb_to_record(rows.data) AS x("externalId" text, "answeredAt" text, "agentEmail" text, campaign text,
                        "npsScore" int, "advisorScore" int, comment text)
      JOIN users u ON lower(u.email) = lower(x."agentEmail")
  ), upserted AS (
    INSERT INTO surveys AS s (tenant_id, external_id, answered_at, agent_user_id, campaign, nps_score, advisor_score, comment,
                              source, received_at)
    SELECT current_tenant_id(), i.external_id, i.answered_at, i.agent_user_id, i.campaign, i.nps_score, i.advisor_score,
           i.comment, $6, $2
      FROM incoming i
    ON CONFLICT (tenant_id, external_id) DO UPDATE
       SET answered_at = excluded.answered_at, agent_user_id = excluded.agent_user_id, campaign = excluded.campaign,
           nps_score = excluded.nps_score, advisor_score = excluded.advisor_score, comment = excluded.comment,
           received_at = $2
     WHERE (s.answered_at, s.agent_user_id, s.campaign, s.nps_score, s.advisor_score, s.comment)
           IS DISTINCT FROM
           (excluded.answered_at, excluded.agent_user_id, excluded.campaign, excluded.nps_score, excluded.advisor_score,
            excluded.comment)
    RETURNING s.*, s.xmax = 0 AS inserted
  ), recorded AS (
    ${timelineInsertSql({
      occurredAt: "$2",
      actorUserId: "$3",
      actorRole: "$4",
      subjectType: "'survey'",
      subjectId: "u.id::text",
      customerId: "NULL",
      action: sqlActionWhen("u.inserted", "survey_received", "survey_updated"),
      // Every part of the statement reads the snapshot before the upsert: this sees the survey as it was.
      before: `CASE WHEN u.inserted THEN NULL ELSE (SELECT ${SURVEY_JSON("p")} FROM surveys p WHERE p.tenant_id = u.tenant_id AND p.id = u.id) END`,
      after: SURVEY_JSON("u"),
      reason: "$5",
      from: "upserted u",
    })}
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;

const APPLY_IMPORTED_SURVEYS = upsertSurveys("(SELECT r.data FROM import_rows r WHERE r.import_id = $1) AS rows");
const UPSERT_RECEIVED_SURVEYS = upsertSurveys("(SELECT value AS data FROM jsonb_array_elements($1::jsonb)) AS rows");

/** Applies a staged survey file. */
export async function applySurveyRows(tx: Tx, importId: string, stamp: ApplyStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(APPLY_IMPORTED_SURVEYS, [
    importId,
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
    "import",
  ]);
  return rows[0]!;
}

export interface SurveyStamp {
  now: Date;
  actorUserId: string | null;
  actorRole: string;
  reason: string;
}

/** Writes surveys received from the survey tool's webhook (already checked against SurveyInput). */
export async function upsertReceivedSurveys(tx: Tx, surveys: readonly object[], stamp: SurveyStamp): Promise<ApplyResult> {
  const { rows } = await tx.query<ApplyResult>(UPSERT_RECEIVED_SURVEYS, [
    JSON.stringify(surveys),
    stamp.now,
    stamp.actorUserId,
    stamp.actorRole,
    stamp.reason,
    "webhook",
  ]);
  return rows[0]!;
}

/** Flags staged rows whose advisor is not a user of the operator. */
export async function flagUnknownSurveyAgents(tx: Tx, batchId: string): Promise<void> {
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
