-- Seed 000, III.2 «Bajas mes presente menor a bajas mes anterior»: the cancellations accepted in each
-- period (by the case's closing instant on the tenant's wall clock), overall, by the team of the advisor
-- who opened the case, or by the product kind. The engine compares each period with the one before.
-- Keys are codes (a team's name, or 'none'; a product kind, or 'none'): the definition's `codes` name them.
-- Parameters: src/platform/extensions/indicator.ts.
WITH cancelled AS (
  SELECT date_trunc($4, rc.closed_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'team' THEN coalesce(t.name, 'none') WHEN 'product' THEN coalesce(p.kind, 'none') ELSE 'total' END AS key,
         NULL::text AS label
    FROM retention_cases rc
    LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
    LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
   WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $1 AND rc.closed_at < $2
)
SELECT period, key, min(label) AS label, count(*) AS numerator, NULL::numeric AS denominator
  FROM cancelled
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
