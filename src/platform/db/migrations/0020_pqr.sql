-- PQR (petición, queja, recurso) with CUN and legal clocks (issue 11; seeds 002 step 5 and 004).
--
-- pqr_cun_ranges   the CUN range the authority (SIC in Colombia) assigned to the operator, one per tenant,
--                  with the pattern every CUN must match; `next_number` is the counter the database
--                  advances (UPDATE … RETURNING under the row lock), so two advisors never get one CUN.
-- pqrs             one PQR: type, customer and service, what is asked, amounts in dispute, channels,
--                  the advisor who filed it, its CUN (immutable), its clock (dates on the legal calendar)
--                  and where it stands.
-- pqr_appeals      the recurso de reposición (and, in subsidio, apelación) filed against the answer:
--                  the operator's decision, the forwarding of the whole file to the authority, and the
--                  authority's decision. One per PQR; it keeps the PQR's CUN.
-- pqr_files        evidence, notification proofs and the file sent to the authority, stored in the
--                  database (see src/modules/pqr/README.md): size and type checked before insert.

CREATE TABLE pqr_cun_ranges (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  -- Fixed leading part of every CUN (operator code assigned by the authority), may be empty.
  prefix        text NOT NULL DEFAULT '' CHECK (prefix ~ '^[0-9A-Za-z-]{0,20}$'),
  first_number  bigint NOT NULL CHECK (first_number >= 0),
  last_number   bigint NOT NULL,
  -- The next number to issue; last_number + 1 when the range is exhausted.
  next_number   bigint NOT NULL,
  -- Digits of the numeric part (zero-padded).
  width         int NOT NULL CHECK (width BETWEEN 1 AND 18),
  -- The regular expression every CUN of this tenant must match (whole string).
  pattern       text NOT NULL CHECK (length(pattern) BETWEEN 1 AND 200),
  -- Where the range comes from (the authority's assignment), for the record.
  basis         text NOT NULL DEFAULT '',
  updated_by    uuid,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id),
  CONSTRAINT pqr_cun_ranges_order CHECK (first_number <= last_number),
  CONSTRAINT pqr_cun_ranges_next CHECK (next_number BETWEEN first_number AND last_number + 1)
);

CREATE TABLE pqrs (
  tenant_id          uuid NOT NULL REFERENCES tenants (id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  -- A short readable number per tenant (PQR-000123), from tenant_counters.
  number             bigint NOT NULL,
  cun                text NOT NULL,
  -- Whether the CUN was issued here from the range, or given (issued by the operator's own system).
  cun_source         text NOT NULL CHECK (cun_source IN ('issued', 'given')),
  type               text NOT NULL CHECK (type IN ('petition', 'complaint', 'appeal')),
  customer_id        uuid NOT NULL,
  product_id         uuid,
  subject            text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  description        text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  amount_in_dispute  numeric(14, 2) CHECK (amount_in_dispute >= 0),
  filing_channel     text NOT NULL CHECK (filing_channel ~ '^[a-z_]{1,30}$'),
  response_channel   text NOT NULL CHECK (response_channel ~ '^[a-z_]{1,30}$'),
  -- For email / phone / postal answers: where to send it.
  response_address   text NOT NULL DEFAULT '' CHECK (length(response_address) <= 300),
  -- Who opened it from where: 'advisor' (desktop), 'adjustments' (the cell), 'pqr_area', 'import'.
  origin             text NOT NULL DEFAULT 'advisor' CHECK (origin ~ '^[a-z_]{1,30}$'),
  -- The caller's own reference (e.g. the adjustment row that escalated it).
  origin_reference   text,
  filed_by           uuid,
  filed_at           timestamptz NOT NULL,
  -- The clock: the legal catalog it runs on (scope = country, version) and its dates (tenant's local dates).
  clock_scope        text NOT NULL,
  clock_version      int NOT NULL,
  received_on        date NOT NULL,
  due_on             date NOT NULL,
  at_risk_on         date NOT NULL,
  status             text NOT NULL CHECK (status IN (
                       'filed', 'answered', 'closed', 'appeal_filed', 'reconsideration_decided',
                       'with_authority', 'authority_decided', 'silence', 'silence_granted', 'desisted')),
  at_risk_alerted_at timestamptz,
  -- The answer and its notification (proof in pqr_files, kind notification_proof).
  answer_outcome     text CHECK (answer_outcome IN ('granted', 'partially_granted', 'denied')),
  answer_text        text,
  answered_by        uuid,
  answered_at        timestamptz,
  notified_at        timestamptz,
  notification_channel text,
  appeal_window_ends_on date,
  -- Positive administrative silence: when it was flagged, and the "grant what was asked" task (a deadline).
  silence_at         timestamptz,
  silence_stage      text CHECK (silence_stage IN ('answer', 'reconsideration')),
  grant_deadline_id  uuid,
  granted_at         timestamptz,
  granted_by         uuid,
  grant_note         text,
  -- The customer desisted: who recorded it, when, and what the customer said.
  desisted_at        timestamptz,
  desisted_by        uuid,
  desist_note        text,
  version            int NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT pqrs_cun_key UNIQUE (tenant_id, cun),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  FOREIGN KEY (tenant_id, filed_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, answered_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, granted_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, desisted_by) REFERENCES users (tenant_id, id),
  CHECK (at_risk_on <= due_on AND received_on <= due_on),
  CHECK ((answered_at IS NULL) = (answer_outcome IS NULL)),
  CHECK (status <> 'desisted' OR desisted_at IS NOT NULL),
  CHECK (status NOT IN ('silence', 'silence_granted') OR silence_at IS NOT NULL)
);
CREATE UNIQUE INDEX pqrs_number_key ON pqrs (tenant_id, number);
CREATE INDEX pqrs_customer_idx ON pqrs (tenant_id, customer_id, filed_at DESC);
CREATE INDEX pqrs_worklist_idx ON pqrs (tenant_id, due_on, number) WHERE status IN ('filed', 'appeal_filed', 'silence', 'reconsideration_decided');
CREATE INDEX pqrs_origin_idx ON pqrs (tenant_id, origin, origin_reference) WHERE origin_reference IS NOT NULL;
CREATE TRIGGER tenant_number BEFORE INSERT ON pqrs FOR EACH ROW EXECUTE FUNCTION next_tenant_number('pqrs');

-- The CUN never changes once issued (it accompanies the PQR through every appeal, up to the authority).
CREATE FUNCTION pqrs_cun_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.cun IS DISTINCT FROM OLD.cun THEN
    RAISE EXCEPTION 'El CUN de una PQR no se puede cambiar' USING ERRCODE = '23514', CONSTRAINT = 'pqrs_cun_immutable';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER pqrs_cun_immutable BEFORE UPDATE ON pqrs FOR EACH ROW EXECUTE FUNCTION pqrs_cun_immutable();

CREATE TABLE pqr_appeals (
  tenant_id          uuid NOT NULL,
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  pqr_id             uuid NOT NULL,
  -- reconsideration: recurso de reposición only; with_subsidiary: reposición y en subsidio apelación.
  kind               text NOT NULL CHECK (kind IN ('reconsideration', 'with_subsidiary')),
  grounds            text NOT NULL CHECK (length(grounds) BETWEEN 1 AND 10000),
  filing_channel     text NOT NULL CHECK (filing_channel ~ '^[a-z_]{1,30}$'),
  origin             text NOT NULL DEFAULT 'advisor' CHECK (origin ~ '^[a-z_]{1,30}$'),
  origin_reference   text,
  filed_by           uuid,
  filed_at           timestamptz NOT NULL,
  received_on        date NOT NULL,
  due_on             date NOT NULL,
  at_risk_on         date NOT NULL,
  -- The operator's decision on the reposición.
  decision           text CHECK (decision IN ('reversed', 'partially_reversed', 'upheld')),
  decision_text      text,
  decided_by         uuid,
  decided_at         timestamptz,
  -- The subsidiary appeal forwarded with the whole file to the authority, and the authority's decision.
  authority          text,
  forwarded_by       uuid,
  forwarded_at       timestamptz,
  authority_reference text,
  authority_decision text CHECK (authority_decision IN ('confirmed', 'revoked', 'modified')),
  authority_decision_text text,
  authority_decided_on date,
  authority_recorded_by uuid,
  authority_recorded_at timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT pqr_appeals_one_per_pqr UNIQUE (tenant_id, pqr_id),
  FOREIGN KEY (tenant_id, pqr_id) REFERENCES pqrs (tenant_id, id),
  FOREIGN KEY (tenant_id, filed_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, forwarded_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, authority_recorded_by) REFERENCES users (tenant_id, id),
  CHECK ((decided_at IS NULL) = (decision IS NULL)),
  CHECK (forwarded_at IS NULL OR (decided_at IS NOT NULL AND kind = 'with_subsidiary')),
  CHECK (authority_decision IS NULL OR forwarded_at IS NOT NULL)
);

CREATE TABLE pqr_files (
  tenant_id    uuid NOT NULL,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  pqr_id       uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('evidence', 'notification_proof', 'answer', 'appeal_evidence', 'authority_decision')),
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type   text NOT NULL CHECK (length(media_type) BETWEEN 3 AND 100),
  size_bytes   int NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL,
  uploaded_by  uuid,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, pqr_id) REFERENCES pqrs (tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES users (tenant_id, id),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX pqr_files_pqr_idx ON pqr_files (tenant_id, pqr_id, uploaded_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['pqr_cun_ranges', 'pqrs', 'pqr_appeals', 'pqr_files']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
-- A PQR is a legal record: never deleted. Files are evidence: never rewritten.
REVOKE DELETE, TRUNCATE ON pqrs, pqr_appeals, pqr_files FROM fideliza_app;
REVOKE UPDATE ON pqr_files FROM fideliza_app;
