import { DateTime } from "luxon";
import type { Tx } from "../../platform/db/pool.js";
import { dropPercent } from "./pacing.js";
import type { AgentRow, CallRow } from "./repo.js";

/** The dialer's reads: pacing statistics, the supervisor's live view, the agent's desktop. */

export interface CampaignStats {
  readyAgents: number;
  agentsOnCall: number;
  agentsWrapUp: number;
  agentsPaused: number;
  callsInFlight: number;
  ringing: number;
  waitingCalls: number;
  bridged: number;
  today: { calls: number; answered: number; drops: number };
  /** The rolling 24 h per campaign (the UK Ofcom reading of "any 24 hours", research §1.3), beside the day and 30 days. */
  last24Hours: { calls: number; answered: number; drops: number };
  last30Days: { calls: number; answered: number; drops: number };
  lastMinute: { calls: number; drops: number };
  dialLevel: number;
  hopperDepth: number;
  /** Whether the dial level is older than `seconds` (due for recomputing). */
  dialLevelAge(seconds: number): boolean;
}

export async function campaignStats(tx: Tx, campaignId: string, now: Date, timezone: string): Promise<CampaignStats> {
  const startOfDay = DateTime.fromJSDate(now, { zone: timezone }).startOf("day").toJSDate();
  const { rows } = await tx.query<{
    ready: number;
    on_call: number;
    wrap_up: number;
    paused: number;
    in_flight: number;
    ringing: number;
    waiting: number;
    bridged: number;
    calls_today: number;
    answered_today: number;
    drops_today: number;
    calls_24: number;
    answered_24: number;
    drops_24: number;
    calls_30: number;
    answered_30: number;
    drops_30: number;
    calls_minute: number;
    drops_minute: number;
    dial_level: string;
    dial_level_at: Date | null;
    hopper: number;
  }>(
    `SELECT
       (SELECT count(*) FROM dialer_agents WHERE campaign_id = $1 AND state = 'ready')::int AS ready,
       (SELECT count(*) FROM dialer_agents WHERE campaign_id = $1 AND state = 'on_call')::int AS on_call,
       (SELECT count(*) FROM dialer_agents WHERE campaign_id = $1 AND state = 'wrap_up')::int AS wrap_up,
       (SELECT count(*) FROM dialer_agents WHERE campaign_id = $1 AND state = 'paused')::int AS paused,
       count(*) FILTER (WHERE status IN ('dialing', 'ringing', 'answered'))::int AS in_flight,
       count(*) FILTER (WHERE status IN ('dialing', 'ringing'))::int AS ringing,
       count(*) FILTER (WHERE status = 'answered')::int AS waiting,
       count(*) FILTER (WHERE status = 'bridged')::int AS bridged,
       count(*) FILTER (WHERE dialed_at >= $2::timestamptz)::int AS calls_today,
       count(*) FILTER (WHERE dialed_at >= $2 AND answered_at IS NOT NULL)::int AS answered_today,
       count(*) FILTER (WHERE dialed_at >= $2 AND outcome = 'dropped')::int AS drops_today,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '24 hours')::int AS calls_24,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '24 hours' AND answered_at IS NOT NULL)::int AS answered_24,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '24 hours' AND outcome = 'dropped')::int AS drops_24,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '30 days')::int AS calls_30,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '30 days' AND answered_at IS NOT NULL)::int AS answered_30,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '30 days' AND outcome = 'dropped')::int AS drops_30,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '1 minute')::int AS calls_minute,
       count(*) FILTER (WHERE dialed_at >= $3::timestamptz - interval '1 minute' AND outcome = 'dropped')::int AS drops_minute,
       (SELECT dial_level FROM outbound_campaigns WHERE id = $1) AS dial_level,
       (SELECT dial_level_at FROM outbound_campaigns WHERE id = $1) AS dial_level_at,
       (SELECT count(*) FROM dialer_hopper WHERE campaign_id = $1)::int AS hopper
     FROM dialer_calls WHERE campaign_id = $1 AND (status <> 'ended' OR dialed_at >= least($2::timestamptz, $3::timestamptz - interval '30 days'))`,
    [campaignId, startOfDay, now],
  );
  const r = rows[0]!;
  return {
    readyAgents: r.ready,
    agentsOnCall: r.on_call,
    agentsWrapUp: r.wrap_up,
    agentsPaused: r.paused,
    callsInFlight: r.in_flight,
    ringing: r.ringing,
    waitingCalls: r.waiting,
    bridged: r.bridged,
    today: { calls: r.calls_today, answered: r.answered_today, drops: r.drops_today },
    last24Hours: { calls: r.calls_24, answered: r.answered_24, drops: r.drops_24 },
    last30Days: { calls: r.calls_30, answered: r.answered_30, drops: r.drops_30 },
    lastMinute: { calls: r.calls_minute, drops: r.drops_minute },
    dialLevel: Number(r.dial_level ?? 1),
    hopperDepth: r.hopper,
    dialLevelAge: (seconds) => !r.dial_level_at || now.getTime() - r.dial_level_at.getTime() >= seconds * 1000,
  };
}

export interface LiveAgentRow {
  user_id: string;
  full_name: string;
  state: string;
  pause_reason: string | null;
  state_since: Date;
  customer_name: string | null;
}

export async function listLiveAgents(tx: Tx, campaignId: string): Promise<LiveAgentRow[]> {
  const { rows } = await tx.query<LiveAgentRow>(
    `SELECT a.user_id, u.full_name, a.state, a.pause_reason, a.state_since, cu.full_name AS customer_name
       FROM dialer_agents a JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.user_id
       LEFT JOIN dialer_calls c ON c.tenant_id = a.tenant_id AND c.id = a.call_id
       LEFT JOIN customers cu ON cu.tenant_id = c.tenant_id AND cu.id = c.customer_id
      WHERE a.campaign_id = $1 AND a.state <> 'offline'
      ORDER BY a.state, a.state_since`,
    [campaignId],
  );
  return rows;
}

/** Time per state of each agent since an instant (closed periods plus the current one), for the wallboard. */
export async function timeInStates(tx: Tx, campaignId: string, since: Date, now: Date): Promise<Record<string, number>> {
  const { rows } = await tx.query<{ state: string; seconds: number }>(
    `SELECT state, sum(extract(epoch FROM least(ended_at, $3) - greatest(started_at, $2)))::float AS seconds FROM (
       SELECT state, started_at, ended_at FROM dialer_agent_states WHERE campaign_id = $1 AND ended_at > $2
       UNION ALL
       SELECT state, state_since, $3 FROM dialer_agents WHERE campaign_id = $1 AND state <> 'offline') s
      GROUP BY state`,
    [campaignId, since, now],
  );
  return Object.fromEntries(rows.map((r) => [r.state, Math.round(r.seconds)]));
}

export const dropRate = (p: { answered: number; drops: number }) => Math.round(dropPercent(p.drops, p.answered) * 100) / 100;

/** Records this advisor has in follow-up, with their callback dates (still listed once due, until dialled and closed). */
export async function listMyCallbacks(
  tx: Tx,
  userId: string,
): Promise<Array<{ record_id: string; customer_id: string; customer_name: string; callback_at: Date; list_type: string }>> {
  const { rows } = await tx.query<{
    record_id: string;
    customer_id: string;
    customer_name: string;
    callback_at: Date;
    list_type: string;
  }>(
    `SELECT r.id AS record_id, r.customer_id, c.full_name AS customer_name, r.callback_at, r.list_type
       FROM contact_records r JOIN customers c ON c.tenant_id = r.tenant_id AND c.id = r.customer_id
      WHERE r.callback_user_id = $1 AND r.status IN ('follow_up', 'pending') ORDER BY r.callback_at LIMIT 50`,
    [userId],
  );
  return rows;
}

/** The disposition codes records of a list type were closed with (what its tree may retire but not remove). */
export async function listRecordedDispositions(tx: Tx, listType: string): Promise<Set<string>> {
  const { rows } = await tx.query<{ code: string }>(
    `SELECT DISTINCT disposition->>'dispositionCode' AS code FROM contact_records
      WHERE list_type = $1 AND disposition IS NOT NULL`,
    [listType],
  );
  return new Set(rows.map((r) => r.code));
}

const CALL_COLUMNS =
  "id, campaign_id, record_id, customer_id, phone, instance, status, outcome, agent_id, dialed_at, answered_at, bridged_at, ended_at";

export async function findCall(tx: Tx, callId: string): Promise<CallRow | undefined> {
  const { rows } = await tx.query<CallRow>(`SELECT ${CALL_COLUMNS} FROM dialer_calls WHERE id = $1`, [callId]);
  return rows[0];
}

export async function findAgent(tx: Tx, userId: string): Promise<AgentRow | undefined> {
  const { rows } = await tx.query<AgentRow>(
    `SELECT user_id, campaign_id, state, pause_reason, state_since, call_id FROM dialer_agents WHERE user_id = $1`,
    [userId],
  );
  return rows[0];
}

/** Campaigns of every tenant with agents logged in: what one pacing round of an instance looks at (owner role). */
export async function listCampaignsToPace(tx: Tx): Promise<Array<{ tenant_id: string; campaign_id: string }>> {
  const { rows } = await tx.query<{ tenant_id: string; campaign_id: string }>(
    `SELECT DISTINCT a.tenant_id, a.campaign_id FROM dialer_agents a
       JOIN outbound_campaigns c ON c.tenant_id = a.tenant_id AND c.id = a.campaign_id
      WHERE a.state IN ('ready', 'on_call', 'wrap_up') AND c.is_active`,
  );
  return rows;
}
