-- Durable timers (on graphile-worker's queue), deadlines, and the tenant's own calendar settings.

-- ---------------------------------------------------------------- durable timers

-- One row per timer firing whose effect committed. The effect and this row commit together, so a job
-- retried after a crash between that commit and the job's completion finds the row and does nothing.
-- A firing is a timer key at one scheduled instant: rescheduling the key to another instant is a new firing.
CREATE TABLE fired_timers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key       text NOT NULL,
  run_at    timestamptz NOT NULL,
  fired_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key, run_at)
);
ALTER TABLE fired_timers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON fired_timers
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- The app role has no rights on graphile-worker's schema: tenant transactions schedule and cancel timers
-- only through these two functions, which stamp the job with the transaction's own tenant. plpgsql
-- resolves graphile_worker.* when called, so this migration may run before the worker's schema exists.
CREATE FUNCTION schedule_timer(p_tenant_id uuid, p_key text, p_task text, p_run_at timestamptz, p_payload jsonb)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF current_tenant_id() IS NOT NULL AND current_tenant_id() <> p_tenant_id THEN
    RAISE EXCEPTION 'un operador no puede programar temporizadores de otro' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM graphile_worker.add_job(
    p_task,
    json_build_object('tenantId', p_tenant_id, 'key', p_key, 'runAt', p_run_at, 'payload', p_payload),
    run_at => p_run_at,
    job_key => 'timer:' || p_tenant_id || ':' || p_key,
    job_key_mode => 'replace'
  );
END $$;

-- Cancels a timer of the transaction's tenant (timers are only cancelled inside tenant transactions).
CREATE FUNCTION cancel_timer(p_key text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF current_tenant_id() IS NULL THEN
    RAISE EXCEPTION 'cancel_timer requiere una transacción de operador (app.tenant_id)';
  END IF;
  PERFORM graphile_worker.remove_job('timer:' || current_tenant_id() || ':' || p_key);
END $$;

REVOKE ALL ON FUNCTION schedule_timer(uuid, text, text, timestamptz, jsonb), cancel_timer(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION schedule_timer(uuid, text, text, timestamptz, jsonb), cancel_timer(text) TO fideliza_app;

-- ---------------------------------------------------------------- deadlines

CREATE TABLE deadlines (
  tenant_id          uuid NOT NULL REFERENCES tenants (id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  -- What the deadline is about: a case, a work order, an adjustment … (its module's subject type and id).
  subject_type       text NOT NULL CHECK (subject_type ~ '^[a-z_]{1,40}$'),
  subject_id         text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 100),
  customer_id        uuid,
  -- What is due: "closing_action", "quality_control", "first_response" … (catalog vocabulary).
  kind               text NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
  -- {"amount": 1, "unit": "business_days" | "business_hours" | "hours" | "calendar_days" | "same_business_day"}
  rule               jsonb NOT NULL,
  -- "business": working hours on business days; "clock": every hour. Follows from rule.unit.
  measure            text NOT NULL CHECK (measure IN ('business', 'clock')),
  at_risk_ratio      double precision NOT NULL DEFAULT 0.8 CHECK (at_risk_ratio > 0 AND at_risk_ratio < 1),
  started_at         timestamptz NOT NULL,
  -- The last on-time instant (pauses included); breached strictly after it.
  due_at             timestamptz NOT NULL,
  at_risk_at         timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('running', 'paused', 'met', 'breached', 'cancelled')),
  paused_at          timestamptz,
  -- Paused time so far, on the deadline's own measure (working milliseconds for business deadlines).
  paused_ms          bigint NOT NULL DEFAULT 0 CHECK (paused_ms >= 0),
  at_risk_alerted_at timestamptz,
  met_at             timestamptz,
  breached_at        timestamptz,
  cancelled_at       timestamptz,
  created_by         uuid,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  CHECK ((status = 'paused') = (paused_at IS NOT NULL)),
  CHECK (status <> 'met' OR met_at IS NOT NULL),
  CHECK (status <> 'breached' OR breached_at IS NOT NULL),
  CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL),
  CHECK (at_risk_at <= due_at AND started_at <= due_at)
);
CREATE INDEX deadlines_subject_idx ON deadlines (tenant_id, subject_type, subject_id);
CREATE INDEX deadlines_open_idx ON deadlines (tenant_id, due_at) WHERE status IN ('running', 'paused');
CREATE INDEX deadlines_status_idx ON deadlines (tenant_id, status, due_at);

ALTER TABLE deadlines ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON deadlines
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- ---------------------------------------------------------------- tenant calendar settings

-- An admin (tenant:manage) edits their own tenant's calendar; row-level security limits it to that row.
GRANT UPDATE (country, timezone, working_hours) ON tenants TO fideliza_app;
