-- The cell's desk: one cut's rows, filtered by status, cause and agent, a page at a time, in the base's
-- key order (the unique index on (tenant_id, cut_date, filing_number) serves it without sorting the cut).
-- $1 cut (date), $2 status or NULL, $3 cause or NULL, $4 agent (uuid) or NULL, $5 limit, $6 offset.
SELECT a.id, to_char(a.cut_date, 'YYYY-MM-DD') AS cut_date, a.filing_number, c.code AS account, c.full_name AS customer_name,
       a.cause_code, a.status, a.decision, a.reescalations, a.requested_amount,
       coalesce(a.approved_amount, a.applied_amount) AS applied_amount, coalesce(a.approved_radicado, a.radicado) AS radicado,
       a.agent_user_id, u.full_name AS agent_name, a.pqr_cun, a.outcome, a.version
  FROM adjustment_rows a
  JOIN customers c ON c.tenant_id = a.tenant_id AND c.id = a.customer_id
  JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
 WHERE a.cut_date = $1::date
   AND ($2::text IS NULL OR a.status = $2)
   AND ($3::text IS NULL OR a.cause_code = $3)
   AND ($4::uuid IS NULL OR a.agent_user_id = $4::uuid)
 ORDER BY a.tenant_id, a.cut_date, a.filing_number
 LIMIT $5 OFFSET $6
