-- Seed 002 step 4's fallback, worked: a visit escalated to the back office (no slot served the customer) is resolved
-- by the back office — booked into a slot it found, or closed with a reason (the customer desisted, the fault is not
-- attributable to the operator, …). The row keeps what the advisor asked (booked_by, booked_at: who escalated, when)
-- and gains who resolved it, when and how, so the escalation's history stays on it; the timeline has the same.

ALTER TABLE visit_bookings DROP CONSTRAINT visit_bookings_status_check;
ALTER TABLE visit_bookings ADD CONSTRAINT visit_bookings_status_check
  CHECK (status IN ('booked', 'escalated', 'closed'));

ALTER TABLE visit_bookings
  -- booked: the back office put it in a slot; closed: no visit, for close_reason. Null while open or when the
  -- advisor booked it directly.
  ADD COLUMN resolution   text CHECK (resolution IN ('booked', 'closed')),
  ADD COLUMN resolved_by  uuid,
  ADD COLUMN resolved_at  timestamptz,
  ADD COLUMN close_reason text CHECK (close_reason IN
    ('customer_desisted', 'not_attributable', 'solved_without_visit', 'customer_unreachable', 'duplicate_request')),
  ADD COLUMN resolution_note text CHECK (length(resolution_note) <= 2000),
  ADD FOREIGN KEY (tenant_id, resolved_by) REFERENCES users (tenant_id, id),
  ADD CONSTRAINT visit_bookings_resolution_whole
    CHECK ((resolution IS NULL) = (resolved_by IS NULL) AND (resolution IS NULL) = (resolved_at IS NULL)),
  -- The state says the outcome: open ones have none, closed ones say why, back-office bookings hold their slot.
  ADD CONSTRAINT visit_bookings_resolution_matches_status
    CHECK ((status = 'escalated' AND resolution IS NULL)
        OR (status = 'closed' AND resolution = 'closed' AND close_reason IS NOT NULL)
        OR (status = 'booked' AND (resolution IS NULL OR resolution = 'booked') AND close_reason IS NULL)),
  ADD CONSTRAINT visit_bookings_resolved_after_escalation CHECK (resolved_at IS NULL OR resolved_at >= booked_at);

-- The back office's open worklist, filtered by zone, oldest first (the unfiltered list uses visit_bookings_escalated_idx).
CREATE INDEX visit_bookings_open_zone_idx ON visit_bookings (tenant_id, zone, booked_at) WHERE status = 'escalated';
-- The resolved ones, newest resolution first when the back office looks back.
CREATE INDEX visit_bookings_resolved_idx ON visit_bookings (tenant_id, resolved_at) WHERE resolution IS NOT NULL;
