-- A fourth outside system: the authority that decides a subsidio de apelación (the SIC in Colombia).
-- The PQR module sends it the whole file through the outbox and records its answer (pqr/hooks.ts).
ALTER TABLE outbound_messages DROP CONSTRAINT outbound_messages_adapter_check;
ALTER TABLE outbound_messages ADD CONSTRAINT outbound_messages_adapter_check
  CHECK (adapter IN ('billing', 'field_service', 'provisioning', 'authority'));
ALTER TABLE integration_settings DROP CONSTRAINT integration_settings_adapter_check;
ALTER TABLE integration_settings ADD CONSTRAINT integration_settings_adapter_check
  CHECK (adapter IN ('billing', 'field_service', 'provisioning', 'authority'));
