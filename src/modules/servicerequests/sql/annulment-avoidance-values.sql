-- Seed 001, «INDICADOR DEL PROCEDIMIENTO»: solicitudes u órdenes no anuladas × 100 ÷ probables de anulación.
-- A request is probable of annulment from the first step any area took on it; it counts in the period it
-- became so (tenant's wall clock), under the area that detected it, the team its first ticket was routed
-- to, and its zone. Parameters: the engine's contract (src/platform/extensions/indicator.ts).
WITH probable AS (
  SELECT date_trunc($4, r.probable_at AT TIME ZONE $3)::date AS period,
         CASE $5 WHEN 'area' THEN r.detected_by
                 WHEN 'team' THEN coalesce((SELECT t.team FROM engineering_tickets t WHERE t.request_id = r.id
                                             ORDER BY t.created_at, t.number LIMIT 1), 'sin_equipo')
                 WHEN 'zone' THEN coalesce(r.zone, 'none')
                 ELSE 'total' END AS key,
         r.status <> 'annulled' AS is_kept
    FROM service_requests r
   WHERE r.probable_at >= $1 AND r.probable_at < $2
)
SELECT period, key, NULL::text AS label,
       count(*) FILTER (WHERE is_kept) AS numerator,
       count(*) AS denominator
  FROM probable
 WHERE $6::text IS NULL OR key = $6::text
 GROUP BY period, key
