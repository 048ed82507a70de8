-- The campaign's pool in the order «take next», the round-robin and the pool list read it: due
-- callbacks and next attempts first (oldest due first), then cases never worked (oldest complaint
-- first) — `next_contact_at ASC NULLS LAST, received_at, id`. The index of 0007 put NULLS FIRST (the
-- opposite order) and the queries sorted on an expression, so neither could use it: every take sorted
-- the whole pool.
DROP INDEX complaint_cases_pool_idx;
CREATE INDEX complaint_cases_pool_idx ON complaint_cases (tenant_id, campaign, next_contact_at ASC NULLS LAST, received_at, id)
  WHERE assigned_to IS NULL AND status <> 'finished';
