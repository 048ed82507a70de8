import type { Tx } from "../../../platform/db/pool.js";
import type { VisitAgenda, VisitSlot } from "./port.js";

interface SlotRow {
  id: string;
  zone: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  booked: number;
}
const present = (r: SlotRow): VisitSlot => ({
  id: r.id,
  zone: r.zone,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  capacity: r.capacity,
  booked: r.booked,
});

/** The agenda's simulator: slots with capacity per zone in `visit_slots`, a place taken by one guarded UPDATE. */
export const databaseAgenda: VisitAgenda = {
  async freeSlots(tx, zone, from, to, limit) {
    const { rows } = await tx.query<SlotRow>(
      `SELECT id, zone, starts_at, ends_at, capacity, booked FROM visit_slots
        WHERE zone = $1 AND starts_at > $2 AND starts_at < $3 AND booked < capacity
        ORDER BY starts_at LIMIT $4`,
      [zone, from, to, limit],
    );
    return rows.map(present);
  },
  async find(tx, slotId) {
    const { rows } = await tx.query<SlotRow>(
      "SELECT id, zone, starts_at, ends_at, capacity, booked FROM visit_slots WHERE id = $1",
      [slotId],
    );
    return rows[0] && present(rows[0]);
  },
  async take(tx, slotId, zone, now) {
    // booked < capacity in the WHERE: the row lock serialises two advisors on the last place; the second gets nothing.
    const { rows } = await tx.query<SlotRow>(
      `UPDATE visit_slots SET booked = booked + 1
        WHERE id = $1 AND zone = $2 AND starts_at > $3 AND booked < capacity
        RETURNING id, zone, starts_at, ends_at, capacity, booked`,
      [slotId, zone, now],
    );
    return rows[0] && present(rows[0]);
  },
};

/** Opens a slot of the agenda (the simulator's supply of technicians); the same zone and start twice is refused. */
export async function insertVisitSlot(
  tx: Tx,
  slot: { zone: string; startsAt: Date; endsAt: Date; capacity: number },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO visit_slots (tenant_id, zone, starts_at, ends_at, capacity) VALUES (current_tenant_id(), $1, $2, $3, $4)
     RETURNING id`,
    [slot.zone, slot.startsAt, slot.endsAt, slot.capacity],
  );
  return rows[0]!.id;
}
