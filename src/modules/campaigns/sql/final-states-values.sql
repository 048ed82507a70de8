-- Seed 003, distribution of final states: the cases finished in each period (tenant's wall clock) by
-- the final state of their current disposition; by campaign, by the advisor who decided it, or by state.
-- Parameters: src/platform/extensions/indicator.ts.
WITH finished AS (
  SELECT date_trunc($4, c.finished_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.campaign WHEN 'advisor' THEN d.decided_by::text WHEN 'final_state' THEN c.state_code ELSE 'total' END AS key,
         CASE $5 WHEN 'advisor' THEN u.full_name END AS label
    FROM complaint_cases c
    JOIN case_dispositions d ON d.tenant_id = c.tenant_id AND d.id = c.current_disposition_id
    LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by
   WHERE c.status = 'finished' AND c.finished_at >= $1 AND c.finished_at < $2
)
SELECT period, key, min(label) AS label, count(*) AS numerator, NULL::numeric AS denominator
  FROM finished
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
