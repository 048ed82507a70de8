-- The quality list's advisor filter asks, per advisor, whether they took any call (one probe each); without this the
-- question was a DISTINCT over every bridged call of the tenant on each page.
CREATE INDEX dialer_calls_agent_bridged_idx ON dialer_calls (tenant_id, agent_id) WHERE bridged_at IS NOT NULL;
