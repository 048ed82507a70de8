-- Seed 004 §5, the cell's three indicators over the rows the client sent in its base (ajustes_<fecha de corte>):
--   AJUSTE RECHAZADO = registros mal ejecutados por asesor   / total enviado por el cliente x 100
--                      (a rejection the cell confirmed as right: the front-office agent's error)
--   AJUSTE CORREGIDO = registros corregidos por asesor        / total enviado por el cliente x 100
--                      (a wrong rejection the cell re-marked and re-escalated at least once)
--   AJUSTE APLICADO  = registros correctamente ejecutados     / total enviado por el cliente x 100
--                      (the back office approved the adjustment)
-- The percentages are computed by rules.ts (indicatorPercent) from these counts.
-- $1 dimension: 'cut' (fecha de corte), 'agent' (the requesting agent) or 'week' (the Monday of the cut's week);
-- $2 one cut (date) or NULL for all; $3 one agent (uuid) or NULL for all.
SELECT CASE $1 WHEN 'cut' THEN to_char(a.cut_date, 'YYYY-MM-DD')
               WHEN 'agent' THEN a.agent_user_id::text
               ELSE to_char(date_trunc('week', a.cut_date::timestamp), 'YYYY-MM-DD') END AS key,
       CASE $1 WHEN 'agent' THEN min(u.full_name) END AS label,
       count(*)::int AS total,
       count(*) FILTER (WHERE a.rightly_rejected)::int AS rejected,
       count(*) FILTER (WHERE a.reescalations > 0)::int AS corrected,
       count(*) FILTER (WHERE a.decision = 'approved')::int AS applied
  FROM adjustment_rows a
  JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
 WHERE ($2::date IS NULL OR a.cut_date = $2::date)
   AND ($3::uuid IS NULL OR a.agent_user_id = $3::uuid)
 GROUP BY 1
 ORDER BY 1
