import { DateTime } from "luxon";
import { openVisitSlot } from "../modules/dialer/index.js";
import type { Actor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";
import { recordEvent } from "../platform/timeline/record-event.js";

const HOUR = 3_600_000;

// Two visits advisors escalated because the agenda had no slot (seed 002 step 4), so the back office's «Visitas
// escaladas» is not empty: one waiting two days in Chapinero — where the agenda has since opened places — and one
// from this morning in Suba, which has none (the back office closes it with a reason, or opens slots).
const ESCALATED = [
  {
    zone: "Chapinero",
    hoursAgo: 50,
    reason: "Cablemódem sin señal tras revisar con Diagnosticador: falla física; la agenda no tenía cupo en 14 días",
  },
  {
    zone: "Suba",
    hoursAgo: 3,
    reason: "Decodificador sin imagen en dos televisores; el cliente solo puede en la mañana y no había franja",
  },
] as const;

/**
 * The demo's escalated visits: each on an ended call of an advisor of the premium campaign (records after the ones
 * the supervisor's day uses), with its `visit_escalated` on the record's and the customer's timeline, and two slots
 * with places in Chapinero for the coming days.
 */
export async function seedEscalatedVisitsDemo(
  tx: Tx,
  actors: { advisor: Actor; supervisor: Actor },
  now: Date,
  timezone: string,
): Promise<{ escalated: number; slots: number }> {
  const { rows: records } = await tx.query<{ id: string; campaign_id: string; customer_id: string; phone: string }>(
    `SELECT r.id, r.campaign_id, r.customer_id, cu.phone
       FROM contact_records r JOIN outbound_campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id
       JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id
      WHERE c.code = 'premium-demo' AND r.list_type = 'abandonos' ORDER BY r.created_at DESC, r.id LIMIT $1`,
    [ESCALATED.length],
  );
  for (const [i, record] of records.entries()) {
    const visit = ESCALATED[i]!;
    const at = new Date(now.getTime() - visit.hoursAgo * HOUR);
    const phone = record.phone.replace(/[^\d+]/g, "");
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO dialer_calls (tenant_id, campaign_id, record_id, customer_id, phone, instance, status, outcome, agent_id,
                                 dialed_at, answered_at, bridged_at, ended_at)
       VALUES (current_tenant_id(), $1, $2, $3, $4, 'demo', 'ended', 'completed', $5, $6::timestamptz - interval '6 minutes',
               $6::timestamptz - interval '346 seconds', $6::timestamptz - interval '344 seconds', $6::timestamptz + interval '1 minute')
       RETURNING id`,
      [record.campaign_id, record.id, record.customer_id, phone, actors.advisor.userId, at],
    );
    await tx.query(
      `INSERT INTO visit_bookings (tenant_id, record_id, call_id, customer_id, zone, status, reason, booked_by, booked_at)
       VALUES (current_tenant_id(), $1, $2, $3, $4, 'escalated', $5, $6, $7)`,
      [record.id, rows[0]!.id, record.customer_id, visit.zone, visit.reason, actors.advisor.userId, at],
    );
    await recordEvent(
      { tx, actor: actors.advisor, now: at },
      {
        subjectType: "contact_record",
        subjectId: record.id,
        customerId: record.customer_id,
        action: "visit_escalated",
        after: { status: "escalated", zone: visit.zone, startsAt: null, endsAt: null, reason: visit.reason, callId: rows[0]!.id },
      },
    );
  }
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf("day");
  const slots = [
    { startsAt: today.plus({ days: 2, hours: 8 }), capacity: 2 },
    { startsAt: today.plus({ days: 3, hours: 14 }), capacity: 1 },
  ];
  for (const slot of slots)
    await openVisitSlot(
      {
        zone: "Chapinero",
        startsAt: slot.startsAt.toISO()!,
        endsAt: slot.startsAt.plus({ hours: 4 }).toISO()!,
        capacity: slot.capacity,
      },
      { tx, actor: actors.supervisor, now },
    );
  return { escalated: records.length, slots: slots.length };
}
