-- Seed 004 §5, AJUSTE CORREGIDO = registros corregidos por asesor / total enviado por el cliente x 100 (a wrong rejection the cell re-marked and re-escalated at least once).
-- Over the rows the client sent in its base (ajustes_<fecha de corte>); the period is the cut's. By cut or
-- by the front-office agent who requested the adjustment. Parameters: src/platform/extensions/indicator.ts.
WITH sent AS (
  SELECT date_trunc($4, a.cut_date::timestamp)::date AS period,
         CASE $5 WHEN 'cut' THEN to_char(a.cut_date, 'YYYY-MM-DD')
                 WHEN 'advisor' THEN a.agent_user_id::text
                 ELSE 'total' END AS key,
         CASE $5 WHEN 'advisor' THEN u.full_name END AS label,
         (a.reescalations > 0) AS counts
    FROM adjustment_rows a
    JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
   WHERE a.cut_date >= ($1 AT TIME ZONE $3)::date AND a.cut_date < ($2 AT TIME ZONE $3)::date
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE counts) AS numerator, count(*) AS denominator
  FROM sent
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
