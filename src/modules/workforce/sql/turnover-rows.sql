-- The agents behind one period's turnover: every agent active in it weighs 1 in the denominator, and 1 in
-- the numerator when they left in it. Parameters as turnover-values.sql, and $7 the period (its first day).
WITH periods AS (
  SELECT p::date AS period_start, (p + ('1 ' || $4)::interval)::date AS period_end
    FROM generate_series(date_trunc($4, $1::timestamptz AT TIME ZONE $3), ($2::timestamptz AT TIME ZONE $3) - interval '1 microsecond',
                         ('1 ' || $4)::interval) AS p
)
SELECT u.full_name AS advisor, t.name AS team, e.hired_on, e.left_on, e.leaving_reason,
       (CASE WHEN e.left_on >= p.period_start AND e.left_on < p.period_end THEN 1 ELSE 0 END)::numeric AS numerator_weight,
       1::numeric AS denominator_weight
  FROM periods p
  JOIN agent_employment e ON e.hired_on < p.period_end AND (e.left_on IS NULL OR e.left_on >= p.period_start)
  JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (SELECT CASE $5 WHEN 'team' THEN coalesce(t.id::text, 'none') ELSE 'total' END AS key) d
 WHERE p.period_start = $7::date
   AND ($6::text IS NULL OR d.key = $6::text)
 ORDER BY u.full_name
