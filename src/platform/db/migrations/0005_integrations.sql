-- Integrations are adapters: what Fideliza must tell an outside system (the billing system, the
-- field-service agenda, provisioning) is written to this outbox in the same transaction as the change
-- that causes it, then delivered by a durable timer through the tenant's adapter (the built-in
-- simulator, or a webhook to the operator's system). Nothing is lost when a process dies, and the
-- idempotency key makes the same request twice one message.

CREATE TABLE outbound_messages (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  -- A short, readable number per installation, used by the simulator's references.
  number          bigint GENERATED ALWAYS AS IDENTITY,
  adapter         text NOT NULL CHECK (adapter IN ('billing', 'field_service', 'provisioning')),
  operation       text NOT NULL CHECK (operation ~ '^[a-z][a-z0-9_.]{1,80}$'),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  subject_type    text NOT NULL,
  subject_id      text NOT NULL,
  customer_id     uuid,
  payload         jsonb NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        int NOT NULL DEFAULT 0,
  last_error      text,
  next_attempt_at timestamptz,
  -- What the outside system answered: its reference (filing number, order number …) and body.
  reference       text,
  response        jsonb,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  failed_at       timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, adapter, idempotency_key),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  CHECK (status <> 'sent' OR sent_at IS NOT NULL),
  CHECK (status <> 'failed' OR failed_at IS NOT NULL)
);
CREATE INDEX outbound_messages_subject_idx ON outbound_messages (tenant_id, subject_type, subject_id);
CREATE INDEX outbound_messages_status_idx ON outbound_messages (tenant_id, status, created_at DESC);

-- How each adapter of a tenant delivers: the simulator (default when absent) or a webhook.
CREATE TABLE integration_settings (
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  adapter    text NOT NULL CHECK (adapter IN ('billing', 'field_service', 'provisioning')),
  mode       text NOT NULL CHECK (mode IN ('simulator', 'webhook')),
  url        text CHECK (url IS NULL OR url ~ '^https?://'),
  -- Shared secret for the webhook's HMAC-SHA256 signature (X-Fideliza-Signature).
  secret     text,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, adapter),
  CHECK (mode <> 'webhook' OR url IS NOT NULL)
);

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['outbound_messages', 'integration_settings'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
