-- The contact records behind one period's value (contactability-values.sql): each weighs 1 in the denominator,
-- and 1 in the numerator when r.disposition IS NOT NULL.
WITH managed AS (
  SELECT c.name AS campaign, cu.full_name AS customer, r.list_type AS list_type, r.attempts AS attempts,
         to_char(r.last_attempt_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS last_attempt_at,
         date_trunc($4, r.last_attempt_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN r.list_type ELSE 'total' END AS key,
         CASE WHEN coalesce(r.disposition IS NOT NULL, false) THEN 1 ELSE 0 END AS numerator_weight,
         1 AS denominator_weight
    FROM contact_records r
    JOIN outbound_campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id
    JOIN customers cu ON cu.tenant_id = r.tenant_id AND cu.id = r.customer_id
   WHERE r.last_attempt_at >= $1 AND r.last_attempt_at < $2 AND r.attempts > 0
)
SELECT campaign, customer, list_type, attempts, last_attempt_at, numerator_weight, denominator_weight
  FROM managed
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY last_attempt_at, customer
