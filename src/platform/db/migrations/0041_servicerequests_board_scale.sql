-- The control board at 200,000 open tickets (issue 12). Its first page joined every open ticket to its
-- deadline to sort by due instant, and its counts by area/team/zone aggregated every open ticket on each
-- request (a p99 of 14 s). Now:
--   * each ticket carries its same-day deadline's due_at / at_risk_at, kept by the database (filled from the
--     deadline on insert, followed when the deadline moves, e.g. a pause), so the first page is an index range
--     scan of open tickets by due instant with LIMIT (one index per filter: all, area, team, zone);
--   * the open tickets per (area, team, zone) and per 15-minute bin of their at-risk and due instants are
--     counted in engineering_ticket_board_counts, moved in the same transaction as the ticket (n = n + 1 /
--     n - 1, no read-modify-write). The phases depend on now: bins wholly before now's bin are summed from
--     the counts, now's own bin is an index range count of open tickets (at most 15 minutes of them);
--   * the requests probable of annulment still undecided are counted per status in service_request_status_counts.

ALTER TABLE engineering_tickets ADD COLUMN due_at timestamptz, ADD COLUMN at_risk_at timestamptz;
UPDATE engineering_tickets t SET due_at = d.due_at, at_risk_at = d.at_risk_at
  FROM deadlines d WHERE d.tenant_id = t.tenant_id AND d.id = t.deadline_id;
ALTER TABLE engineering_tickets ALTER COLUMN due_at SET NOT NULL, ALTER COLUMN at_risk_at SET NOT NULL;

CREATE FUNCTION engineering_ticket_deadline_instants() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.due_at, d.at_risk_at INTO NEW.due_at, NEW.at_risk_at
    FROM deadlines d WHERE d.tenant_id = NEW.tenant_id AND d.id = NEW.deadline_id;
  RETURN NEW;
END $$;
CREATE TRIGGER deadline_instants BEFORE INSERT OR UPDATE OF deadline_id ON engineering_tickets
  FOR EACH ROW EXECUTE FUNCTION engineering_ticket_deadline_instants();

CREATE INDEX engineering_tickets_deadline_idx ON engineering_tickets (tenant_id, deadline_id);
CREATE FUNCTION deadline_moved_engineering_tickets() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE engineering_tickets SET due_at = NEW.due_at, at_risk_at = NEW.at_risk_at
   WHERE tenant_id = NEW.tenant_id AND deadline_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER engineering_tickets_follow AFTER UPDATE OF due_at, at_risk_at ON deadlines
  FOR EACH ROW WHEN (NEW.subject_type = 'engineering_ticket'
                     AND (OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.at_risk_at IS DISTINCT FROM NEW.at_risk_at))
  EXECUTE FUNCTION deadline_moved_engineering_tickets();

-- The first page: open tickets, nearest (or furthest past) due first; all teams, or one area, team or zone.
CREATE INDEX engineering_tickets_board_due_idx ON engineering_tickets (tenant_id, due_at, number)
  INCLUDE (area, team, zone) WHERE status = 'open';
CREATE INDEX engineering_tickets_board_area_idx ON engineering_tickets (tenant_id, area, due_at, number) WHERE status = 'open';
CREATE INDEX engineering_tickets_board_team_idx ON engineering_tickets (tenant_id, team, due_at, number) WHERE status = 'open';
CREATE INDEX engineering_tickets_board_zone_idx ON engineering_tickets (tenant_id, zone, due_at, number) WHERE status = 'open';
-- The phase counts of now's bin: index-only range scans of the open tickets by at-risk (here) and due instant.
CREATE INDEX engineering_tickets_board_risk_idx ON engineering_tickets (tenant_id, at_risk_at)
  INCLUDE (due_at, area, team, zone) WHERE status = 'open';

-- The 15-minute bin of an instant (bins start at 2000-01-01 00:00 UTC).
CREATE FUNCTION board_bin(at timestamptz) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT date_bin('15 minutes', at, timestamptz '2000-01-01 00:00:00+00') $$;

-- Open tickets per (area, team, zone, at-risk bin, due bin); zone '' when the ticket has none.
CREATE TABLE engineering_ticket_board_counts (
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  area        text NOT NULL,
  team        text NOT NULL,
  zone        text NOT NULL,
  at_risk_bin timestamptz NOT NULL,
  due_bin     timestamptz NOT NULL,
  n           bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (tenant_id, area, team, zone, at_risk_bin, due_bin)
);
ALTER TABLE engineering_ticket_board_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON engineering_ticket_board_counts
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
INSERT INTO engineering_ticket_board_counts (tenant_id, area, team, zone, at_risk_bin, due_bin, n)
  SELECT tenant_id, area, team, coalesce(zone, ''), board_bin(at_risk_at), board_bin(due_at), count(*)
    FROM engineering_tickets WHERE status = 'open'
   GROUP BY 1, 2, 3, 4, 5, 6;

CREATE FUNCTION engineering_ticket_board_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'open' THEN
    UPDATE engineering_ticket_board_counts SET n = n - 1
     WHERE tenant_id = OLD.tenant_id AND area = OLD.area AND team = OLD.team AND zone = coalesce(OLD.zone, '')
       AND at_risk_bin = board_bin(OLD.at_risk_at) AND due_bin = board_bin(OLD.due_at);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'open' THEN
    INSERT INTO engineering_ticket_board_counts AS c (tenant_id, area, team, zone, at_risk_bin, due_bin, n)
      VALUES (NEW.tenant_id, NEW.area, NEW.team, coalesce(NEW.zone, ''), board_bin(NEW.at_risk_at), board_bin(NEW.due_at), 1)
      ON CONFLICT (tenant_id, area, team, zone, at_risk_bin, due_bin) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER board_count_insert AFTER INSERT ON engineering_tickets
  FOR EACH ROW EXECUTE FUNCTION engineering_ticket_board_count();
CREATE TRIGGER board_count_delete AFTER DELETE ON engineering_tickets
  FOR EACH ROW EXECUTE FUNCTION engineering_ticket_board_count();
CREATE TRIGGER board_count_update AFTER UPDATE OF status, area, team, zone, due_at, at_risk_at ON engineering_tickets
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.area IS DISTINCT FROM NEW.area
                     OR OLD.team IS DISTINCT FROM NEW.team OR OLD.zone IS DISTINCT FROM NEW.zone
                     OR OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.at_risk_at IS DISTINCT FROM NEW.at_risk_at)
  EXECUTE FUNCTION engineering_ticket_board_count();

-- Requests per status (the board's count of probable annulments still undecided).
CREATE TABLE service_request_status_counts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  status    text NOT NULL,
  n         bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (tenant_id, status)
);
ALTER TABLE service_request_status_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON service_request_status_counts
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
INSERT INTO service_request_status_counts (tenant_id, status, n)
  SELECT tenant_id, status, count(*) FROM service_requests GROUP BY tenant_id, status;

CREATE FUNCTION service_request_status_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE service_request_status_counts SET n = n - 1 WHERE tenant_id = OLD.tenant_id AND status = OLD.status;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO service_request_status_counts AS c (tenant_id, status, n) VALUES (NEW.tenant_id, NEW.status, 1)
      ON CONFLICT (tenant_id, status) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER status_count_insert AFTER INSERT ON service_requests
  FOR EACH ROW EXECUTE FUNCTION service_request_status_count();
CREATE TRIGGER status_count_delete AFTER DELETE ON service_requests
  FOR EACH ROW EXECUTE FUNCTION service_request_status_count();
CREATE TRIGGER status_count_update AFTER UPDATE OF status ON service_requests
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION service_request_status_count();
