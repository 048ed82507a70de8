-- Step 15 (Gerencia Comercial evalúa resultados): closed cases per month, team, branch and offer, with
-- how many were retained and cancelled. The offer is the case's first offer ("none" without one).
-- $1 start of the first month shown, $2 the tenant's time zone.
SELECT to_char(date_trunc('month', rc.closed_at AT TIME ZONE $2), 'YYYY-MM') AS month,
       coalesce(t.name, 'Sin equipo') AS team,
       coalesce(rc.branch, 'none') AS branch,
       coalesce(o.offer_code, 'none') AS offer_code,
       count(*)::int AS closed,
       count(*) FILTER (WHERE rc.outcome = 'retained')::int AS retained,
       count(*) FILTER (WHERE rc.outcome = 'cancelled')::int AS cancelled
  FROM retention_cases rc
  LEFT JOIN teams t ON t.tenant_id = rc.tenant_id AND t.id = rc.team_id
  LEFT JOIN LATERAL (SELECT ro.offer_code FROM retention_offers ro
                      WHERE ro.tenant_id = rc.tenant_id AND ro.case_id = rc.id
                      ORDER BY ro.created_at LIMIT 1) o ON true
 WHERE rc.closed_at >= $1
 GROUP BY 1, 2, 3, 4
 ORDER BY 1 DESC, 2, 3, 4
