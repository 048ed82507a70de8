-- Perceived quality (seed 002 §6, «Calidad Percibida – pregunta encuesta "Índice de satisfacción del asesor"», meta 90 %):
--   numerator   = Σ advisor-satisfaction answer ÷ 10 (each answer as a share of the best answer)
--   denominator = the surveys that answered the question (a survey without it does not count)
-- unit percent: 100 × numerator ÷ denominator, the mean answer on a 0–100 scale.
-- Parameters as nps-values.sql.
SELECT date_trunc($4, s.answered_at AT TIME ZONE $3)::date AS period,
       d.key,
       min(d.label) AS label,
       sum(s.advisor_score / 10.0)::numeric AS numerator,
       count(*)::numeric AS denominator
  FROM surveys s
  JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none')
                  WHEN 'campaign' THEN coalesce(s.campaign, 'none') ELSE 'total' END AS key,
          CASE $5 WHEN 'advisor' THEN u.full_name WHEN 'team' THEN t.name WHEN 'campaign' THEN s.campaign END AS label
 ) d
 WHERE s.answered_at >= $1 AND s.answered_at < $2
   AND s.advisor_score IS NOT NULL
   AND ($6::text IS NULL OR d.key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
