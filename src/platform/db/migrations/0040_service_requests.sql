-- Seed 001 (COM-DSC-P10, «Gestión comercial técnica para evitar anulaciones»): service requests keyed by
-- advisors (installation, transfer, migration) with their work order; engineering tickets, the one
-- mechanism every detection path uses; the zone references the network department learns; zoning forms
-- of executed orders; and the monthly zoning spreadsheet sent to billing, kept with its version.

CREATE TABLE service_requests (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  number           bigint NOT NULL,
  request_type     text NOT NULL CHECK (request_type IN ('installation', 'transfer', 'migration')),
  customer_id      uuid NOT NULL,
  product_id       uuid NOT NULL,
  address          text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
  zone             text CHECK (zone IS NULL OR length(zone) BETWEEN 1 AND 80),
  nearest_box      text CHECK (nearest_box IS NULL OR length(nearest_box) BETWEEN 1 AND 80),
  equipment        text CHECK (equipment IS NULL OR length(equipment) <= 300),
  observation      text NOT NULL DEFAULT '' CHECK (length(observation) <= 4000),
  seller_name      text NOT NULL CHECK (length(seller_name) BETWEEN 1 AND 120),
  advisor_id       uuid,
  advisor_name     text NOT NULL CHECK (length(advisor_name) BETWEEN 1 AND 120),
  -- keyed by a person, or loaded by the import kind `service_requests`.
  source           text NOT NULL CHECK (source IN ('keyed', 'import')),
  -- The request's number in the system it was imported from (Smartflex): the same file twice is one request.
  external_number  text CHECK (external_number IS NULL OR length(external_number) BETWEEN 1 AND 60),
  status           text NOT NULL CHECK (status IN ('keyed', 'observed', 'with_zonal', 'with_coc', 'assigned', 'annulled')),
  -- The area that first saw an error or omission (its path of the seed): network 2–5, coc 6–13, technician 14–18.
  detected_by      text CHECK (detected_by IN ('network', 'coc', 'technician')),
  -- When it became probable of annulment (the indicator's denominator) and the zonal routing of it.
  probable_at      timestamptz,
  work_order_id    uuid,
  annulled_at      timestamptz,
  annulled_by      uuid,
  annulment_step   text,
  annulment_reason text,
  assigned_at      timestamptz,
  -- Step 19.2: a re-entry is a new request linked to the annulled one, keyed within the window (late is kept, flagged).
  reentry_of       uuid,
  reentry_late     boolean,
  reentry_deadline_id uuid,
  created_by       uuid,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  UNIQUE (tenant_id, external_number),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id),
  FOREIGN KEY (tenant_id, reentry_of) REFERENCES service_requests (tenant_id, id),
  CHECK ((status = 'annulled') = (annulled_at IS NOT NULL)),
  CHECK (status NOT IN ('observed', 'with_zonal', 'with_coc') OR probable_at IS NOT NULL)
);
-- One re-entry per annulled request.
CREATE UNIQUE INDEX service_requests_reentry_key ON service_requests (tenant_id, reentry_of) WHERE reentry_of IS NOT NULL;
CREATE INDEX service_requests_probable_idx ON service_requests (tenant_id, probable_at) WHERE probable_at IS NOT NULL;
CREATE INDEX service_requests_status_idx ON service_requests (tenant_id, status);
-- The board's probable annulments still undecided, oldest first.
CREATE INDEX service_requests_undecided_idx ON service_requests (tenant_id, probable_at, number)
  WHERE status IN ('observed', 'with_zonal', 'with_coc');
CREATE TRIGGER tenant_number BEFORE INSERT ON service_requests FOR EACH ROW EXECUTE FUNCTION next_tenant_number('service_requests');

CREATE TABLE engineering_tickets (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  number           bigint NOT NULL,
  request_id       uuid,
  -- correction (3, 7), reentry (9.1), report (15–18), coordination (10), impediment (20.2)
  kind             text NOT NULL CHECK (kind IN ('correction', 'reentry', 'report', 'coordination', 'impediment')),
  area             text NOT NULL CHECK (area IN ('network', 'coc', 'technician', 'zonal', 'zoning')),
  seed_step        text NOT NULL,
  -- The team it is routed to: platform monitors, sales team leader, advisor, network dept, coc, zonal center.
  team             text NOT NULL CHECK (team IN ('platform_monitors', 'sales_team_leader', 'advisor', 'network_dept', 'coc', 'zonal')),
  observation      text NOT NULL CHECK (length(observation) BETWEEN 1 AND 4000),
  data_requested   text[] NOT NULL DEFAULT '{}',
  -- The request's number, seller and advisor as the ticket carries them (3.1), and its zone for the board.
  request_number   bigint,
  seller_name      text,
  advisor_name     text,
  zone             text,
  details          jsonb NOT NULL DEFAULT '{}',
  status           text NOT NULL CHECK (status IN ('open', 'attended', 'closed')),
  deadline_id      uuid NOT NULL,
  attended_at      timestamptz,
  attended_by      uuid,
  attended_role    text,
  resolution       text,
  opened_by        uuid,
  opened_role      text NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, request_id) REFERENCES service_requests (tenant_id, id),
  FOREIGN KEY (tenant_id, deadline_id) REFERENCES deadlines (tenant_id, id),
  CHECK ((status = 'attended') = (attended_at IS NOT NULL AND resolution IS NOT NULL))
);
CREATE INDEX engineering_tickets_open_idx ON engineering_tickets (tenant_id, created_at, id) WHERE status = 'open';
CREATE INDEX engineering_tickets_request_idx ON engineering_tickets (tenant_id, request_id);
-- The board walks the open deadlines by due instant (deadlines_open_idx) and finds their open ticket here.
CREATE INDEX engineering_tickets_open_deadline_idx ON engineering_tickets (tenant_id, deadline_id) WHERE status = 'open';
CREATE TRIGGER tenant_number BEFORE INSERT ON engineering_tickets FOR EACH ROW EXECUTE FUNCTION next_tenant_number('engineering_tickets');

-- Step 3.3: zones, landmarks and streets the network department learns, kept for the map layer (QGis).
CREATE TABLE zone_references (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  kind         text NOT NULL CHECK (kind IN ('zone', 'landmark', 'street', 'box')),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  zone         text,
  latitude     double precision CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude    double precision CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  request_id   uuid,
  recorded_by  uuid,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES service_requests (tenant_id, id),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);

-- Step 20: the zoning form of an executed order and its correction keyed in the billing system.
CREATE TABLE zoning_forms (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  request_id       uuid NOT NULL,
  work_order_id    uuid NOT NULL,
  month            text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  corrected_zone   text NOT NULL CHECK (length(corrected_zone) BETWEEN 1 AND 80),
  corrected_address text NOT NULL CHECK (length(corrected_address) BETWEEN 1 AND 300),
  corrected_box    text,
  status           text NOT NULL CHECK (status IN ('received', 'corrected')),
  corrected_at     timestamptz,
  received_by      uuid,
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, request_id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES service_requests (tenant_id, id),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id)
);
CREATE INDEX zoning_forms_month_idx ON zoning_forms (tenant_id, month);

-- Step 21: each month's spreadsheet to billing, one row per version sent (the file itself is kept).
CREATE TABLE zoning_billing_reports (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  month        text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  version      int NOT NULL CHECK (version >= 1),
  row_count    int NOT NULL CHECK (row_count >= 0),
  file         bytea NOT NULL,
  sha256       text NOT NULL,
  outbound_id  uuid,
  sent_by      uuid,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, month, version)
);

-- The month's send-to-billing deadline (last business day), one per month with zoning cases.
CREATE TABLE zoning_billing_months (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  month        text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  deadline_id  uuid NOT NULL,
  PRIMARY KEY (tenant_id, month),
  FOREIGN KEY (tenant_id, deadline_id) REFERENCES deadlines (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['service_requests', 'engineering_tickets', 'zone_references', 'zoning_forms',
                               'zoning_billing_reports', 'zoning_billing_months'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
