import type { Tx } from "../../platform/db/pool.js";

/** SQL reads of quality monitoring. */

/** A call an advisor took (bridged to an agent): what a monitor can score. */
export async function findMonitorableCall(tx: Tx, callId: string) {
  const { rows } = await tx.query<{ id: string; agent_id: string | null; bridged_at: Date | null }>(
    "SELECT id, agent_id, bridged_at FROM dialer_calls WHERE id = $1",
    [callId],
  );
  return rows[0];
}

export interface MonitoringRow {
  id: string;
  call_id: string;
  agent_user_id: string;
  agent_name: string;
  scorecard_code: string;
  catalog_version: number;
  answers: Record<string, boolean>;
  score: string;
  critical_failed: boolean;
  comment: string | null;
  monitor_name: string;
  monitored_at: Date;
  acknowledged_at: Date | null;
  advisor_comment: string | null;
  dialed_at: Date;
  phone: string;
  total: number;
}

/** One page of monitorings, newest first: one advisor's or everyone's. */
export async function listMonitorings(tx: Tx, filter: { agentUserId: string | null; limit: number; offset: number }) {
  const { rows } = await tx.query<MonitoringRow>(
    `SELECT m.id, m.call_id, m.agent_user_id, a.full_name AS agent_name, m.scorecard_code, m.catalog_version, m.answers, m.score,
            m.critical_failed, m.comment, mo.full_name AS monitor_name, m.monitored_at, m.acknowledged_at, m.advisor_comment,
            c.dialed_at, c.phone, count(*) OVER ()::int AS total
       FROM quality_monitorings m
       JOIN users a ON a.tenant_id = m.tenant_id AND a.id = m.agent_user_id
       JOIN users mo ON mo.tenant_id = m.tenant_id AND mo.id = m.monitored_by
       JOIN dialer_calls c ON c.tenant_id = m.tenant_id AND c.id = m.call_id
      WHERE ($1::uuid IS NULL OR m.agent_user_id = $1::uuid)
      ORDER BY m.monitored_at DESC, m.id
      LIMIT $2 OFFSET $3`,
    [filter.agentUserId, filter.limit, filter.offset],
  );
  return rows;
}
