-- The shifts behind one period's absenteeism: 1 in the numerator when missed, 1 in the denominator each.
-- Parameters as absenteeism-values.sql, and $7 the period (its first day).
SELECT r.shift_date, u.full_name AS advisor, t.name AS team, to_char(r.starts_at, 'HH24:MI') AS starts_at,
       to_char(r.ends_at, 'HH24:MI') AS ends_at, r.attendance, r.absence_reason,
       (CASE WHEN r.attendance = 'absent' THEN 1 ELSE 0 END)::numeric AS numerator_weight,
       1::numeric AS denominator_weight
  FROM roster_shifts r
  JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none') ELSE 'total' END AS key
 ) d
 WHERE r.shift_date >= ($1::timestamptz AT TIME ZONE $3)::date AND r.shift_date < ($2::timestamptz AT TIME ZONE $3)::date
   AND date_trunc($4, r.shift_date::timestamp)::date = $7::date
   AND ($6::text IS NULL OR d.key = $6::text)
 ORDER BY r.shift_date, u.full_name
