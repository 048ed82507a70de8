-- Dispositions (seed 003): cancellation complaints of a campaign as cases, each contact attempt, every
-- disposition ever set (state + motive + note), and the closing instructions for the billing system.
-- A campaign is a `dispositions` catalog scope (catalog_versions): its states, motives and policy.

-- An import may carry options of its kind (a complaints import: the campaign its cases join).
ALTER TABLE imports ADD COLUMN options jsonb NOT NULL DEFAULT '{}';

CREATE TABLE complaint_cases (
  tenant_id              uuid NOT NULL REFERENCES tenants (id),
  id                     uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign               text NOT NULL CHECK (campaign ~ '^[a-z0-9][a-z0-9_-]{0,60}$'),
  -- The complaint's number in the operator's billing system: the key of the queue.
  complaint_number       text NOT NULL CHECK (length(complaint_number) BETWEEN 1 AND 60),
  customer_id            uuid NOT NULL,
  product_id             uuid NOT NULL,
  reason                 text NOT NULL,
  received_at            timestamptz NOT NULL,
  status                 text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'finished')),
  -- 'campaign', or the queue a final state hands the case to ('level1' for NO CONTESTA DERIVADO A N1).
  queue                  text NOT NULL DEFAULT 'campaign',
  -- NULL: in the campaign's pool.
  assigned_to            uuid,
  assigned_at            timestamptz,
  attempts               int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  unanswered_attempts    int NOT NULL DEFAULT 0 CHECK (unanswered_attempts >= 0),
  last_attempt_at        timestamptz,
  -- The callback or next attempt of a pending case.
  next_contact_at        timestamptz,
  current_disposition_id uuid,
  state_code             text,
  motive_code            text,
  catalog_version        int,
  finished_at            timestamptz,
  -- Optimistic concurrency: every write checks the version the person saw and bumps it.
  version                int NOT NULL DEFAULT 1,
  created_by             uuid,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, complaint_number),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, assigned_to) REFERENCES users (tenant_id, id),
  CHECK ((status = 'finished') = (finished_at IS NOT NULL)),
  CHECK (unanswered_attempts <= attempts),
  CHECK ((assigned_to IS NULL) = (assigned_at IS NULL))
);
-- The pool: unassigned cases still to work, callbacks first.
CREATE INDEX complaint_cases_pool_idx ON complaint_cases (tenant_id, campaign, next_contact_at NULLS FIRST, received_at)
  WHERE assigned_to IS NULL AND status <> 'finished';
-- An advisor's open cases (a queue loaded into the pool adds nothing here).
CREATE INDEX complaint_cases_assigned_idx ON complaint_cases (tenant_id, assigned_to, next_contact_at)
  WHERE assigned_to IS NOT NULL AND status <> 'finished';
CREATE INDEX complaint_cases_campaign_idx ON complaint_cases (tenant_id, campaign, status, received_at);

CREATE TABLE contact_attempts (
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id        uuid NOT NULL,
  seq            int NOT NULL CHECK (seq >= 1),
  attempted_at   timestamptz NOT NULL,
  dialled_number text NOT NULL CHECK (length(dialled_number) BETWEEN 3 AND 30),
  result         text NOT NULL CHECK (result IN ('answered', 'no_answer', 'busy', 'wrong_number')),
  note           text CHECK (length(note) <= 500),
  recorded_by    uuid,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_id, seq),
  FOREIGN KEY (tenant_id, case_id) REFERENCES complaint_cases (tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES users (tenant_id, id)
);

-- Every disposition ever set on a case; a correction is a new row that supersedes the previous one.
CREATE TABLE case_dispositions (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id          uuid NOT NULL,
  seq              int NOT NULL CHECK (seq >= 1),
  kind             text NOT NULL CHECK (kind IN ('manual', 'automatic', 'correction')),
  supersedes_id    uuid,
  state_code       text NOT NULL,
  motive_code      text NOT NULL,
  is_final         boolean NOT NULL,
  catalog_version  int NOT NULL,
  -- The benefits matrix (scope, version) its benefit fields were read from, and the benefits granted.
  benefits_scope   text,
  benefits_version int,
  benefit_codes    text[] NOT NULL DEFAULT '{}',
  fields           jsonb NOT NULL DEFAULT '{}',
  generated_note   text NOT NULL,
  note             text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
  callback_at      timestamptz,
  decided_by       uuid,
  decided_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_id, seq),
  FOREIGN KEY (tenant_id, case_id) REFERENCES complaint_cases (tenant_id, id),
  FOREIGN KEY (tenant_id, supersedes_id) REFERENCES case_dispositions (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, id),
  CHECK ((kind = 'correction') = (supersedes_id IS NOT NULL)),
  CHECK (NOT is_final OR callback_at IS NULL)
);
CREATE INDEX case_dispositions_motive_idx ON case_dispositions (tenant_id, state_code, motive_code);

ALTER TABLE complaint_cases ADD FOREIGN KEY (tenant_id, current_disposition_id) REFERENCES case_dispositions (tenant_id, id);

-- What the billing system must do with a finished case's complaint: one live instruction per case.
CREATE TABLE closing_instructions (
  tenant_id           uuid NOT NULL REFERENCES tenants (id),
  id                  uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id             uuid NOT NULL,
  disposition_id      uuid NOT NULL,
  -- 1 for the first instruction of a case, 2 after a correction …: part of the outbox idempotency key.
  instruction_version int NOT NULL CHECK (instruction_version >= 1),
  campaign            text NOT NULL,
  complaint_number    text NOT NULL,
  action              text NOT NULL CHECK (action IN ('ATENDIDO', 'ANULADO')),
  due_at              timestamptz NOT NULL,
  deadline_id         uuid NOT NULL,
  note                text NOT NULL,
  status              text NOT NULL CHECK (status IN ('ready', 'queued', 'sent', 'failed', 'superseded')),
  outbound_message_id uuid,
  billing_reference   text,
  created_at          timestamptz NOT NULL,
  queued_at           timestamptz,
  queued_by           uuid,
  sent_at             timestamptz,
  failed_at           timestamptz,
  superseded_at       timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_id, instruction_version),
  FOREIGN KEY (tenant_id, case_id) REFERENCES complaint_cases (tenant_id, id),
  FOREIGN KEY (tenant_id, disposition_id) REFERENCES case_dispositions (tenant_id, id),
  FOREIGN KEY (tenant_id, deadline_id) REFERENCES deadlines (tenant_id, id),
  FOREIGN KEY (tenant_id, outbound_message_id) REFERENCES outbound_messages (tenant_id, id),
  CHECK (status NOT IN ('queued', 'sent', 'failed') OR (queued_at IS NOT NULL AND outbound_message_id IS NOT NULL)),
  CHECK (status <> 'sent' OR sent_at IS NOT NULL),
  CHECK (status <> 'superseded' OR superseded_at IS NOT NULL)
);
CREATE UNIQUE INDEX closing_instructions_live_idx ON closing_instructions (tenant_id, case_id) WHERE status <> 'superseded';
CREATE INDEX closing_instructions_status_idx ON closing_instructions (tenant_id, campaign, status, due_at);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['complaint_cases', 'contact_attempts', 'case_dispositions', 'closing_instructions'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;

-- Attempts and dispositions are history: the application role may only add to them.
REVOKE UPDATE, DELETE, TRUNCATE ON contact_attempts, case_dispositions FROM fideliza_app;
