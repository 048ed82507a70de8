-- Seed 003, distribution of final states: the cases finished in each period (tenant's wall clock), by the
-- final state of their current disposition (named by its catalog), by campaign, by the advisor who decided
-- it, by both, or by how many contact attempts it took. Parameters: src/platform/extensions/indicator.ts.
WITH finished AS (
  SELECT date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN f.campaign WHEN 'advisor' THEN coalesce(f.advisor_id::text, 'system')
                 WHEN 'campaign_advisor' THEN f.campaign || '/' || coalesce(f.advisor_id::text, 'system')
                 WHEN 'final_state' THEN f.final_state WHEN 'campaign_final_state' THEN f.campaign || '/' || f.final_state
                 WHEN 'attempts' THEN least(f.attempts, 3)::text ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN f.campaign_name WHEN 'advisor' THEN coalesce(f.advisor_name, 'Sistema')
                 WHEN 'campaign_advisor' THEN f.campaign_name || ' · ' || coalesce(f.advisor_name, 'Sistema')
                 WHEN 'final_state' THEN f.final_state_label WHEN 'campaign_final_state' THEN f.final_state_label
                 WHEN 'attempts' THEN CASE least(f.attempts, 3) WHEN 0 THEN 'Sin intentos' WHEN 1 THEN '1 intento'
                                      WHEN 2 THEN '2 intentos' ELSE '3 o más intentos' END END AS label
    FROM campaign_finished_cases f
   WHERE f.finished_at >= $1 AND f.finished_at < $2
)
SELECT period, key, min(label) AS label, count(*) AS numerator, NULL::numeric AS denominator
  FROM finished
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
