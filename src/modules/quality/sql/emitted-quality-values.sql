-- Emitted quality (seed 002 §6, «Calidad Emitida – Nota de Monitoreo», meta 90 %):
--   numerator   = Σ monitoring score ÷ 100 (a score is 0–100; a failed critical item made it 0)
--   denominator = the monitorings of the period
-- unit percent: 100 × numerator ÷ denominator, the mean monitoring score.
-- $1 from, $2 to (monitored_at), $3 time zone, $4 grain, $5 dimension (total | advisor | team | scorecard), $6 value or NULL.
SELECT date_trunc($4, m.monitored_at AT TIME ZONE $3)::date AS period,
       d.key,
       min(d.label) AS label,
       sum(m.score / 100)::numeric AS numerator,
       count(*)::numeric AS denominator
  FROM quality_monitorings m
  JOIN users u ON u.tenant_id = m.tenant_id AND u.id = m.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none')
                  WHEN 'scorecard' THEN m.scorecard_code ELSE 'total' END AS key,
          CASE $5 WHEN 'advisor' THEN u.full_name WHEN 'team' THEN t.name WHEN 'scorecard' THEN m.scorecard_code END AS label
 ) d
 WHERE m.monitored_at >= $1 AND m.monitored_at < $2
   AND ($6::text IS NULL OR d.key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
