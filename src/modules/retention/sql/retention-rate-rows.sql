-- The cases behind one period's retention rate (retention-rate-values.sql): every closed case weighs 1 in
-- the denominator, and 1 in the numerator when the customer was retained.
WITH closed AS (
  SELECT 'RET-' || lpad(rc.number::text, 6, '0') AS retention_case, c.full_name AS customer,
         coalesce(t.name, 'none') AS team,
         rc.outcome,
         to_char(rc.closed_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS closed_at,
         date_trunc($4, rc.closed_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'team' THEN coalesce(t.name, 'none') WHEN 'product' THEN coalesce(p.kind, 'none')
                 WHEN 'branch' THEN coalesce(rc.branch, 'none') WHEN 'offer' THEN coalesce(o.offer_code, 'none') ELSE 'total' END AS key,
         CASE rc.outcome WHEN 'retained' THEN 1 ELSE 0 END AS numerator_weight, 1 AS denominator_weight
    FROM retention_cases rc
    JOIN customers c ON c.tenant_id = rc.tenant_id AND c.id = rc.customer_id
    LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
    LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
    -- The case's first offer (step 15 evaluates the results per offer), named by the current offers catalog.
    LEFT JOIN LATERAL (SELECT ro.offer_code FROM retention_offers ro
                        WHERE ro.tenant_id = rc.tenant_id AND ro.case_id = rc.id
                        ORDER BY ro.created_at LIMIT 1) o ON $5 = 'offer'
   WHERE rc.outcome IN ('retained', 'cancelled') AND rc.closed_at >= $1 AND rc.closed_at < $2
)
SELECT retention_case, customer, team, outcome, closed_at, numerator_weight, denominator_weight
  FROM closed
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY closed_at, retention_case
