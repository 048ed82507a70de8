-- Indicator of the procedure (seed 000, III.2), «Bajas mes presente menor a bajas mes anterior»:
-- cancellations accepted and customers retained this month and last month (by the case's closing
-- instant; month boundaries in the tenant's time zone are computed by the caller).
-- $1 start of this month, $2 start of next month, $3 start of last month.
SELECT count(*) FILTER (WHERE outcome = 'cancelled' AND closed_at >= $1 AND closed_at < $2)::int AS cancelled_this_month,
       count(*) FILTER (WHERE outcome = 'cancelled' AND closed_at >= $3 AND closed_at < $1)::int AS cancelled_last_month,
       count(*) FILTER (WHERE outcome = 'retained' AND closed_at >= $1 AND closed_at < $2)::int AS retained_this_month,
       count(*) FILTER (WHERE outcome = 'retained' AND closed_at >= $3 AND closed_at < $1)::int AS retained_last_month
  FROM retention_cases
 WHERE closed_at >= $3 AND closed_at < $2
