-- The desk's pager total without counting the cut: rows per (cut, status, cause, agent), kept by
-- statement-level triggers on adjustment_rows in the same transaction as the rows. A statement (an
-- import's one upsert of 100 000 rows, a row's step, a bulk action) adds one aggregated delta per key,
-- so the import pays one GROUP BY, not a trigger call per row. The desk sums the few keys its filters
-- match (sql/desk-count.sql), the cuts' list sums by cut and status (queries.ts listCuts). Keys are
-- added in a fixed order, so two statements raising the same keys lock them alike and cannot deadlock.
CREATE TABLE adjustment_cut_counts (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  cut_date      date NOT NULL,
  status        text NOT NULL,
  cause_code    text NOT NULL,
  agent_user_id uuid NOT NULL,
  n             bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (tenant_id, cut_date, status, cause_code, agent_user_id)
);
ALTER TABLE adjustment_cut_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON adjustment_cut_counts
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
INSERT INTO adjustment_cut_counts (tenant_id, cut_date, status, cause_code, agent_user_id, n)
  SELECT tenant_id, cut_date, status, cause_code, agent_user_id, count(*)
    FROM adjustment_rows GROUP BY 1, 2, 3, 4, 5;

CREATE FUNCTION adjustment_cut_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- Each transition table exists only for its operations, so each branch names only its own.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO adjustment_cut_counts AS c (tenant_id, cut_date, status, cause_code, agent_user_id, n)
    SELECT tenant_id, cut_date, status, cause_code, agent_user_id, count(*) FROM new_rows
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_id, cut_date, status, cause_code, agent_user_id) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE adjustment_cut_counts c SET n = c.n - o.n
      FROM (SELECT tenant_id, cut_date, status, cause_code, agent_user_id, count(*) AS n FROM old_rows
             GROUP BY 1, 2, 3, 4, 5) o
     WHERE (c.tenant_id, c.cut_date, c.status, c.cause_code, c.agent_user_id)
         = (o.tenant_id, o.cut_date, o.status, o.cause_code, o.agent_user_id);
  ELSE
    -- A row's step changes its status: -1 on the old key, +1 on the new; keys whose delta is 0 are left
    -- alone. Lowered keys exist already (their rows did), and an INSERT must not propose a negative n.
    WITH moved AS (
      SELECT tenant_id, cut_date, status, cause_code, agent_user_id, sum(d) AS n
        FROM (SELECT tenant_id, cut_date, status, cause_code, agent_user_id, 1 AS d FROM new_rows
              UNION ALL
              SELECT tenant_id, cut_date, status, cause_code, agent_user_id, -1 FROM old_rows) deltas
       GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0
    ), lowered AS (
      UPDATE adjustment_cut_counts c SET n = c.n + m.n
        FROM moved m
       WHERE m.n < 0 AND (c.tenant_id, c.cut_date, c.status, c.cause_code, c.agent_user_id)
                       = (m.tenant_id, m.cut_date, m.status, m.cause_code, m.agent_user_id)
    )
    INSERT INTO adjustment_cut_counts AS c (tenant_id, cut_date, status, cause_code, agent_user_id, n)
    SELECT tenant_id, cut_date, status, cause_code, agent_user_id, n FROM moved WHERE n > 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_id, cut_date, status, cause_code, agent_user_id) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER cut_count_insert AFTER INSERT ON adjustment_rows
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adjustment_cut_count();
CREATE TRIGGER cut_count_update AFTER UPDATE ON adjustment_rows
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adjustment_cut_count();
CREATE TRIGGER cut_count_delete AFTER DELETE ON adjustment_rows
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adjustment_cut_count();
