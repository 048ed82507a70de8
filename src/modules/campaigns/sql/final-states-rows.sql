-- The cases behind one period's final-state count (final-states-values.sql): each weighs 1.
WITH finished AS (
  SELECT f.campaign_name AS campaign, f.final_state_label AS final_state, coalesce(f.advisor_name, 'system') AS advisor,
         f.attempts, to_char(f.finished_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS finished_at,
         date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         1 AS numerator_weight, 0 AS denominator_weight
    FROM campaign_finished_cases f
   WHERE f.finished_at >= $1 AND f.finished_at < $2
)
SELECT campaign, final_state, advisor, attempts, finished_at, numerator_weight, denominator_weight
  FROM finished
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY finished_at, campaign
