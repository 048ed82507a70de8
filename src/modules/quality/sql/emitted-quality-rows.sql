-- The monitorings behind one period's emitted quality: score ÷ 100 in the numerator, 1 in the denominator.
-- Parameters as emitted-quality-values.sql, and $7 the period (its first day).
SELECT m.monitored_at, u.full_name AS advisor, t.name AS team, m.scorecard_code AS scorecard, m.score,
       m.critical_failed, m.acknowledged_at,
       (m.score / 100)::numeric AS numerator_weight,
       1::numeric AS denominator_weight
  FROM quality_monitorings m
  JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none')
                  WHEN 'scorecard' THEN m.scorecard_code ELSE 'total' END AS key
 ) d
 WHERE m.monitored_at >= $1 AND m.monitored_at < $2
   AND date_trunc($4, m.monitored_at AT TIME ZONE $3)::date = $7::date
   AND ($6::text IS NULL OR d.key = $6::text)
 ORDER BY m.monitored_at, m.id
