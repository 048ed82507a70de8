-- The requests behind one period's value of annulment avoidance (annulment-avoidance-values.sql): every
-- probable annulment weighs 1 in the denominator, and 1 in the numerator when it was not annulled.
WITH probable AS (
  SELECT r.number AS request, c.full_name AS customer, r.request_type, r.detected_by AS area,
         coalesce(r.zone, 'none') AS zone, to_char(r.probable_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS probable_at,
         CASE WHEN r.status = 'annulled' THEN 'annulled' ELSE 'not_annulled' END AS status,
         date_trunc($4, r.probable_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'area' THEN r.detected_by
                 WHEN 'team' THEN coalesce((SELECT t.team FROM engineering_tickets t WHERE t.request_id = r.id
                                             ORDER BY t.created_at, t.number LIMIT 1), 'sin_equipo')
                 WHEN 'zone' THEN coalesce(r.zone, 'none')
                 ELSE 'total' END AS key,
         CASE WHEN r.status <> 'annulled' THEN 1 ELSE 0 END AS numerator_weight,
         1 AS denominator_weight
    FROM service_requests r
    JOIN customers c ON c.id = r.customer_id
   WHERE r.probable_at >= $1 AND r.probable_at < $2
)
SELECT request, customer, request_type, area, zone, probable_at, status, numerator_weight, denominator_weight
  FROM probable
 WHERE period = $7::date AND ($6::text IS NULL OR key = $6::text)
 ORDER BY probable_at, request
