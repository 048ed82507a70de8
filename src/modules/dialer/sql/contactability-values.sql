-- Seed 002, Contactabilidad = REGCONTACTADOS ÷ REGGESTIONADOS: of the records dialled (at least one attempt), those
-- reached and dispositioned.
-- A record counts in the period of its last attempt (tenant's wall clock); by campaign or list type.
-- Read from contact_record_day_counts (migration 0070: per day, campaign and list type, kept by a trigger on
-- contact_records), not from the records: 12 months of millions of records summed in a few thousand rows.
-- The drill-down (contactability-rows.sql) reads the records and its weights add up to these sums.
-- Parameters: src/platform/extensions/indicator.ts.
WITH managed AS (
  SELECT date_trunc($4, n.day::timestamp)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN n.list_type ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN c.name END AS label,
         n.contacted AS numerator, n.managed AS denominator
    FROM contact_record_day_counts n
    JOIN outbound_campaigns c ON c.tenant_id = n.tenant_id AND c.id = n.campaign_id
   WHERE n.day >= ($1::timestamptz AT TIME ZONE $3)::date AND n.day < ($2::timestamptz AT TIME ZONE $3)::date
)
SELECT period, key, min(label) AS label, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM managed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
HAVING sum(denominator) > 0
