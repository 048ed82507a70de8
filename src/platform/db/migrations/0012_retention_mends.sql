-- Mends of the retention review (seed 000).

-- A work order's due instant is its deadline's: the deadline service moves it on pause and resume, so the
-- copy kept on the order went stale. The order is created with its deadline (started first), and reads
-- due, at-risk and status from it.
DROP INDEX work_orders_status_idx;
ALTER TABLE work_orders DROP COLUMN due_at;
ALTER TABLE work_orders ALTER COLUMN deadline_id SET NOT NULL;
ALTER TABLE work_orders ADD FOREIGN KEY (tenant_id, deadline_id) REFERENCES deadlines (tenant_id, id);
CREATE INDEX work_orders_status_idx ON work_orders (tenant_id, status);

-- An offer whose message the outside system gave up on (the billing claim, the promotion's activation) is
-- marked failed, so it no longer reads filed or active; a retry that goes through restores it.
ALTER TABLE retention_offers
  DROP CONSTRAINT retention_offers_status_check,
  ADD CONSTRAINT retention_offers_status_check CHECK (status IN ('accepted', 'filed', 'active', 'ended', 'failed')),
  DROP CONSTRAINT retention_offers_check,
  ADD CONSTRAINT retention_offers_promotion_status_check
    CHECK (offer_type <> 'promotion' OR status IN ('accepted', 'active', 'ended', 'failed'));
