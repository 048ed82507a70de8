-- Seed 002's dialer indicators (contactability, effectiveness, FCR) over 12 months without reading every
-- contact record dialled in them (issue 13's benchmark: 5,000,000 records took seconds per tile). The records
-- dialled per (tenant's wall-clock day of the last attempt, campaign, list type), with what each formula counts,
-- kept by a row trigger on contact_records in the same transaction as the record. It fires only when a
-- record enters, leaves or moves within what is counted (last attempt, attempts, disposition, campaign, list
-- type): a list loaded with no attempt yet, or a dial that changes only the status, writes nothing here.
-- The day is on the tenant's time zone at the time of the attempt, as the values SQL reads periods; the
-- values SQL sums days into the period asked (day, week, month), so every grain is exact.
-- The drill-down (sql/*-rows.sql) still reads the records; contact_records_attempt_idx finds one period's.
CREATE TABLE contact_record_day_counts (
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  day            date NOT NULL,
  campaign_id    uuid NOT NULL,
  list_type      text NOT NULL,
  -- attempts > 0 (REGGESTIONADOS)
  managed        bigint NOT NULL DEFAULT 0,
  -- attempts > 0 and dispositioned (REGCONTACTADOS)
  contacted      bigint NOT NULL DEFAULT 0,
  -- dispositioned, any attempts (FCR's and effectiveness's denominator)
  dispositioned  bigint NOT NULL DEFAULT 0,
  -- disposition «retenido» (effectiveness's numerator on the cancellation list)
  retained       bigint NOT NULL DEFAULT 0,
  -- disposition resolving at first contact (FCR's numerator)
  first_contact  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, campaign_id, list_type)
);
ALTER TABLE contact_record_day_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contact_record_day_counts
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

CREATE INDEX contact_records_attempt_idx ON contact_records (tenant_id, last_attempt_at) WHERE last_attempt_at IS NOT NULL;

-- One record's contribution (+1 or −1) to its day's counters. The −1 is an UPDATE: its row exists, the record was
-- counted in it (an INSERT … ON CONFLICT would propose a row of negative counts). No CHECK (n >= 0): if the
-- tenant's time zone changed since, the −1 lands on another day, and the dialer's write must not fail for it.
-- SECURITY DEFINER: the tenant's time zone and its counters are read and written whatever the writer's role
-- (a tenant transaction or a system one); it touches only the record's own tenant.
CREATE FUNCTION contact_record_day_count_add(r contact_records, sign int) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  d date := (SELECT (r.last_attempt_at AT TIME ZONE t.timezone)::date FROM tenants t WHERE t.id = r.tenant_id);
  v_managed int := (r.attempts > 0)::int;
  v_contacted int := (r.attempts > 0 AND r.disposition IS NOT NULL)::int;
  v_dispositioned int := (r.disposition IS NOT NULL)::int;
  v_retained int := coalesce(r.disposition->>'dispositionCode' = 'retenido', false)::int;
  v_first_contact int := coalesce(r.disposition->>'resolution' = 'first_contact', false)::int;
BEGIN
  IF r.last_attempt_at IS NULL OR d IS NULL THEN RETURN; END IF;
  IF sign < 0 THEN
    UPDATE contact_record_day_counts c
       SET managed = c.managed - v_managed, contacted = c.contacted - v_contacted, dispositioned = c.dispositioned - v_dispositioned,
           retained = c.retained - v_retained, first_contact = c.first_contact - v_first_contact
     WHERE c.tenant_id = r.tenant_id AND c.day = d AND c.campaign_id = r.campaign_id AND c.list_type = r.list_type;
  ELSE
    INSERT INTO contact_record_day_counts AS c (tenant_id, day, campaign_id, list_type, managed, contacted, dispositioned,
                                                retained, first_contact)
    VALUES (r.tenant_id, d, r.campaign_id, r.list_type, v_managed, v_contacted, v_dispositioned, v_retained, v_first_contact)
    ON CONFLICT (tenant_id, day, campaign_id, list_type) DO UPDATE
      SET managed = c.managed + excluded.managed, contacted = c.contacted + excluded.contacted,
          dispositioned = c.dispositioned + excluded.dispositioned, retained = c.retained + excluded.retained,
          first_contact = c.first_contact + excluded.first_contact;
  END IF;
END $$;

CREATE FUNCTION contact_record_day_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM contact_record_day_count_add(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM contact_record_day_count_add(NEW, 1); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER day_count_insert AFTER INSERT ON contact_records
  FOR EACH ROW WHEN (NEW.last_attempt_at IS NOT NULL) EXECUTE FUNCTION contact_record_day_count();
CREATE TRIGGER day_count_update AFTER UPDATE ON contact_records
  FOR EACH ROW WHEN ((OLD.last_attempt_at, OLD.attempts, OLD.disposition, OLD.campaign_id, OLD.list_type)
                     IS DISTINCT FROM (NEW.last_attempt_at, NEW.attempts, NEW.disposition, NEW.campaign_id, NEW.list_type))
  EXECUTE FUNCTION contact_record_day_count();
CREATE TRIGGER day_count_delete AFTER DELETE ON contact_records
  FOR EACH ROW WHEN (OLD.last_attempt_at IS NOT NULL) EXECUTE FUNCTION contact_record_day_count();

-- The records already there.
INSERT INTO contact_record_day_counts (tenant_id, day, campaign_id, list_type, managed, contacted, dispositioned, retained,
                                       first_contact)
SELECT r.tenant_id, (r.last_attempt_at AT TIME ZONE t.timezone)::date, r.campaign_id, r.list_type,
       count(*) FILTER (WHERE r.attempts > 0), count(*) FILTER (WHERE r.attempts > 0 AND r.disposition IS NOT NULL),
       count(*) FILTER (WHERE r.disposition IS NOT NULL),
       count(*) FILTER (WHERE r.disposition->>'dispositionCode' = 'retenido'),
       count(*) FILTER (WHERE r.disposition->>'resolution' = 'first_contact')
  FROM contact_records r JOIN tenants t ON t.id = r.tenant_id
 WHERE r.last_attempt_at IS NOT NULL
 GROUP BY 1, 2, 3, 4;
