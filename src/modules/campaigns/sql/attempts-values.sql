-- Seed 003, contact attempts per case: attempts made ÷ cases finished in each period (tenant's wall
-- clock); by campaign, by the advisor who decided the case, or by both. Parameters: src/platform/extensions/indicator.ts.
WITH finished AS (
  SELECT date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         campaign_case_label(f, $5) AS label,
         f.attempts
    FROM campaign_finished_cases f
   WHERE f.finished_at >= $1 AND f.finished_at < $2
)
SELECT period, key, min(label) AS label, sum(attempts) AS numerator, count(*) AS denominator
  FROM finished
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
