-- Outbound premium care (seed 002): outbound campaigns and their contact lists ("bases") by type, the
-- contact-policy evidence (every contact and every blocked attempt, across campaigns and channels), the
-- suppression lists (RNE of the CRC, the tenant's do-not-call list), the dialer's hopper, its calls and
-- the agents' states.

CREATE TABLE outbound_campaigns (
  tenant_id            uuid NOT NULL REFERENCES tenants (id),
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  code                 text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,60}$'),
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  -- The contact_policy catalog scope (preset) its attempts are checked against: co, ec, bo, or the operator's own.
  policy_scope         text NOT NULL,
  pacing_mode          text NOT NULL DEFAULT 'predictive' CHECK (pacing_mode IN ('preview', 'progressive', 'predictive')),
  dial_level           numeric(6, 3) NOT NULL DEFAULT 1.0 CHECK (dial_level >= 1.0),
  dial_level_at        timestamptz,
  is_active            boolean NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);

-- One customer once per campaign, whatever lists name them: a second list merges into the first record.
CREATE TABLE contact_records (
  tenant_id          uuid NOT NULL REFERENCES tenants (id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id        uuid NOT NULL,
  customer_id        uuid NOT NULL,
  list_type          text NOT NULL,
  -- The list's reason for this customer ("what the list says").
  reason             text NOT NULL DEFAULT '',
  offers             jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(offers) = 'array'),
  authorised_channels text[] NOT NULL DEFAULT '{call}',
  -- 1 is dialled first.
  priority           int NOT NULL DEFAULT 5 CHECK (priority BETWEEN 1 AND 99),
  valid_from         date,
  valid_until        date,
  status             text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'dialing', 'in_call', 'closed', 'follow_up', 'exhausted')),
  attempts           int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_attempt_at    timestamptz,
  next_attempt_at    timestamptz,
  last_outcome       text,
  -- Closure (step 9): closed (SAC) or follow-up with a callback date that comes back to the same advisor.
  closure            text CHECK (closure IN ('closed', 'follow_up')),
  callback_at        timestamptz,
  callback_user_id   uuid,
  disposition        jsonb,
  import_id          uuid,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, campaign_id, customer_id),
  FOREIGN KEY (tenant_id, campaign_id) REFERENCES outbound_campaigns (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, callback_user_id) REFERENCES users (tenant_id, id),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
  CHECK (closure IS DISTINCT FROM 'follow_up' OR callback_at IS NOT NULL)
);
CREATE INDEX contact_records_dialable_idx ON contact_records (tenant_id, campaign_id, status, priority, next_attempt_at NULLS FIRST);

CREATE TABLE contact_phones (
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  record_id   uuid NOT NULL,
  phone       text NOT NULL CHECK (phone ~ '^\+?[0-9]{3,20}$'),
  -- A reference (a relative, a neighbour) is never dialled (Ley 2300): kept only as what the list said.
  kind        text NOT NULL DEFAULT 'customer' CHECK (kind IN ('customer', 'reference')),
  position    int NOT NULL CHECK (position >= 1),
  PRIMARY KEY (tenant_id, record_id, phone),
  FOREIGN KEY (tenant_id, record_id) REFERENCES contact_records (tenant_id, id)
);
CREATE INDEX contact_phones_phone_idx ON contact_phones (tenant_id, phone);

-- Every contact attempt and contact of a customer, whatever campaign or channel: what the policy counts.
CREATE TABLE contact_log (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  customer_id     uuid NOT NULL,
  campaign_id     uuid,
  record_id       uuid,
  phone           text,
  channel         text NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'whatsapp', 'app')),
  attempted_at    timestamptz NOT NULL,
  outcome         text NOT NULL,
  -- A live person reached: what "one contact a day" and "no second channel that week" count.
  direct_contact  boolean NOT NULL,
  dropped         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
);
CREATE INDEX contact_log_customer_idx ON contact_log (tenant_id, customer_id, attempted_at DESC);
CREATE INDEX contact_log_phone_idx ON contact_log (tenant_id, phone, attempted_at DESC);

-- Every attempt the contact policy refused, with the rule that refused it (the supervisor's audit).
CREATE TABLE contact_policy_blocks (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  blocked_at      timestamptz NOT NULL,
  campaign_id     uuid,
  record_id       uuid,
  customer_id     uuid,
  phone           text,
  channel         text NOT NULL,
  rule            text NOT NULL,
  message         text NOT NULL,
  policy_scope    text NOT NULL,
  policy_version  int NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX contact_policy_blocks_campaign_idx ON contact_policy_blocks (tenant_id, campaign_id, blocked_at DESC);

-- Suppression lists: the CRC's Registro de Números Excluidos (with the date it was consulted) and the tenant's own.
CREATE TABLE suppressed_numbers (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  list          text NOT NULL CHECK (list IN ('rne', 'dnc')),
  phone         text NOT NULL CHECK (phone ~ '^\+?[0-9]{3,20}$'),
  channel       text NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'whatsapp', 'app', 'all')),
  consulted_on  date NOT NULL,
  import_id     uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, list, phone, channel)
);
CREATE INDEX suppressed_numbers_phone_idx ON suppressed_numbers (tenant_id, phone);

-- The hopper: records ready to dial, each once (its primary key), handed out with FOR UPDATE SKIP LOCKED.
CREATE TABLE dialer_hopper (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  record_id    uuid NOT NULL,
  campaign_id  uuid NOT NULL,
  priority     int NOT NULL,
  queued_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, record_id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES contact_records (tenant_id, id),
  FOREIGN KEY (tenant_id, campaign_id) REFERENCES outbound_campaigns (tenant_id, id)
);
CREATE INDEX dialer_hopper_next_idx ON dialer_hopper (tenant_id, campaign_id, priority, queued_at);

CREATE TABLE dialer_calls (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id   uuid NOT NULL,
  record_id     uuid NOT NULL,
  customer_id   uuid NOT NULL,
  phone         text NOT NULL,
  -- Which app instance dialled it: an instance that dies leaves its calls to be failed by another.
  instance      text NOT NULL,
  status        text NOT NULL DEFAULT 'dialing' CHECK (status IN ('dialing', 'ringing', 'answered', 'bridged', 'ended')),
  outcome       text CHECK (outcome IN ('completed', 'busy', 'no_answer', 'rejected', 'invalid', 'machine', 'dropped', 'failed')),
  agent_id      uuid,
  dialed_at     timestamptz NOT NULL,
  answered_at   timestamptz,
  bridged_at    timestamptz,
  ended_at      timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES contact_records (tenant_id, id),
  FOREIGN KEY (tenant_id, campaign_id) REFERENCES outbound_campaigns (tenant_id, id),
  FOREIGN KEY (tenant_id, agent_id) REFERENCES users (tenant_id, id),
  CHECK ((status = 'ended') = (outcome IS NOT NULL))
);
-- One live call per record, and one live call per agent: nothing is dialled or handed out twice.
CREATE UNIQUE INDEX dialer_calls_live_record_idx ON dialer_calls (tenant_id, record_id) WHERE status <> 'ended';
CREATE UNIQUE INDEX dialer_calls_live_agent_idx ON dialer_calls (tenant_id, agent_id) WHERE status <> 'ended' AND agent_id IS NOT NULL;
CREATE INDEX dialer_calls_campaign_idx ON dialer_calls (tenant_id, campaign_id, dialed_at DESC);

CREATE TABLE dialer_agents (
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  user_id        uuid NOT NULL,
  campaign_id    uuid NOT NULL,
  state          text NOT NULL CHECK (state IN ('ready', 'on_call', 'wrap_up', 'paused', 'offline')),
  pause_reason   text,
  state_since    timestamptz NOT NULL,
  call_id        uuid,
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, campaign_id) REFERENCES outbound_campaigns (tenant_id, id),
  CHECK ((state = 'paused') = (pause_reason IS NOT NULL)),
  CHECK ((state IN ('on_call', 'wrap_up')) = (call_id IS NOT NULL))
);
CREATE INDEX dialer_agents_ready_idx ON dialer_agents (tenant_id, campaign_id, state, state_since);

-- Time in each state, for the wallboard and workforce indicators.
CREATE TABLE dialer_agent_states (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  id           bigint GENERATED ALWAYS AS IDENTITY,
  user_id      uuid NOT NULL,
  campaign_id  uuid NOT NULL,
  state        text NOT NULL,
  pause_reason text,
  started_at   timestamptz NOT NULL,
  ended_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['outbound_campaigns', 'contact_records', 'contact_phones', 'contact_log',
                               'contact_policy_blocks', 'suppressed_numbers', 'dialer_hopper', 'dialer_calls',
                               'dialer_agents', 'dialer_agent_states'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;

-- Evidence: the application role may only add to it.
REVOKE UPDATE, DELETE, TRUNCATE ON contact_log, contact_policy_blocks, dialer_agent_states FROM fideliza_app;
