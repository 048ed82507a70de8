-- The retention cases behind one period's cancellations (cancellations-values.sql): each weighs 1.
WITH cancelled AS (
  SELECT 'RET-' || lpad(rc.number::text, 6, '0') AS retention_case, c.full_name AS customer,
         coalesce(t.name, 'none') AS team, to_char(rc.closed_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS closed_at,
         date_trunc($4, rc.closed_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'team' THEN coalesce(t.name, 'none') WHEN 'product' THEN coalesce(p.kind, 'none') ELSE 'total' END AS key,
         1 AS numerator_weight, 0 AS denominator_weight
    FROM retention_cases rc
    JOIN customers c ON c.tenant_id = rc.tenant_id AND c.id = rc.customer_id
    LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
    LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
   WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $1 AND rc.closed_at < $2
)
SELECT retention_case, customer, team, closed_at, numerator_weight, denominator_weight
  FROM cancelled
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY closed_at, retention_case
