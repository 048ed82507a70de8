-- Seed 003, retention rate counting the unreached as not retained: retained ÷ (retained + lost + unreached)
-- of the cases finished in each period (docs/catalogs.md, J17), beside retention-rate-values.sql, which
-- leaves the unreached out. By campaign, by the advisor who decided the case, or by both.
-- Parameters: src/platform/extensions/indicator.ts.
WITH finished AS (
  SELECT date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         campaign_case_label(f, $5) AS label,
         f.outcome
    FROM campaign_finished_cases f
   WHERE f.outcome IN ('retained', 'lost', 'unreached') AND f.finished_at >= $1 AND f.finished_at < $2
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE outcome = 'retained') AS numerator, count(*) AS denominator
  FROM finished
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
