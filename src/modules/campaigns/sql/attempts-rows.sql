-- The cases behind one period's attempts per case (attempts-values.sql): each weighs its attempts in the
-- numerator and 1 in the denominator.
WITH finished AS (
  SELECT f.campaign_name AS campaign, f.final_state_label AS final_state, coalesce(f.advisor_name, 'system') AS advisor,
         f.attempts, to_char(f.finished_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS finished_at,
         date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         f.attempts AS numerator_weight, 1 AS denominator_weight
    FROM campaign_finished_cases f
   WHERE f.finished_at >= $1 AND f.finished_at < $2
)
SELECT campaign, final_state, advisor, attempts, finished_at, numerator_weight, denominator_weight
  FROM finished
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY finished_at, campaign
