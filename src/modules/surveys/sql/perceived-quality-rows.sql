-- The surveys behind one period's perceived quality: each answer ÷ 10 in the numerator, 1 in the denominator.
-- Parameters as nps-values.sql, and $7 the period (its first day).
SELECT s.answered_at, u.full_name AS advisor, t.name AS team, s.campaign, s.external_id AS survey,
       s.advisor_score AS score,
       (s.advisor_score / 10.0)::numeric AS numerator_weight,
       1::numeric AS denominator_weight
  FROM surveys s
  JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.agent_user_id
  LEFT JOIN teams t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
 CROSS JOIN LATERAL (
   SELECT CASE $5 WHEN 'advisor' THEN u.id::text WHEN 'team' THEN coalesce(t.id::text, 'none')
                  WHEN 'campaign' THEN coalesce(s.campaign, 'none') ELSE 'total' END AS key
 ) d
 WHERE s.answered_at >= $1 AND s.answered_at < $2
   AND s.advisor_score IS NOT NULL
   AND date_trunc($4, s.answered_at AT TIME ZONE $3)::date = $7::date
   AND ($6::text IS NULL OR d.key = $6::text)
 ORDER BY s.answered_at, s.external_id
