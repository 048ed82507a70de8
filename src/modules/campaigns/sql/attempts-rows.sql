-- The cases behind one period's attempts per case (attempts-values.sql): each weighs its attempts in the
-- numerator and 1 in the denominator.
WITH finished AS (
  SELECT c.campaign AS campaign, c.state_code AS final_state, u.full_name AS advisor, c.attempts AS attempts,
         to_char(c.finished_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS finished_at,
         date_trunc($4, c.finished_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN c.campaign WHEN 'advisor' THEN d.decided_by::text ELSE 'total' END AS key,
         c.attempts AS numerator_weight, 1 AS denominator_weight
    FROM complaint_cases c
    JOIN case_dispositions d ON d.tenant_id = c.tenant_id AND d.id = c.current_disposition_id
    LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by
   WHERE c.status = 'finished' AND c.finished_at >= $1 AND c.finished_at < $2
)
SELECT campaign, final_state, advisor, attempts, finished_at, numerator_weight, denominator_weight
  FROM finished
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY finished_at, campaign
