-- Seed 002, FCR: of the records dispositioned, those whose disposition resolves at first contact (the
-- dialer catalog's `resolution`; re-contacts on the same typology are not discounted yet).
-- A record counts in the period of its last attempt (tenant's wall clock); by campaign or list type.
-- Parameters: src/platform/extensions/indicator.ts.
WITH managed AS (
  SELECT date_trunc($4, r.last_attempt_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN r.list_type ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN c.name END AS label,
         coalesce(r.disposition->>'resolution' = 'first_contact', false) AS counts
    FROM contact_records r
    JOIN outbound_campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id
    JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id
   WHERE r.last_attempt_at >= $1 AND r.last_attempt_at < $2 AND r.disposition IS NOT NULL
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE counts) AS numerator, count(*) AS denominator
  FROM managed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
