-- Seed 004's three indicators (adjustments.rejected, corrected, applied) drill down to the same rows of the base,
-- shown the same way: the cut, the filing number, the front-office agent, the cause as its letter and its name
-- in the tenant's current causes catalog («C — Cobro no reconocido»), the row's state in words. One view, so the
-- three rows SQL files differ only in their numerator. security_invoker: the caller's row-level security applies.
CREATE VIEW adjustment_rows_shown WITH (security_invoker = true) AS
SELECT a.tenant_id, a.id, a.cut_date, a.agent_user_id, a.rightly_rejected, a.reescalations, a.decision,
       to_char(a.cut_date, 'YYYY-MM-DD') AS cut, a.filing_number AS filing, u.full_name AS advisor,
       a.cause_code || coalesce(' — ' || (
         SELECT c->>'name'
           FROM catalog_versions v CROSS JOIN LATERAL jsonb_array_elements(v.content->'causes') AS c
          WHERE v.tenant_id = a.tenant_id AND v.kind = 'adjustment_causes' AND v.scope = 'default' AND c->>'code' = a.cause_code
          ORDER BY v.version DESC LIMIT 1), '') AS cause,
       CASE a.status WHEN 'approved' THEN 'Aplicado' WHEN 'rejected_rightly' THEN 'Rechazo confirmado'
                     WHEN 'rejected' THEN 'Rechazado' WHEN 'informed' THEN 'Informado' WHEN 'appealed' THEN 'Apelado'
                     WHEN 'escalated_pqr' THEN 'Escalado a PQR' WHEN 'sent_to_backoffice' THEN 'En back office'
                     ELSE 'Por validar' END AS status
  FROM adjustment_rows a
  JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id;
