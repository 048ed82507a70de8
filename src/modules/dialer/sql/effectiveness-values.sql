-- Seed 002, Efectividad = # servicios retenidos ÷ # solicitudes de cancelación: of the cancellation-list
-- records reached, those dispositioned «retenido».
-- A record counts in the period of its last attempt (tenant's wall clock); by campaign or list type.
-- Parameters: src/platform/extensions/indicator.ts.
WITH managed AS (
  SELECT date_trunc($4, r.last_attempt_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN r.list_type ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN c.name END AS label,
         coalesce(r.disposition->>'dispositionCode' = 'retenido', false) AS counts
    FROM contact_records r
    JOIN outbound_campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id
    JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id
   WHERE r.last_attempt_at >= $1 AND r.last_attempt_at < $2 AND r.list_type = 'cancelaciones' AND r.disposition IS NOT NULL
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE counts) AS numerator, count(*) AS denominator
  FROM managed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
