-- The rows behind one indicator (indicators.sql's numerators), for the drill-down and its export.
-- $1 indicator: 'rejected' | 'corrected' | 'applied' | 'total'; $2 cut (date) or NULL; $3 agent (uuid) or NULL;
-- $4 week (the Monday, date) or NULL; $5 limit; $6 offset.
SELECT a.id, to_char(a.cut_date, 'YYYY-MM-DD') AS cut_date, a.filing_number, c.code AS account, c.full_name AS customer_name,
       a.cause_code, a.status, a.decision, a.reescalations, a.rightly_rejected, a.requested_amount, coalesce(a.approved_amount, a.applied_amount) AS applied_amount,
       coalesce(a.approved_radicado, a.radicado) AS radicado, u.full_name AS agent_name, count(*) OVER ()::int AS total_count
  FROM adjustment_rows a
  JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
  JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
 WHERE CASE $1 WHEN 'rejected' THEN a.rightly_rejected
               WHEN 'corrected' THEN a.reescalations > 0
               WHEN 'applied' THEN a.decision = 'approved'
               ELSE true END
   AND ($2::date IS NULL OR a.cut_date = $2::date)
   AND ($3::uuid IS NULL OR a.agent_user_id = $3::uuid)
   AND ($4::date IS NULL OR date_trunc('week', a.cut_date::timestamp)::date = $4::date)
 ORDER BY a.cut_date, a.filing_number
 LIMIT $5 OFFSET $6
