-- Retention of customers who ask to cancel (seed 000): retention cases and the offers given on them,
-- work orders (the Xpress engineering service; reusable by the work-order procedures of later seeds),
-- follow-up tasks that become due for a team (quality control, repeated-damage check, promotion ending),
-- and commercial management's monthly evaluation (step 15).

-- ---------------------------------------------------------------- retention cases

CREATE TABLE retention_cases (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  -- A short, readable number per installation: RET-000123.
  number           bigint GENERATED ALWAYS AS IDENTITY,
  customer_id      uuid NOT NULL,
  -- The product the customer complains about (the repeated-damage product in branch A).
  product_id       uuid,
  opened_by        uuid,
  -- The opening advisor's team, for the indicator by team (NULL: no team).
  team_id          uuid,
  state            text NOT NULL CHECK (state ~ '^[a-z_]{1,40}$'),
  branch           text CHECK (branch IN ('repeated_damage', 'request_analysis')),
  -- Step 11: what the customer asks for in branch B.
  request_kind     text CHECK (request_kind IN ('compensation', 'better_offer')),
  -- What step 1 and 2 saw: VIP and why, flags, the claims that made the repeated damage.
  facts            jsonb NOT NULL DEFAULT '{}',
  -- The catalog versions the case is decided with: {"retention_offers": 3, "retention_settings": 1, …}.
  catalog_versions jsonb NOT NULL DEFAULT '{}',
  outcome          text CHECK (outcome IN ('retained', 'cancelled')),
  cancellation_reason text,
  outcome_note     text,
  version          int NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  closed_at        timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, opened_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id),
  CHECK ((outcome IS NULL) = (closed_at IS NULL)),
  CHECK (outcome IS DISTINCT FROM 'cancelled' OR cancellation_reason IS NOT NULL)
);
-- One open case per customer: a second advisor opening the same customer's case gets the first one.
CREATE UNIQUE INDEX retention_cases_one_open ON retention_cases (tenant_id, customer_id) WHERE closed_at IS NULL;
CREATE INDEX retention_cases_customer_idx ON retention_cases (tenant_id, customer_id, created_at DESC);
CREATE INDEX retention_cases_closed_idx ON retention_cases (tenant_id, closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE retention_offers (
  tenant_id       uuid NOT NULL,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL,
  -- The offer's code in the retention_offers catalog, and its type there.
  offer_code      text NOT NULL,
  offer_type      text NOT NULL CHECK (offer_type IN ('bill_waiver', 'compensation', 'promotion')),
  product_id      uuid,
  -- Steps 3 / 12: offered and accepted; steps 4 / 13 / 14: filed with the outside system.
  status          text NOT NULL CHECK (status IN ('accepted', 'filed', 'active', 'ended')),
  billing_concept text,
  amount          numeric(14, 2),
  starts_at       timestamptz,
  ends_at         timestamptz,
  ended_at        timestamptz,
  outbound_message_id uuid,
  external_reference  text,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  -- The same offer submitted twice on a case is one offer (and one billing claim).
  UNIQUE (tenant_id, case_id, offer_code),
  FOREIGN KEY (tenant_id, case_id) REFERENCES retention_cases (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, outbound_message_id) REFERENCES outbound_messages (tenant_id, id),
  CHECK (offer_type <> 'promotion' OR status IN ('accepted', 'active', 'ended')),
  CHECK (status <> 'active' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at)),
  CHECK (status <> 'ended' OR ended_at IS NOT NULL)
);
CREATE INDEX retention_offers_outbound_idx ON retention_offers (tenant_id, outbound_message_id);

-- Step 15: what commercial management decided about a month's results.
CREATE TABLE retention_evaluations (
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  month       date NOT NULL CHECK (extract(day FROM month) = 1),
  decision    text NOT NULL CHECK (decision IN ('feedback', 'reformulate')),
  notes       text NOT NULL CHECK (length(notes) BETWEEN 1 AND 4000),
  -- The indicator as it stood when the decision was taken.
  snapshot    jsonb NOT NULL,
  created_by  uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX retention_evaluations_month_idx ON retention_evaluations (tenant_id, month DESC, created_at DESC);

-- ---------------------------------------------------------------- work orders

CREATE TABLE work_orders (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  number           bigint GENERATED ALWAYS AS IDENTITY,
  order_type       text NOT NULL CHECK (order_type IN ('engineering_service', 'damage', 'installation', 'transfer', 'migration')),
  customer_id      uuid NOT NULL,
  product_id       uuid NOT NULL,
  -- The activity of the work_order_activities catalog (40530 PEX/Adecuación por Retención …).
  activity_code    text NOT NULL,
  activity_name    text NOT NULL,
  catalog_version  int NOT NULL,
  payment_method   text NOT NULL CHECK (payment_method IN ('credit', 'cash', 'bill')),
  value            numeric(14, 2) NOT NULL CHECK (value >= 0),
  observation      text NOT NULL CHECK (length(observation) BETWEEN 1 AND 2000),
  -- What created it: a retention case, a service request … (module's subject type and id).
  origin_type      text NOT NULL CHECK (origin_type ~ '^[a-z_]{1,40}$'),
  origin_id        uuid NOT NULL,
  status           text NOT NULL CHECK (status IN ('open', 'printed', 'closed', 'cancelled')),
  deadline_id      uuid,
  due_at           timestamptz NOT NULL,
  printed_at       timestamptz,
  printed_by       uuid,
  -- Steps 7–8: the checklist tasks done, the result, and the customer's signature.
  tasks_done       text[] NOT NULL DEFAULT '{}',
  result           text,
  signature        text CHECK (signature IS NULL OR signature ~ '^data:image/png;base64,[A-Za-z0-9+/=]+$'),
  signed_by_name   text,
  closed_at        timestamptz,
  closed_by        uuid,
  external_reference text,
  created_by       uuid,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  -- One order per activity and origin: asking twice for the Xpress order of a case is one order.
  UNIQUE (tenant_id, origin_type, origin_id, activity_code),
  CHECK (status <> 'printed' OR printed_at IS NOT NULL),
  -- An order cannot close without the customer's signature, its result and at least one task.
  CHECK (status <> 'closed' OR (closed_at IS NOT NULL AND signature IS NOT NULL AND signed_by_name IS NOT NULL
                                AND result IS NOT NULL AND cardinality(tasks_done) > 0))
);
CREATE INDEX work_orders_status_idx ON work_orders (tenant_id, status, due_at);
CREATE INDEX work_orders_customer_idx ON work_orders (tenant_id, customer_id, created_at DESC);

-- ---------------------------------------------------------------- follow-ups

CREATE TABLE follow_ups (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  kind         text NOT NULL CHECK (kind IN ('quality_control', 'repeated_damage_check', 'promotion_ending')),
  -- The team that works it, by role code (catalogs/roles.json).
  role         text NOT NULL,
  subject_type text NOT NULL CHECK (subject_type ~ '^[a-z_]{1,40}$'),
  subject_id   uuid NOT NULL,
  customer_id  uuid NOT NULL,
  product_id   uuid,
  case_id      uuid,
  -- From when it is worked (and shows in the team's worklist as due).
  due_at       timestamptz NOT NULL,
  -- The instant the facts are measured from (the service, the promotion's start).
  since        timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'done')),
  outcome      jsonb,
  done_at      timestamptz,
  done_by      uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, subject_type, subject_id, kind),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES retention_cases (tenant_id, id),
  CHECK ((status = 'done') = (done_at IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX follow_ups_worklist_idx ON follow_ups (tenant_id, role, due_at) WHERE status = 'pending';
CREATE INDEX follow_ups_customer_idx ON follow_ups (tenant_id, customer_id);

-- ---------------------------------------------------------------- row-level security

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['retention_cases', 'retention_offers', 'retention_evaluations', 'work_orders', 'follow_ups'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
