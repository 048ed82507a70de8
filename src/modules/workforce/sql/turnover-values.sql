-- Turnover (seed 002 §6, «Cantidad de agentes retirados / el total de agentes activos»), per period:
--   numerator   = the agents whose leaving date falls in the period
--   denominator = the agents active at some point of it (hired before its end, not gone before its start;
--                 a leaver counts as active in the period they leave)
-- unit percent; lower is better. Periods are the tenant's wall-clock days, weeks (from Monday) or months
-- between $1 and $2. Parameters: $1 from, $2 to, $3 time zone, $4 grain, $5 dimension (total | team), $6 value or NULL.
WITH periods AS (
  SELECT p::date AS period_start, (p + ('1 ' || $4)::interval)::date AS period_end
    FROM generate_series(date_trunc($4, $1::timestamptz AT TIME ZONE $3), ($2::timestamptz AT TIME ZONE $3) - interval '1 microsecond',
                         ('1 ' || $4)::interval) AS p
)
SELECT p.period_start AS period,
       d.key,
       min(d.label) AS label,
       count(*) FILTER (WHERE e.left_on >= p.period_start AND e.left_on < p.period_end)::numeric AS numerator,
       count(*)::numeric AS denominator
  FROM periods p
  JOIN agent_employment e ON e.hired_on < p.period_end AND (e.left_on IS NULL OR e.left_on >= p.period_start)
  JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'team' THEN coalesce(t.id::text, 'none') ELSE 'total' END AS key,
          CASE $5 WHEN 'team' THEN t.name END AS label
 ) d
 WHERE ($6::text IS NULL OR d.key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
