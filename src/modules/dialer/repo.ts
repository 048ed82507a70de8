import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { CallOutcome } from "./catalog-types.js";
import type { AgentState } from "./rules.js";

/**
 * The dialer's SQL: the hopper (each record once, handed out with FOR UPDATE SKIP LOCKED so two app instances
 * never take the same one), its calls (a partial unique index allows one live call per record and per agent),
 * and the agents' states with their history.
 */

/**
 * Tops the campaign's hopper up to `depth` records: pending, due, valid today, not already in it. A due callback
 * (a follow-up that names its advisor) goes first and is dialled even past the list's validity: it was promised to
 * the customer. Reads the contact-lists module's records (the hopper is the dialer's own table).
 */
export async function fillHopper(tx: Tx, campaignId: string, depth: number, now: Date, localDate: string): Promise<number> {
  const { rowCount } = await tx.query(
    `INSERT INTO dialer_hopper (tenant_id, record_id, campaign_id, priority, queued_at)
     SELECT current_tenant_id(), r.id, r.campaign_id, CASE WHEN r.callback_user_id IS NULL THEN r.priority ELSE 0 END, $3
       FROM contact_records r
      WHERE r.campaign_id = $1 AND r.status = 'pending' AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= $3)
        AND (r.callback_user_id IS NOT NULL OR ((r.valid_from IS NULL OR r.valid_from <= $4::date)
                                                AND (r.valid_until IS NULL OR r.valid_until >= $4::date)))
        AND NOT EXISTS (SELECT 1 FROM dialer_hopper h WHERE h.tenant_id = r.tenant_id AND h.record_id = r.id)
        AND (SELECT count(*) FROM dialer_hopper h WHERE h.campaign_id = $1) < $2
      ORDER BY CASE WHEN r.callback_user_id IS NULL THEN r.priority ELSE 0 END, r.next_attempt_at NULLS FIRST, r.created_at
      LIMIT greatest(0, $2 - (SELECT count(*) FROM dialer_hopper h WHERE h.campaign_id = $1))
     ON CONFLICT DO NOTHING`,
    [campaignId, depth, now, localDate],
  );
  return rowCount ?? 0;
}

/**
 * The hand-out: up to `limit` rows of the campaign's hopper, best priority first, locked with SKIP LOCKED (rows
 * another transaction holds are skipped, not waited for) and deleted in the same statement, so a record is handed out
 * once. dialer_hopper_next_idx holds this order whole, so the first rows come straight off the index, unsorted.
 */
const CLAIM = `WITH picked AS (
       SELECT tenant_id, record_id FROM dialer_hopper WHERE campaign_id = $1
        ORDER BY priority, queued_at, record_id LIMIT $2 FOR UPDATE SKIP LOCKED)
     DELETE FROM dialer_hopper h USING picked p
      WHERE h.tenant_id = p.tenant_id AND h.record_id = p.record_id
     RETURNING h.record_id`;

/** Takes up to `n` records out of the hopper within the caller's transaction (the engine's pacing round). */
export async function claimFromHopper(tx: Tx, campaignId: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const { rows } = await tx.query<{ record_id: string }>(CLAIM, [campaignId, n]);
  return rows.map((r) => r.record_id);
}

/** Takes one record out of the hopper, if it is there (an advisor dials it by hand). */
export async function removeFromHopper(tx: Tx, recordId: string): Promise<void> {
  await tx.query("DELETE FROM dialer_hopper WHERE record_id = $1", [recordId]);
}

export async function hopperDepth(tx: Tx, campaignId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM dialer_hopper WHERE campaign_id = $1", [
    campaignId,
  ]);
  return rows[0]!.n;
}

/** Attempts per phone of a record (dialer_calls), for choosing the least-tried number. */
export async function attemptsByPhone(tx: Tx, recordId: string): Promise<Map<string, number>> {
  const { rows } = await tx.query<{ phone: string; n: number }>(
    "SELECT phone, count(*)::int AS n FROM dialer_calls WHERE record_id = $1 GROUP BY phone",
    [recordId],
  );
  return new Map(rows.map((r) => [r.phone, r.n]));
}

export async function insertCall(
  tx: Tx,
  call: {
    campaignId: string;
    recordId: string;
    customerId: string;
    phone: string;
    instance: string;
    now: Date;
    /** The advisor the call is placed for (a callback for its advisor, a preview dial): they take it on answer. */
    agentId?: string | null;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO dialer_calls (tenant_id, campaign_id, record_id, customer_id, phone, instance, dialed_at, agent_id)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [call.campaignId, call.recordId, call.customerId, call.phone, call.instance, call.now, call.agentId ?? null],
  );
  return rows[0]!.id;
}

export interface CallRow {
  id: string;
  campaign_id: string;
  record_id: string;
  customer_id: string;
  phone: string;
  instance: string;
  status: "dialing" | "ringing" | "answered" | "bridged" | "ended";
  outcome: CallOutcome | null;
  agent_id: string | null;
  dialed_at: Date;
  answered_at: Date | null;
  bridged_at: Date | null;
  ended_at: Date | null;
}

const CALL_COLUMNS =
  "id, campaign_id, record_id, customer_id, phone, instance, status, outcome, agent_id, dialed_at, answered_at, bridged_at, ended_at";

/** The call, locked for the transaction (each event of a call is applied one at a time). */
export async function lockCall(tx: Tx, callId: string): Promise<CallRow | undefined> {
  const { rows } = await tx.query<CallRow>(`SELECT ${CALL_COLUMNS} FROM dialer_calls WHERE id = $1 FOR UPDATE`, [callId]);
  return rows[0];
}

export async function setCallRinging(tx: Tx, callId: string): Promise<void> {
  await tx.query("UPDATE dialer_calls SET status = 'ringing' WHERE id = $1 AND status = 'dialing'", [callId]);
}

export async function setCallAnswered(tx: Tx, callId: string, now: Date): Promise<void> {
  await tx.query("UPDATE dialer_calls SET status = 'answered', answered_at = $2 WHERE id = $1", [callId, now]);
}

export async function setCallBridged(tx: Tx, callId: string, agentId: string, now: Date): Promise<void> {
  await tx.query("UPDATE dialer_calls SET status = 'bridged', agent_id = $2, bridged_at = $3 WHERE id = $1", [
    callId,
    agentId,
    now,
  ]);
}

export async function endCall(tx: Tx, callId: string, outcome: CallOutcome, now: Date): Promise<void> {
  await tx.query("UPDATE dialer_calls SET status = 'ended', outcome = $2, ended_at = $3 WHERE id = $1 AND status <> 'ended'", [
    callId,
    outcome,
    now,
  ]);
}

/** Answered calls of a campaign still waiting for an agent, the longest waiting first, locked. */
export async function lockWaitingCalls(tx: Tx, campaignId: string): Promise<CallRow[]> {
  const { rows } = await tx.query<CallRow>(
    `SELECT ${CALL_COLUMNS} FROM dialer_calls WHERE campaign_id = $1 AND status = 'answered'
      ORDER BY answered_at FOR UPDATE SKIP LOCKED`,
    [campaignId],
  );
  return rows;
}

/** Live calls placed by an instance (to fail them when it died). */
export async function liveCallsOf(tx: Tx, instance: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>("SELECT id FROM dialer_calls WHERE instance = $1 AND status <> 'ended'", [
    instance,
  ]);
  return rows.map((r) => r.id);
}

// ------------------------------------------------------------------ agents

export interface AgentRow {
  user_id: string;
  campaign_id: string;
  state: AgentState;
  pause_reason: string | null;
  state_since: Date;
  call_id: string | null;
}

const AGENT_COLUMNS = "user_id, campaign_id, state, pause_reason, state_since, call_id";

export async function lockAgent(tx: Tx, userId: string): Promise<AgentRow | undefined> {
  const { rows } = await tx.query<AgentRow>(`SELECT ${AGENT_COLUMNS} FROM dialer_agents WHERE user_id = $1 FOR UPDATE`, [userId]);
  return rows[0];
}

/** The longest-ready agent of the campaign, locked; one another transaction is handing a call to is skipped. */
export async function lockLongestReadyAgent(tx: Tx, campaignId: string): Promise<AgentRow | undefined> {
  const { rows } = await tx.query<AgentRow>(
    `SELECT ${AGENT_COLUMNS} FROM dialer_agents WHERE campaign_id = $1 AND state = 'ready'
      ORDER BY state_since, user_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [campaignId],
  );
  return rows[0];
}

/**
 * Moves an agent to a state, closing the time spent in the previous one in the history. `previous` is the row
 * as locked (undefined for an agent's first state).
 */
export async function moveAgent(
  tx: Tx,
  userId: string,
  previous: AgentRow | undefined,
  next: { campaignId: string; state: AgentState; pauseReason: string | null; callId: string | null },
  now: Date,
): Promise<void> {
  if (previous) {
    await tx.query(
      `INSERT INTO dialer_agent_states (tenant_id, user_id, campaign_id, state, pause_reason, started_at, ended_at)
       VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6)`,
      [userId, previous.campaign_id, previous.state, previous.pause_reason, previous.state_since, now],
    );
  }
  await tx.query(
    `INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, pause_reason, state_since, call_id)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, user_id) DO UPDATE
        SET campaign_id = excluded.campaign_id, state = excluded.state, pause_reason = excluded.pause_reason,
            state_since = excluded.state_since, call_id = excluded.call_id`,
    [userId, next.campaignId, next.state, next.pauseReason, now, next.callId],
  );
}

/**
 * Takes the campaign's pacing turn for this transaction: one instance paces a campaign at a time (another that
 * finds it taken skips the round rather than dialling on counts that are about to change).
 */
export async function takePacingTurn(tx: Tx, campaignId: string): Promise<boolean> {
  const { rows } = await tx.query("SELECT 1 FROM outbound_campaigns WHERE id = $1 FOR UPDATE SKIP LOCKED", [campaignId]);
  return rows.length === 1;
}

// ------------------------------------------------------------------ visits booked from a call

registerConstraintErrors({
  visit_bookings_call_idx: {
    code: "CONFLICT",
    detail: () => "Esta llamada ya tiene una visita agendada o escalada",
    field: "slotId",
  },
  visit_slots_tenant_id_zone_starts_at_key: {
    code: "DUPLICATE",
    detail: () => "La zona ya tiene una franja que empieza a esa hora",
    field: "startsAt",
  },
});

export async function insertVisitBooking(
  tx: Tx,
  booking: {
    recordId: string;
    callId: string;
    customerId: string;
    zone: string;
    status: "booked" | "escalated";
    slotId: string | null;
    reason: string;
    bookedBy: string;
    now: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO visit_bookings (tenant_id, record_id, call_id, customer_id, zone, status, slot_id, reason, booked_by, booked_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      booking.recordId,
      booking.callId,
      booking.customerId,
      booking.zone,
      booking.status,
      booking.slotId,
      booking.reason,
      booking.bookedBy,
      booking.now,
    ],
  );
  return rows[0]!.id;
}

// ------------------------------------------------------------------ escalated visits resolved by the back office

registerConstraintErrors({
  visit_bookings_resolved_after_escalation: {
    code: "CONFLICT",
    detail: () => "La resolución no puede ser anterior a la escalada de la visita",
  },
  visit_bookings_resolution_matches_status: {
    code: "VALIDATION_FAILED",
    detail: () => "El estado de la visita no concuerda con su resolución (agendada con franja, cerrada con motivo)",
  },
});

export interface VisitBookingRow {
  id: string;
  record_id: string;
  customer_id: string;
  zone: string;
  status: "booked" | "escalated" | "closed";
  resolution: "booked" | "closed" | null;
  booked_at: Date;
}

/**
 * The visit, locked for the transaction: two back-office users resolving the same escalation are served one after
 * the other, and the second sees it resolved.
 */
export async function lockVisitBooking(tx: Tx, id: string): Promise<VisitBookingRow | undefined> {
  const { rows } = await tx.query<VisitBookingRow>(
    "SELECT id, record_id, customer_id, zone, status, resolution, booked_at FROM visit_bookings WHERE id = $1 FOR UPDATE",
    [id],
  );
  return rows[0];
}

/** Writes the back office's resolution of an open escalation; false when it is no longer open. */
export async function resolveVisitBooking(
  tx: Tx,
  resolution: {
    id: string;
    outcome: "booked" | "closed";
    slotId: string | null;
    closeReason: string | null;
    note: string | null;
    resolvedBy: string;
    now: Date;
  },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE visit_bookings
        SET status = $2, resolution = $2, slot_id = $3, close_reason = $4, resolution_note = $5, resolved_by = $6,
            resolved_at = $7
      WHERE id = $1 AND status = 'escalated'`,
    [
      resolution.id,
      resolution.outcome,
      resolution.slotId,
      resolution.closeReason,
      resolution.note,
      resolution.resolvedBy,
      resolution.now,
    ],
  );
  return rowCount === 1;
}
