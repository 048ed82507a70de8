-- Issue 13's sources of the operating model's indicators (seeds 002 and 004): the customers' surveys
-- (NPS and the advisor-satisfaction question), the workforce tool's rosters and attendance, hires and
-- leavers, the management practices the leaders hold (and the improvement ideas raised in them), and the
-- quality team's monitorings of recorded calls.

-- One answered survey from the operator's survey tool (imported or received by webhook); its id in that
-- tool is the key, so the same survey sent twice is one row.
CREATE TABLE surveys (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  external_id     text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 80),
  answered_at     timestamptz NOT NULL,
  agent_user_id   uuid NOT NULL,
  campaign        text CHECK (length(campaign) BETWEEN 1 AND 80),
  -- «¿Qué tan probable es que nos recomiende?» 0–10, and «Índice de satisfacción del asesor» 0–10.
  nps_score       smallint NOT NULL CHECK (nps_score BETWEEN 0 AND 10),
  advisor_score   smallint CHECK (advisor_score BETWEEN 0 AND 10),
  comment         text CHECK (length(comment) <= 2000),
  source          text NOT NULL CHECK (source IN ('import', 'webhook')),
  received_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, external_id),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX surveys_answered_idx ON surveys (tenant_id, answered_at);

-- A scheduled shift of one agent on one day and whether the agent came (the roster of the workforce tool).
CREATE TABLE roster_shifts (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  agent_user_id   uuid NOT NULL,
  shift_date      date NOT NULL,
  starts_at       time NOT NULL,
  ends_at         time NOT NULL,
  attendance      text NOT NULL DEFAULT 'scheduled' CHECK (attendance IN ('scheduled', 'present', 'absent')),
  absence_reason  text CHECK (length(absence_reason) <= 200),
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, agent_user_id, shift_date),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id),
  CHECK (absence_reason IS NULL OR attendance = 'absent')
);
CREATE INDEX roster_shifts_date_idx ON roster_shifts (tenant_id, shift_date);

-- When an agent joined the operation and, once gone, when and why they left (hires and leavers).
CREATE TABLE agent_employment (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  agent_user_id   uuid NOT NULL,
  hired_on        date NOT NULL,
  left_on         date,
  leaving_reason  text CHECK (length(leaving_reason) <= 200),
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, agent_user_id),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id),
  CHECK (left_on IS NULL OR left_on >= hired_on),
  CHECK (leaving_reason IS NULL OR left_on IS NOT NULL)
);

-- A management practice a leader held (daily dialogue, process confirmation …), by its catalog code.
CREATE TABLE practice_sessions (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  practice_code   text NOT NULL CHECK (practice_code ~ '^[a-z][a-z0-9_]{0,40}$'),
  catalog_version int NOT NULL,
  leader_user_id  uuid NOT NULL,
  team_id         uuid,
  held_at         timestamptz NOT NULL,
  notes           text CHECK (length(notes) <= 4000),
  recorded_by     uuid NOT NULL,
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, leader_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, recorded_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id)
);
CREATE INDEX practice_sessions_leader_idx ON practice_sessions (tenant_id, leader_user_id, held_at);

-- An idea raised in a continuous-improvement meeting, and where it stands.
CREATE TABLE improvement_ideas (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id      uuid NOT NULL,
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'in_progress', 'done', 'discarded')),
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, session_id) REFERENCES practice_sessions (tenant_id, id)
);

-- A monitor's scoring of one recorded call with a scorecard of the catalog, and the advisor's acknowledgement.
CREATE TABLE quality_monitorings (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  call_id          uuid NOT NULL,
  agent_user_id    uuid NOT NULL,
  scorecard_code   text NOT NULL,
  catalog_version  int NOT NULL,
  -- Every checkpoint's verdict: {"<checkpoint code>": true | false}.
  answers          jsonb NOT NULL,
  score            numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
  critical_failed  boolean NOT NULL,
  comment          text CHECK (length(comment) <= 4000),
  monitored_by     uuid NOT NULL,
  monitored_at     timestamptz NOT NULL,
  acknowledged_at  timestamptz,
  advisor_comment  text CHECK (length(advisor_comment) <= 2000),
  PRIMARY KEY (tenant_id, id),
  -- One scorecard's monitoring per call.
  UNIQUE (tenant_id, call_id, scorecard_code),
  FOREIGN KEY (tenant_id, call_id) REFERENCES dialer_calls (tenant_id, id),
  FOREIGN KEY (tenant_id, agent_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, monitored_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX quality_monitorings_agent_idx ON quality_monitorings (tenant_id, agent_user_id, monitored_at DESC);
CREATE INDEX quality_monitorings_date_idx ON quality_monitorings (tenant_id, monitored_at);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['surveys', 'roster_shifts', 'agent_employment', 'practice_sessions', 'improvement_ideas',
                               'quality_monitorings'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
