-- The cases behind one period's retention rate (retention-rate-with-unreached-values.sql): each retained, lost or
-- unreached case weighs 1 in the denominator, and 1 in the numerator when retained.
WITH finished AS (
  SELECT f.campaign_name AS campaign, f.final_state_label AS final_state, coalesce(f.advisor_name, 'system') AS advisor,
         f.attempts, to_char(f.finished_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS finished_at,
         date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         CASE f.outcome WHEN 'retained' THEN 1 ELSE 0 END AS numerator_weight, 1 AS denominator_weight
    FROM campaign_finished_cases f
   WHERE f.outcome IN ('retained', 'lost', 'unreached') AND f.finished_at >= $1 AND f.finished_at < $2
)
SELECT campaign, final_state, advisor, attempts, finished_at, numerator_weight, denominator_weight
  FROM finished
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY finished_at, campaign
