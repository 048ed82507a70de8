-- Seed 002, Fcr: «porcentaje de clientes a quienes se les solucionó su requerimiento en primer contacto:
-- total de 2da interacciones nuevas por la misma tipología / total de interacciones atendidas como spc».
-- The denominator is the interactions dispositioned as resolved at first contact (spc: the disposition's
-- `resolution` = 'first_contact'); the numerator is those of them the customer did not come back about: no
-- later interaction of the same customer with the same typology (the disposition code) within the dialer
-- catalog's `fcrRecontactWindowDays` (7 when absent). The window is half-open — a re-contact exactly that many
-- days later is outside it — as in rules.ts firstContactRecontacts, which a test holds this SQL to.
-- An interaction counts in the period it was dispositioned (tenant's wall clock), by campaign or list type; a
-- re-contact is looked for past the period's end. Parameters: src/platform/extensions/indicator.ts.
WITH settings AS (
  SELECT coalesce((SELECT (v.content->>'fcrRecontactWindowDays')::int FROM catalog_versions v
                    WHERE v.kind = 'dialer_settings' AND v.scope = 'default' ORDER BY v.version DESC LIMIT 1), 7) AS window_days
), interactions AS (
  SELECT r.id, r.campaign_id, r.customer_id, r.list_type, r.disposition->>'dispositionCode' AS typology,
         r.disposition->>'resolution' = 'first_contact' AS is_spc,
         coalesce((r.disposition->>'decidedAt')::timestamptz, r.last_attempt_at) AS at
    FROM contact_records r
   WHERE r.disposition IS NOT NULL
), spc AS (
  SELECT i.*, date_trunc($4, i.at AT TIME ZONE $3)::date AS period,
         EXISTS (SELECT 1 FROM interactions later, settings s
                  WHERE later.customer_id = i.customer_id AND later.typology = i.typology
                    AND later.at > i.at AND later.at < i.at + make_interval(days => s.window_days)) AS recontacted
    FROM interactions i
   WHERE i.is_spc AND i.at >= $1 AND i.at < $2
), keyed AS (
  SELECT s.period, s.recontacted,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN s.list_type ELSE 'total' END AS key,
         CASE $5 WHEN 'campaign' THEN c.name END AS label
    FROM spc s
    JOIN outbound_campaigns c ON c.id = s.campaign_id
)
SELECT period, key, min(label) AS label, count(*) FILTER (WHERE NOT recontacted) AS numerator, count(*) AS denominator
  FROM keyed
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
