import type { Tx } from "../../platform/db/pool.js";

/** SQL reads of the supervisor's day: the campaigns' queues, the agents by state and the deadlines at risk. */

export interface CampaignQueueRow {
  id: string;
  name: string;
  hopper: number;
  ringing: number;
  waiting: number;
  on_call: number;
  calls_today: number;
}

/** Every outbound campaign with its hopper depth and the calls in progress, busiest first. */
export async function campaignQueues(tx: Tx, startOfDay: Date): Promise<CampaignQueueRow[]> {
  const { rows } = await tx.query<CampaignQueueRow>(
    `SELECT oc.id, oc.name,
            (SELECT count(*) FROM dialer_hopper h WHERE h.tenant_id = oc.tenant_id AND h.campaign_id = oc.id)::int AS hopper,
            count(c.id) FILTER (WHERE c.status IN ('dialing', 'ringing'))::int AS ringing,
            count(c.id) FILTER (WHERE c.status = 'answered')::int AS waiting,
            count(c.id) FILTER (WHERE c.status = 'bridged')::int AS on_call,
            count(c.id) FILTER (WHERE c.dialed_at >= $1)::int AS calls_today
       FROM outbound_campaigns oc
       LEFT JOIN dialer_calls c ON c.tenant_id = oc.tenant_id AND c.campaign_id = oc.id
                               AND (c.status <> 'ended' OR c.dialed_at >= $1)
      GROUP BY oc.tenant_id, oc.id, oc.name
      ORDER BY hopper DESC, oc.name, oc.id
      LIMIT 20`,
    [startOfDay],
  );
  return rows;
}

/** How many agents are logged in to the dialer in each state (offline ones are not counted). */
export async function agentsByState(tx: Tx): Promise<Record<string, number>> {
  const { rows } = await tx.query<{ state: string; n: number }>(
    "SELECT state, count(*)::int AS n FROM dialer_agents WHERE state <> 'offline' GROUP BY state",
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

export interface DeadlineAlertRow {
  id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  due_at: string;
}

export interface DeadlineRiskRow {
  at_risk: number;
  breached_today: number;
  soonest: DeadlineAlertRow[];
  breached: DeadlineAlertRow[];
}

/**
 * Deadlines of every module at risk now (running, past their warning point, not yet due) and breached today
 * (flipped today, or due and not yet flipped by their timer), with the five soonest at risk and the five
 * latest breached, each naming its subject so the supervisor can open the case it is about.
 */
export async function deadlinesAtRisk(tx: Tx, now: Date, startOfDay: Date): Promise<DeadlineRiskRow> {
  const { rows } = await tx.query<DeadlineRiskRow>(
    `SELECT
       (SELECT count(*) FROM deadlines WHERE status = 'running' AND at_risk_at <= $1 AND due_at > $1)::int AS at_risk,
       (SELECT count(*) FROM deadlines
         WHERE (status = 'breached' AND breached_at >= $2) OR (status = 'running' AND due_at <= $1))::int AS breached_today,
       coalesce((SELECT json_agg(x ORDER BY x.due_at, x.id) FROM (
          SELECT id, kind, subject_type, subject_id, due_at FROM deadlines
           WHERE status = 'running' AND at_risk_at <= $1 AND due_at > $1
           ORDER BY due_at, id LIMIT 5) x), '[]') AS soonest,
       coalesce((SELECT json_agg(x ORDER BY x.due_at DESC, x.id) FROM (
          SELECT id, kind, subject_type, subject_id, due_at FROM deadlines
           WHERE (status = 'breached' AND breached_at >= $2) OR (status = 'running' AND due_at <= $1)
           ORDER BY due_at DESC, id LIMIT 5) x), '[]') AS breached`,
    [now, startOfDay],
  );
  return rows[0]!;
}
