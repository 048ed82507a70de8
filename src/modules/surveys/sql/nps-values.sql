-- NPS (seed 002 §6, «%NPS = % de clientes promotores − % de clientes detractores / en total de encuestas»):
--   numerator   = Σ over the surveys of +1 (promoter, 9–10), 0 (passive, 7–8), −1 (detractor, 0–6)
--   denominator = the surveys answered in the period (passives count here)
-- unit percent: the engine shows 100 × numerator ÷ denominator, from −100 to +100.
-- $1 from, $2 to (answered_at), $3 the tenant's time zone, $4 grain, $5 dimension (total | advisor | team | campaign),
-- $6 one dimension value or NULL.
SELECT date_trunc($4, s.answered_at AT TIME ZONE $3)::date AS period,
       d.key,
       min(d.label) AS label,
       sum(CASE WHEN s.nps_score >= 9 THEN 1 WHEN s.nps_score >= 7 THEN 0 ELSE -1 END)::numeric AS numerator,
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
   AND ($6::text IS NULL OR d.key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
