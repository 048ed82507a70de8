-- The closing instructions behind one period's compliance (closing-compliance-values.sql): 1 in the
-- numerator when met on time, 1 in the denominator when met, late or overdue.
WITH issued AS (
  SELECT (SELECT coalesce(v.content #>> '{campaign,name}', i.campaign) FROM catalog_versions v
           WHERE v.tenant_id = i.tenant_id AND v.kind = 'dispositions' AND v.scope = i.campaign
           ORDER BY v.version DESC LIMIT 1) AS campaign,
         coalesce(u.full_name, 'system') AS advisor,
         to_char(i.created_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS issued_at,
         to_char(dl.due_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS due_at,
         CASE WHEN dl.status = 'met' THEN 'on_time' WHEN dl.status = 'breached' AND dl.met_at IS NOT NULL THEN 'late'
              WHEN (dl.status IN ('met', 'breached') OR (dl.status = 'running' AND dl.due_at < now())) THEN 'overdue' ELSE 'within_term' END AS compliance,
         date_trunc($4, i.created_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'campaign' THEN i.campaign WHEN 'advisor' THEN coalesce(d.decided_by::text, 'system')
                 WHEN 'campaign_advisor' THEN i.campaign || '/' || coalesce(d.decided_by::text, 'system') ELSE 'total' END AS key,
         CASE WHEN dl.status = 'met' THEN 1 ELSE 0 END AS numerator_weight,
         CASE WHEN (dl.status IN ('met', 'breached') OR (dl.status = 'running' AND dl.due_at < now())) THEN 1 ELSE 0 END AS denominator_weight
    FROM closing_instructions i
    JOIN case_dispositions d ON d.tenant_id = i.tenant_id AND d.id = i.disposition_id
    JOIN deadlines dl ON dl.tenant_id = i.tenant_id AND dl.id = i.deadline_id
    LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by
   WHERE i.status <> 'superseded' AND i.created_at >= $1 AND i.created_at < $2
)
SELECT campaign, advisor, issued_at, due_at, compliance, numerator_weight, denominator_weight
  FROM issued
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY issued_at, campaign
