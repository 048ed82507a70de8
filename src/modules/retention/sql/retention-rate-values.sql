-- Retention rate of the procedure (seed 000): of the cases closed in each period (by the closing instant
-- on the tenant's wall clock), the share that ended retained — retained ÷ (retained + cancelled). Overall,
-- by the team of the advisor who opened the case, by the product kind, by the procedure's branch (A with
-- repeated damage, B without) or by the case's first offer (step 15 evaluates the results per offer).
-- Parameters: src/platform/extensions/indicator.ts.
WITH closed AS (
  SELECT date_trunc($4, rc.closed_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'team' THEN coalesce(t.name, 'none') WHEN 'product' THEN coalesce(p.kind, 'none')
                 WHEN 'branch' THEN coalesce(rc.branch, 'none') WHEN 'offer' THEN coalesce(o.offer_code, 'none') ELSE 'total' END AS key,
         -- Product kinds, branches, «no team» and «no offer» are codes the definition names in each language.
         CASE $5 WHEN 'offer' THEN coalesce((SELECT offer ->> 'name'
                                               FROM (SELECT v.content FROM catalog_versions v
                                                      WHERE v.tenant_id = rc.tenant_id AND v.kind = 'retention_offers' AND v.scope = 'default'
                                                      ORDER BY v.version DESC LIMIT 1) latest,
                                                    jsonb_array_elements(latest.content -> 'offers') offer
                                              WHERE offer ->> 'code' = o.offer_code), o.offer_code) END AS label,
         rc.outcome = 'retained' AS retained
    FROM retention_cases rc
    LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
    LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
    -- The case's first offer (step 15 evaluates the results per offer), named by the current offers catalog.
    LEFT JOIN LATERAL (SELECT ro.offer_code FROM retention_offers ro
                        WHERE ro.tenant_id = rc.tenant_id AND ro.case_id = rc.id
                        ORDER BY ro.created_at LIMIT 1) o ON $5 = 'offer'
   WHERE rc.outcome IN ('retained', 'cancelled') AND rc.closed_at >= $1 AND rc.closed_at < $2
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE retained) AS numerator, count(*) AS denominator
  FROM closed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
