-- Seed 003, closing-deadline compliance of the closing instructions issued in each period (tenant's wall
-- clock), read from each instruction's deadline: met on time ÷ (met + confirmed late + overdue now); an
-- instruction still in time counts in neither. By campaign (named by its current catalog), by the advisor
-- who decided the case, or by both. Parameters: src/platform/extensions/indicator.ts.
WITH issued AS (
  SELECT i.campaign, coalesce(d.decided_by::text, 'system') AS advisor_key, u.full_name AS advisor,
         (SELECT coalesce(v.content #>> '{campaign,name}', i.campaign) FROM catalog_versions v
           WHERE v.tenant_id = i.tenant_id AND v.kind = 'dispositions' AND v.scope = i.campaign
           ORDER BY v.version DESC LIMIT 1) AS campaign_name,
         date_trunc($4, i.created_at AT TIME ZONE $3)::date AS period,
         dl.status = 'met' AS is_met, (dl.status IN ('met', 'breached') OR (dl.status = 'running' AND dl.due_at < now())) AS is_decided
    FROM closing_instructions i
    JOIN case_dispositions d ON d.tenant_id = i.tenant_id AND d.id = i.disposition_id
    JOIN deadlines dl ON dl.tenant_id = i.tenant_id AND dl.id = i.deadline_id
    LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by
   WHERE i.status <> 'superseded' AND i.created_at >= $1 AND i.created_at < $2
), keyed AS (
  SELECT period, is_met, is_decided,
         CASE $5 WHEN 'campaign' THEN campaign WHEN 'advisor' THEN advisor_key
                 WHEN 'campaign_advisor' THEN campaign || '/' || advisor_key ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN campaign_name WHEN 'advisor' THEN advisor
                 -- No label for the system's decisions: the key «system» is named by the definition's codes.
                 WHEN 'campaign_advisor' THEN campaign_name || ' · ' || advisor END AS label
    FROM issued
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE is_met) AS numerator,
       count(*) FILTER (WHERE is_decided) AS denominator
  FROM keyed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
