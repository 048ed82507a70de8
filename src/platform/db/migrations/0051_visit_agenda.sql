-- Seed 002 step 4: technician visits booked from the advisor's desktop against an agenda with capacity per zone and
-- time slot (the field-service agenda's simulator keeps it here; a real WFM adapter would answer the same port), and
-- the seed's fallback: no slot → the request escalated to the back office.

CREATE TABLE visit_slots (
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  zone        text NOT NULL CHECK (length(zone) BETWEEN 1 AND 80),
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  capacity    int NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  -- Kept with the bookings in one statement (booked < capacity), so two advisors never take the last place twice.
  booked      int NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, zone, starts_at),
  CHECK (ends_at > starts_at),
  CHECK (booked BETWEEN 0 AND capacity)
);
CREATE INDEX visit_slots_zone_idx ON visit_slots (tenant_id, zone, starts_at);

CREATE TABLE visit_bookings (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  record_id     uuid NOT NULL,
  call_id       uuid NOT NULL,
  customer_id   uuid NOT NULL,
  zone          text NOT NULL,
  -- booked: a place taken in the slot; escalated: no slot, handed to the back office to get the earliest agenda.
  status        text NOT NULL CHECK (status IN ('booked', 'escalated')),
  slot_id       uuid,
  reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  booked_by     uuid NOT NULL,
  booked_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, slot_id) REFERENCES visit_slots (tenant_id, id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES contact_records (tenant_id, id),
  FOREIGN KEY (tenant_id, call_id) REFERENCES dialer_calls (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, booked_by) REFERENCES users (tenant_id, id),
  CHECK ((status = 'booked') = (slot_id IS NOT NULL))
);
-- One visit per call.
CREATE UNIQUE INDEX visit_bookings_call_idx ON visit_bookings (tenant_id, call_id);
CREATE INDEX visit_bookings_escalated_idx ON visit_bookings (tenant_id, booked_at) WHERE status = 'escalated';

ALTER TABLE visit_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON visit_slots USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE visit_bookings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON visit_bookings USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
