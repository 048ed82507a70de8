-- The hopper's hand-out takes rows ORDER BY priority, queued_at, record_id (a record's place is total, so two
-- instances agree on it). The index stopped at queued_at, so every claim sorted the rows of its first (priority,
-- queued_at) group — a whole fill shares one queued_at — before locking any (EXPLAIN: Incremental Sort above the
-- index scan). With record_id the index is the order itself: the claim reads its first unlocked rows off it.
DROP INDEX dialer_hopper_next_idx;
CREATE INDEX dialer_hopper_next_idx ON dialer_hopper (tenant_id, campaign_id, priority, queued_at, record_id);
