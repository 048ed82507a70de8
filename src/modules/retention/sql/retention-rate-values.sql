-- Retention rate of the procedure (seed 000): of the cases closed in each period (by the closing instant
-- on the tenant's wall clock), the share that ended retained — retained ÷ (retained + cancelled). Overall,
-- by the team of the advisor who opened the case, or by the product kind.
-- Parameters: src/platform/extensions/indicator.ts.
WITH closed AS (
  SELECT date_trunc($4, rc.closed_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'team' THEN coalesce(t.name, 'Sin equipo') WHEN 'product' THEN coalesce(p.kind, 'none') ELSE 'total' END AS key,
         CASE $5 WHEN 'product' THEN product_kind_label(p.kind) END AS label,
         rc.outcome = 'retained' AS retained
    FROM retention_cases rc
    LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
    LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
   WHERE rc.outcome IN ('retained', 'cancelled') AND rc.closed_at >= $1 AND rc.closed_at < $2
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE retained) AS numerator, count(*) AS denominator
  FROM closed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
