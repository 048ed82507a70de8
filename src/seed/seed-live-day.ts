import { monitorCall } from "../modules/quality/index.js";
import type { Actor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";

const HOUR = 3_600_000;
// Fixed verdicts so the demo's emitted quality is the same on every run: one perfect call, one with a missed
// checkpoint (70) and one whose critical item failed (0).
const MONITORED: Array<Record<string, boolean>> = [{}, { solution: false }, { identity_check: false }];

/**
 * The day of the supervisor and of the quality team (issue 13 §5) in the demo: calls of the last three days that
 * advisors took on the premium campaign (ended, so recorded), three of them scored by the quality team, and one
 * advisor on a break on the dialer. The rest stay in the quality team's list of calls to monitor.
 */
export async function seedLiveDayDemo(
  tx: Tx,
  actors: { quality: Actor; advisors: Actor[] },
  now: Date,
): Promise<{ calls: number; monitorings: number }> {
  const { rows: records } = await tx.query<{ id: string; campaign_id: string; customer_id: string; phone: string }>(
    `SELECT r.id, r.campaign_id, r.customer_id, cu.phone
       FROM contact_records r JOIN outbound_campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id
       JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id
      WHERE c.code = 'premium-demo' ORDER BY r.created_at, r.id LIMIT 12`,
  );
  const calls: Array<{ id: string; agent: Actor }> = [];
  for (const [i, record] of records.entries()) {
    const agent = actors.advisors[i % actors.advisors.length]!;
    const dialedAt = new Date(now.getTime() - (1 + i * 5) * HOUR);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO dialer_calls (tenant_id, campaign_id, record_id, customer_id, phone, instance, status, outcome, agent_id,
                                 dialed_at, answered_at, bridged_at, ended_at)
       VALUES (current_tenant_id(), $1, $2, $3, $4, 'demo', 'ended', 'completed', $5, $6,
               $6::timestamptz + interval '12 seconds', $6::timestamptz + interval '14 seconds',
               $6::timestamptz + make_interval(secs => $7))
       RETURNING id`,
      [
        record.campaign_id,
        record.id,
        record.customer_id,
        record.phone.replace(/[^\d+]/g, ""),
        agent.userId,
        dialedAt,
        120 + i * 37,
      ],
    );
    calls.push({ id: rows[0]!.id, agent });
  }
  const base = {
    greeting: true,
    identity_check: true,
    needs: true,
    solution: true,
    disposition: true,
    summary: true,
    farewell: true,
    no_false_promise: true,
  };
  let monitorings = 0;
  for (const [i, overrides] of MONITORED.entries()) {
    const call = calls[i];
    if (!call) break;
    await monitorCall(
      { callId: call.id, scorecardCode: "outbound_premium", answers: { ...base, ...overrides } },
      { tx, actor: actors.quality, now },
    );
    monitorings++;
  }
  // One advisor on a break, so the agents' tile has someone on it.
  const onBreak = actors.advisors[1] ?? actors.advisors[0]!;
  const campaignId = records[0]?.campaign_id;
  if (campaignId)
    await tx.query(
      `INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, pause_reason, state_since)
       VALUES (current_tenant_id(), $1, $2, 'paused', 'break', $3) ON CONFLICT DO NOTHING`,
      [onBreak.userId, campaignId, new Date(now.getTime() - 5 * 60_000)],
    );
  return { calls: calls.length, monitorings };
}
