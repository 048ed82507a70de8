import type { Tx } from "../../../platform/db/pool.js";

/** A technician slot of the field-service agenda: a zone, a time window and its free places. */
export interface VisitSlot {
  id: string;
  zone: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
}

/**
 * The field-service agenda (seed 002 step 4, «Módulo de gestión – Agendar WFM») as the desktop sees it: the free
 * slots of a zone, one slot as it stands, and taking a place in one. `DatabaseAgenda` is its simulator (the agenda kept in the product's
 * database); a WFM adapter answers the same two questions. Both run in the caller's transaction.
 */
/** A slot as the API answers it: its instants in ISO and the places still free. */
export function presentVisitSlot(slot: VisitSlot) {
  return {
    id: slot.id,
    zone: slot.zone,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    capacity: slot.capacity,
    free: slot.capacity - slot.booked,
  };
}

export interface VisitAgenda {
  freeSlots(tx: Tx, zone: string, from: Date, to: Date, limit: number): Promise<VisitSlot[]>;
  /** One slot as it stands (full or not), to say why it does not serve; undefined when the agenda has none. */
  find(tx: Tx, slotId: string): Promise<VisitSlot | undefined>;
  /** Takes one place in the slot of that zone; undefined when it is full, past or not of that zone. */
  take(tx: Tx, slotId: string, zone: string, now: Date): Promise<VisitSlot | undefined>;
}
