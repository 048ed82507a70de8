-- The rows of the base behind one period's value of adjustments.corrected (corrected-values.sql): each row sent
-- weighs 1 in the denominator, and 1 in the numerator when a.reescalations > 0.
-- The cause shows as its letter and its name in the current adjustment_causes catalog («A — Falla técnica»).
WITH causes AS (
  SELECT c->>'code' AS code, c->>'name' AS name
    FROM (SELECT v.content FROM catalog_versions v
           WHERE v.kind = 'adjustment_causes' AND v.scope = 'default' ORDER BY v.version DESC LIMIT 1) AS current
   CROSS JOIN LATERAL jsonb_array_elements(current.content->'causes') AS c
), sent AS (
  SELECT to_char(a.cut_date, 'YYYY-MM-DD') AS cut, a.filing_number AS filing, u.full_name AS advisor,
         a.cause_code || coalesce(' — ' || (SELECT k.name FROM causes k WHERE k.code = a.cause_code), '') AS cause,
         CASE a.status WHEN 'approved' THEN 'Aplicado' WHEN 'rejected_rightly' THEN 'Rechazo confirmado' WHEN 'rejected' THEN 'Rechazado' WHEN 'informed' THEN 'Informado' WHEN 'appealed' THEN 'Apelado' WHEN 'escalated_pqr' THEN 'Escalado a PQR' WHEN 'sent_to_backoffice' THEN 'En back office' ELSE 'Por validar' END AS status,
         date_trunc($4, a.cut_date::timestamp)::date AS period,
         CASE $5 WHEN 'cut' THEN to_char(a.cut_date, 'YYYY-MM-DD')
                 WHEN 'advisor' THEN a.agent_user_id::text
                 ELSE 'total' END AS key,
         CASE WHEN a.reescalations > 0 THEN 1 ELSE 0 END AS numerator_weight,
         1 AS denominator_weight
    FROM adjustment_rows a
    JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
   WHERE a.cut_date >= ($1 AT TIME ZONE $3)::date AND a.cut_date < ($2 AT TIME ZONE $3)::date
)
SELECT cut, filing, advisor, cause, status, numerator_weight, denominator_weight
  FROM sent
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY cut, filing
