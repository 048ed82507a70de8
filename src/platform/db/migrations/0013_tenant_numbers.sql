-- Human numbers per tenant (issue 14): retention cases, work orders and outbound messages were numbered by
-- one identity per installation, so a new tenant's first case read #25 and one operator could read
-- another's volume. Each tenant now has its own counter per kind of number, taken in the insert's own
-- transaction (a row lock on the counter serialises concurrent inserts of one tenant; a rolled-back insert
-- rolls its number back too, so no gaps). Nothing already issued is renumbered: each counter starts at
-- the tenant's current maximum.

CREATE TABLE tenant_counters (
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  counter    text NOT NULL CHECK (counter ~ '^[a-z_]{1,40}$'),
  last_value bigint NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (tenant_id, counter)
);
ALTER TABLE tenant_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_counters
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
REVOKE DELETE, TRUNCATE ON tenant_counters FROM fideliza_app;

-- BEFORE INSERT: NEW.number is the tenant's next number for the counter named by the trigger's argument.
CREATE FUNCTION next_tenant_number() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tenant_counters AS c (tenant_id, counter, last_value)
    VALUES (NEW.tenant_id, TG_ARGV[0], 1)
    ON CONFLICT (tenant_id, counter) DO UPDATE SET last_value = c.last_value + 1
    RETURNING last_value INTO NEW.number;
  RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['retention_cases', 'work_orders', 'outbound_messages'])
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN number DROP IDENTITY', t);
    EXECUTE format(
      'INSERT INTO tenant_counters (tenant_id, counter, last_value) SELECT tenant_id, %L, max(number) FROM %I GROUP BY tenant_id',
      t, t);
    EXECUTE format('CREATE UNIQUE INDEX %I ON %I (tenant_id, number)', t || '_number_key', t);
    EXECUTE format(
      'CREATE TRIGGER tenant_number BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION next_tenant_number(%L)', t, t);
  END LOOP;
END $$;
