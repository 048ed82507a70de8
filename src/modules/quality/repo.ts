import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";

/** SQL writes of quality monitoring. */

registerConstraintErrors({
  quality_monitorings_tenant_id_call_id_scorecard_code_key: {
    code: "DUPLICATE",
    detail: "Esa llamada ya tiene un monitoreo con esta ficha",
  },
});

export interface NewMonitoring {
  callId: string;
  agentUserId: string;
  scorecardCode: string;
  catalogVersion: number;
  answers: Record<string, boolean>;
  score: number;
  criticalFailed: boolean;
  comment: string | null;
  monitoredBy: string;
  monitoredAt: Date;
}

export async function insertMonitoring(tx: Tx, m: NewMonitoring): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO quality_monitorings (tenant_id, call_id, agent_user_id, scorecard_code, catalog_version, answers, score,
                                      critical_failed, comment, monitored_by, monitored_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      m.callId,
      m.agentUserId,
      m.scorecardCode,
      m.catalogVersion,
      JSON.stringify(m.answers),
      m.score,
      m.criticalFailed,
      m.comment,
      m.monitoredBy,
      m.monitoredAt,
    ],
  );
  return rows[0]!.id;
}

/** The advisor's acknowledgement; only the first one counts (returns false when it was already acknowledged). */
export async function acknowledgeMonitoring(
  tx: Tx,
  id: string,
  agentUserId: string,
  comment: string | null,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE quality_monitorings SET acknowledged_at = $3, advisor_comment = $4
      WHERE id = $1 AND agent_user_id = $2 AND acknowledged_at IS NULL`,
    [id, agentUserId, now, comment],
  );
  return rowCount === 1;
}
