-- Seed 003, distribution of final states: the cases finished in each period (tenant's wall clock), by the
-- final state of their current disposition (named by its catalog), by campaign, by the advisor who decided
-- it, by both, or by how many contact attempts it took. Parameters: src/platform/extensions/indicator.ts.
WITH finished AS (
  SELECT date_trunc($4, f.finished_at AT TIME ZONE $3)::date AS period,
         campaign_case_key(f, $5) AS key,
         campaign_case_label(f, $5) AS label
    FROM campaign_finished_cases f
   WHERE f.finished_at >= $1 AND f.finished_at < $2
)
SELECT period, key, min(label) AS label, count(*) AS numerator, NULL::numeric AS denominator
  FROM finished
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
