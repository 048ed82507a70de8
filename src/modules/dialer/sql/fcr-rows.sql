-- The interactions resolved at first contact behind one period's FCR (fcr-values.sql): each weighs 1 in the
-- denominator, and 1 in the numerator when the customer did not come back on the same typology within the
-- window; `recontact_at` is the first such re-contact.
WITH settings AS (
  SELECT coalesce((SELECT (v.content->>'fcrRecontactWindowDays')::int FROM catalog_versions v
                    WHERE v.kind = 'dialer_settings' AND v.scope = 'default' ORDER BY v.version DESC LIMIT 1), 7) AS window_days
), interactions AS (
  SELECT r.id, r.campaign_id, r.customer_id, r.list_type, r.disposition->>'dispositionCode' AS typology,
         r.disposition->>'dispositionName' AS typology_name,
         r.disposition->>'resolution' = 'first_contact' AS is_spc,
         coalesce((r.disposition->>'decidedAt')::timestamptz, r.last_attempt_at) AS at
    FROM contact_records r
   WHERE r.disposition IS NOT NULL
), spc AS (
  SELECT i.*, date_trunc($4, i.at AT TIME ZONE $3)::date AS period,
         (SELECT min(later.at) FROM interactions later, settings s
           WHERE later.customer_id = i.customer_id AND later.typology = i.typology
             AND later.at > i.at AND later.at < i.at + make_interval(days => s.window_days)) AS recontact_at
    FROM interactions i
   WHERE i.is_spc AND i.at >= $1 AND i.at < $2
), keyed AS (
  SELECT c.name AS campaign, cu.full_name AS customer, s.list_type, coalesce(s.typology_name, s.typology) AS typology,
         to_char(s.at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS resolved_at,
         to_char(s.recontact_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS recontact_at, s.at, s.period,
         CASE $5 WHEN 'campaign' THEN c.code WHEN 'list_type' THEN s.list_type ELSE 'total' END AS key,
         CASE WHEN s.recontact_at IS NULL THEN 1 ELSE 0 END AS numerator_weight,
         1 AS denominator_weight
    FROM spc s
    JOIN outbound_campaigns c ON c.id = s.campaign_id
    JOIN customers cu ON cu.id = s.customer_id
)
SELECT campaign, customer, list_type, typology, resolved_at, recontact_at, numerator_weight, denominator_weight
  FROM keyed
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY at, customer
