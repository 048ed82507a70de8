-- The same indicator by team (the team of the advisor who opened the case; "Sin equipo" when none).
-- $1 start of this month, $2 start of next month, $3 start of last month.
SELECT coalesce(t.name, 'Sin equipo') AS team,
       count(*) FILTER (WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $1 AND rc.closed_at < $2)::int AS cancelled_this_month,
       count(*) FILTER (WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $3 AND rc.closed_at < $1)::int AS cancelled_last_month,
       count(*) FILTER (WHERE rc.outcome = 'retained' AND rc.closed_at >= $1 AND rc.closed_at < $2)::int AS retained_this_month,
       count(*) FILTER (WHERE rc.outcome = 'retained' AND rc.closed_at >= $3 AND rc.closed_at < $1)::int AS retained_last_month
  FROM retention_cases rc
  LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
 WHERE rc.closed_at >= $3 AND rc.closed_at < $2
 GROUP BY 1
 ORDER BY 1
