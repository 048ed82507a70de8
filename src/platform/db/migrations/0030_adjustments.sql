-- The billing-adjustments cell (seed 004): the operator's adjustment base per billing cut
-- ("ajustes_<fecha de corte>"), each row's validation, the back office's answers, the contacts with the
-- customer, and the weekly feedback to the front-office agents with the most rejections.

CREATE TABLE adjustment_rows (
  tenant_id          uuid NOT NULL REFERENCES tenants (id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The billing cut (fecha de corte) and the filing number of the escalation: the row's key in the base.
  cut_date           date NOT NULL,
  filing_number      text NOT NULL CHECK (length(filing_number) BETWEEN 1 AND 60),
  customer_id        uuid NOT NULL,
  cause_code         text NOT NULL CHECK (cause_code ~ '^[A-Z]$'),
  -- What the base says, as the operator wrote it (a later file of the same cut may change it).
  base_status        text,
  base_decision      text,
  radicado           text,
  agent_user_id      uuid NOT NULL,
  requested_amount   numeric(14, 2) NOT NULL,
  applied_amount     numeric(14, 2),
  evidence           text[] NOT NULL DEFAULT '{}',
  note               text,
  -- The cell's work on the row.
  status             text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'escalated_pqr', 'sent_to_backoffice',
                       'rejected', 'rejected_rightly', 'approved', 'informed', 'appealed')),
  decision           text CHECK (decision IN ('approved', 'rejected')),
  rejection_reason   text,
  -- The back office's approval: its radicado and value (the base's own columns stay the base's).
  approved_radicado  text,
  approved_amount    numeric(14, 2),
  missing_evidence   text[] NOT NULL DEFAULT '{}',
  -- Rejections the cell confirmed as right (the agent's error), and re-escalations of wrong ones.
  rightly_rejected   boolean NOT NULL DEFAULT false,
  reescalations      int NOT NULL DEFAULT 0 CHECK (reescalations >= 0),
  pqr_id             text,
  pqr_cun            text,
  appeal_pqr_id      text,
  appeal_type        text CHECK (appeal_type IN ('reposicion', 'subsidio_apelacion')),
  outcome            text CHECK (outcome IN ('informed', 'voicemail', 'appealed', 'escalated_pqr')),
  catalog_version    int,
  validated_by       uuid,
  validated_at       timestamptz,
  decided_at         timestamptz,
  rejected_at        timestamptz,
  closed_at          timestamptz,
  credit_message_id  uuid,
  version            int NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, cut_date, filing_number),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, validated_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX adjustment_rows_cut_idx ON adjustment_rows (tenant_id, cut_date, status, cause_code);
CREATE INDEX adjustment_rows_agent_idx ON adjustment_rows (tenant_id, agent_user_id, cut_date);

-- Every answer of the adjustments back office, and the cell's review of a rejection (rightly or wrongly).
CREATE TABLE adjustment_answers (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  row_id          uuid NOT NULL,
  seq             int NOT NULL CHECK (seq >= 1),
  decision        text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reason          text,
  radicado        text,
  applied_amount  numeric(14, 2),
  answered_by     uuid,
  answered_at     timestamptz NOT NULL,
  review          text CHECK (review IN ('rightly', 'wrongly')),
  review_note     text,
  reviewed_by     uuid,
  reviewed_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, row_id, seq),
  FOREIGN KEY (tenant_id, row_id) REFERENCES adjustment_rows (tenant_id, id),
  CHECK ((review IS NULL) = (reviewed_at IS NULL))
);

-- Every attempt to reach the customer about the decision, and the voicemails left.
CREATE TABLE adjustment_contacts (
  tenant_id         uuid NOT NULL REFERENCES tenants (id),
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  row_id            uuid NOT NULL,
  seq               int NOT NULL CHECK (seq >= 1),
  attempted_at      timestamptz NOT NULL,
  dialled_number    text,
  result            text NOT NULL CHECK (result IN ('answered', 'no_answer', 'busy', 'wrong_number')),
  customer_accepts  boolean,
  voicemail_message text,
  voicemail_reference text,
  note              text CHECK (length(note) <= 1000),
  recorded_by       uuid,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, row_id, seq),
  FOREIGN KEY (tenant_id, row_id) REFERENCES adjustment_rows (tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES users (tenant_id, id)
);

-- The weekly top 5 of front-office agents by rejections, and what each signed.
CREATE TABLE adjustment_feedback (
  tenant_id          uuid NOT NULL REFERENCES tenants (id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  week_start         date NOT NULL,
  agent_user_id      uuid NOT NULL,
  rank               int NOT NULL CHECK (rank BETWEEN 1 AND 5),
  rejections         int NOT NULL CHECK (rejections >= 1),
  top_causes         text[] NOT NULL,
  commitment         text CHECK (length(commitment) <= 4000),
  commitment_signed_at timestamptz,
  acknowledged_at    timestamptz,
  created_by         uuid,
  created_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, week_start, agent_user_id),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id),
  CHECK ((commitment IS NULL) = (commitment_signed_at IS NULL))
);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['adjustment_rows', 'adjustment_answers', 'adjustment_contacts', 'adjustment_feedback'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;

REVOKE UPDATE, DELETE, TRUNCATE ON adjustment_contacts FROM fideliza_app;
