-- The rows of the base behind one period's value of adjustments.applied (applied-values.sql): each row sent
-- weighs 1 in the denominator, and 1 in the numerator when a.decision = 'approved'. The rows are shown as the view
-- adjustment_rows_shown shows them (migration 0067: the cause with its catalog name, the state in words).
WITH sent AS (
  SELECT a.cut, a.filing, a.advisor, a.cause, a.status,
         date_trunc($4, a.cut_date::timestamp)::date AS period,
         CASE $5 WHEN 'cut' THEN a.cut
                 WHEN 'advisor' THEN a.agent_user_id::text
                 ELSE 'total' END AS key,
         CASE WHEN a.decision = 'approved' THEN 1 ELSE 0 END AS numerator_weight,
         1 AS denominator_weight
    FROM adjustment_rows_shown a
   WHERE a.cut_date >= ($1 AT TIME ZONE $3)::date AND a.cut_date < ($2 AT TIME ZONE $3)::date
)
SELECT cut, filing, advisor, cause, status, numerator_weight, denominator_weight
  FROM sent
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY cut, filing
