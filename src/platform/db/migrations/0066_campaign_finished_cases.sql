-- Issue 13, seeds 000 and 003 on the indicator engine. Seed 003's indicators (src/modules/campaigns/sql) all
-- read the same thing: a campaign's finished cases with
-- the final state of their current disposition, named and classified by the catalog version that
-- disposition was decided with (so a later catalog never renames last month), the campaign's current name,
-- and the advisor who decided it. One view, so the eight indicator files do not each repeat the joins.
-- security_invoker: the view reads with the caller's rights, so each table's row-level security applies.
CREATE VIEW campaign_finished_cases WITH (security_invoker = true) AS
SELECT c.tenant_id, c.id, c.campaign,
       coalesce(campaign_catalog.content #>> '{campaign,name}', c.campaign) AS campaign_name,
       c.state_code AS final_state, coalesce(state.label, c.state_code) AS final_state_label,
       coalesce(state.outcome, 'not_applicable') AS outcome,
       c.attempts, c.finished_at, d.decided_by AS advisor_id, u.full_name AS advisor_name
  FROM complaint_cases c
  JOIN case_dispositions d ON d.tenant_id = c.tenant_id AND d.id = c.current_disposition_id
  LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by
  LEFT JOIN LATERAL (
    SELECT s ->> 'label' AS label, s ->> 'outcome' AS outcome
      FROM catalog_versions v, jsonb_array_elements(v.content -> 'states') s
     WHERE v.tenant_id = c.tenant_id AND v.kind = 'dispositions' AND v.scope = c.campaign
       AND v.version = d.catalog_version AND s ->> 'code' = c.state_code
  ) state ON true
  LEFT JOIN LATERAL (
    SELECT v.content FROM catalog_versions v
     WHERE v.tenant_id = c.tenant_id AND v.kind = 'dispositions' AND v.scope = c.campaign
     ORDER BY v.version DESC LIMIT 1
  ) campaign_catalog ON true
 WHERE c.status = 'finished';

GRANT SELECT ON campaign_finished_cases TO fideliza_app;

-- The key and the label of a finished case under one of seed 003's dimensions ($5 of the indicator
-- contract, src/platform/extensions/indicator.ts), so every indicator file breaks down the same way.
-- campaign_advisor and campaign_final_state are keyed «campaign/…»: an advisor or a state within one campaign.
CREATE FUNCTION campaign_case_key(f campaign_finished_cases, dimension text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE dimension
           WHEN 'campaign' THEN f.campaign
           WHEN 'advisor' THEN coalesce(f.advisor_id::text, 'system')
           WHEN 'campaign_advisor' THEN f.campaign || '/' || coalesce(f.advisor_id::text, 'system')
           WHEN 'final_state' THEN f.final_state
           WHEN 'campaign_final_state' THEN f.campaign || '/' || f.final_state
           WHEN 'attempts' THEN least(f.attempts, 3)::text
           ELSE 'total' END
$$;

CREATE FUNCTION campaign_case_label(f campaign_finished_cases, dimension text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE dimension
           WHEN 'campaign' THEN f.campaign_name
           WHEN 'advisor' THEN coalesce(f.advisor_name, 'Sistema')
           WHEN 'campaign_advisor' THEN f.campaign_name || ' · ' || coalesce(f.advisor_name, 'Sistema')
           WHEN 'final_state' THEN f.final_state_label
           WHEN 'campaign_final_state' THEN f.final_state_label
           WHEN 'attempts' THEN CASE least(f.attempts, 3) WHEN 0 THEN 'Sin intentos' WHEN 1 THEN '1 intento'
                                WHEN 2 THEN '2 intentos' ELSE '3 o más intentos' END
         END
$$;

-- A product kind in words, for the indicator workbooks the server writes (the screens label it in the
-- reader's language; the .xlsx has only what the SQL gives). NULL is a case that named no product.
CREATE FUNCTION product_kind_label(kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE kind WHEN 'internet' THEN 'Internet' WHEN 'tv' THEN 'Televisión' WHEN 'fixed_voice' THEN 'Telefonía fija'
                   WHEN 'mobile' THEN 'Móvil' ELSE coalesce(kind, 'Sin producto') END
$$;
