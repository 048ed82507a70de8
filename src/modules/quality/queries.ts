import { readPage } from "../../platform/db/page.js";
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
}

/** One page of monitorings, newest first: one advisor's or everyone's. */
export async function listMonitorings(tx: Tx, filter: { agentUserId: string | null; limit: number; offset: number }) {
  return readPage<MonitoringRow>(
    tx,
    {
      select: `m.id, m.call_id, m.agent_user_id, a.full_name AS agent_name, m.scorecard_code, m.catalog_version, m.answers,
               m.score, m.critical_failed, m.comment, mo.full_name AS monitor_name, m.monitored_at, m.acknowledged_at,
               m.advisor_comment, c.dialed_at, c.phone`,
      from: `FROM quality_monitorings m
             JOIN users a ON a.tenant_id = m.tenant_id AND a.id = m.agent_user_id
             JOIN users mo ON mo.tenant_id = m.tenant_id AND mo.id = m.monitored_by
             JOIN dialer_calls c ON c.tenant_id = m.tenant_id AND c.id = m.call_id
            WHERE ($1::uuid IS NULL OR m.agent_user_id = $1::uuid)`,
      orderBy: "m.monitored_at DESC, m.id",
      params: [filter.agentUserId],
    },
    filter,
  );
}

export interface EligibleCallRow {
  id: string;
  campaign_id: string;
  campaign_name: string;
  agent_user_id: string;
  agent_name: string;
  customer_name: string;
  phone: string;
  dialed_at: Date;
  bridged_at: Date;
  ended_at: Date;
}

export interface EligibleCallFilter {
  scorecardCode: string;
  agentUserId: string | null;
  campaignId: string | null;
  /** Inclusive start and exclusive end of the call's dial time. */
  from: Date | null;
  to: Date | null;
  limit: number;
  offset: number;
}

/**
 * One page of the calls a monitor may score with a scorecard, newest first: ended calls that were bridged
 * to an advisor (the recorded conversation) and have no monitoring with that card yet.
 */
export async function listEligibleCalls(tx: Tx, filter: EligibleCallFilter) {
  return readPage<EligibleCallRow>(
    tx,
    {
      select: `c.id, c.campaign_id, oc.name AS campaign_name, c.agent_id AS agent_user_id, u.full_name AS agent_name,
               cu.full_name AS customer_name, c.phone, c.dialed_at, c.bridged_at, c.ended_at`,
      from: `FROM dialer_calls c
             JOIN outbound_campaigns oc ON oc.tenant_id = c.tenant_id AND oc.id = c.campaign_id
             JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.agent_id
             JOIN customers cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id
            WHERE c.status = 'ended' AND c.bridged_at IS NOT NULL AND c.agent_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM quality_monitorings m
                               WHERE m.tenant_id = c.tenant_id AND m.call_id = c.id AND m.scorecard_code = $1)
              AND ($2::uuid IS NULL OR c.agent_id = $2::uuid)
              AND ($3::uuid IS NULL OR c.campaign_id = $3::uuid)
              AND ($4::timestamptz IS NULL OR c.dialed_at >= $4::timestamptz)
              AND ($5::timestamptz IS NULL OR c.dialed_at < $5::timestamptz)`,
      orderBy: "c.dialed_at DESC, c.id",
      params: [filter.scorecardCode, filter.agentUserId, filter.campaignId, filter.from, filter.to],
    },
    filter,
  );
}

/** The advisors and campaigns that have bridged calls, for the eligible list's filters. */
export async function eligibleCallFilters(tx: Tx) {
  const { rows } = await tx.query<{ kind: "agent" | "campaign"; id: string; name: string }>(
    `SELECT 'agent' AS kind, u.id, u.full_name AS name FROM users u
      WHERE EXISTS (SELECT 1 FROM dialer_calls c
                     WHERE c.tenant_id = u.tenant_id AND c.agent_id = u.id AND c.bridged_at IS NOT NULL)
     UNION ALL
     SELECT 'campaign', oc.id, oc.name FROM outbound_campaigns oc
      WHERE EXISTS (SELECT 1 FROM dialer_calls c
                     WHERE c.tenant_id = oc.tenant_id AND c.campaign_id = oc.id AND c.bridged_at IS NOT NULL)
     ORDER BY 1, 3`,
  );
  return rows;
}
