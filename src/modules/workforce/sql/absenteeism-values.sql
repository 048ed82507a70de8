-- Absenteeism (seed 002 §6, «Cantidad de agentes faltantes / el total de agentes programados»):
--   numerator   = the scheduled shifts (an agent on a day) the agent missed (attendance «ausente»)
--   denominator = every scheduled shift of the period
-- unit percent; lower is better. Shifts are wall-clock days, so the period is the shift's own date.
-- $1 from, $2 to (as the tenant's dates), $3 the tenant's time zone, $4 grain, $5 dimension (total | advisor | team),
-- $6 one dimension value or NULL.
SELECT date_trunc($4, r.shift_date::timestamp)::date AS period,
       d.key,
       min(d.label) AS label,
       count(*) FILTER (WHERE r.attendance = 'absent')::numeric AS numerator,
       count(*)::numeric AS denominator
  FROM roster_shifts r
  JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none') ELSE 'total' END AS key,
          CASE $5 WHEN 'advisor' THEN u.full_name WHEN 'team' THEN t.name END AS label
 ) d
 WHERE r.shift_date >= ($1::timestamptz AT TIME ZONE $3)::date AND r.shift_date < ($2::timestamptz AT TIME ZONE $3)::date
   AND ($6::text IS NULL OR d.key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
