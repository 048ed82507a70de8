-- Pending aging, now ($2): the campaign's unfinished cases by days since the complaint arrived (under 1,
-- 1–3, 3–5, over 5) and how many have their pending-closing deadline breached (flipped by its timer, or
-- running past its due instant); total and per holder (NULL = the pool). $1 campaign, $2 now. Not a period
-- indicator (it is the supervisor's "now"), so it is not on the indicator engine.
WITH open_cases AS (
  SELECT c.assigned_to AS advisor_id, extract(epoch FROM ($2::timestamptz - c.received_at)) / 86400 AS age_days,
         c.status,
         EXISTS (SELECT 1 FROM deadlines dl
                  WHERE dl.tenant_id = c.tenant_id AND dl.subject_type = 'complaint_case' AND dl.subject_id = c.id::text
                    AND dl.kind = 'pending_closing'
                    AND (dl.status = 'breached' OR (dl.status = 'running' AND dl.due_at < $2))) AS breached
    FROM complaint_cases c
   WHERE c.campaign = $1 AND c.status <> 'finished' AND c.queue = 'campaign'
)
SELECT CASE WHEN grouping(advisor_id) = 1 THEN 'total' ELSE 'advisor' END AS grain, advisor_id,
       (SELECT u.full_name FROM users u WHERE u.id = advisor_id) AS advisor_name,
       count(*)::int AS cases, count(*) FILTER (WHERE status = 'pending')::int AS pending,
       count(*) FILTER (WHERE age_days < 1)::int AS under_1_day,
       count(*) FILTER (WHERE age_days >= 1 AND age_days < 3)::int AS from_1_to_3_days,
       count(*) FILTER (WHERE age_days >= 3 AND age_days < 5)::int AS from_3_to_5_days,
       count(*) FILTER (WHERE age_days >= 5)::int AS over_5_days,
       count(*) FILTER (WHERE breached)::int AS pending_closing_breached,
       coalesce(round(max(age_days)::numeric, 1), 0)::float8 AS oldest_days
  FROM open_cases
 GROUP BY GROUPING SETS ((), (advisor_id))
 ORDER BY grain, advisor_id
