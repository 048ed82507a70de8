-- The same indicator by product kind (the product the case is about; "none" when the case named none).
-- $1 start of this month, $2 start of next month, $3 start of last month.
SELECT coalesce(p.kind, 'none') AS product_kind,
       count(*) FILTER (WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $1 AND rc.closed_at < $2)::int AS cancelled_this_month,
       count(*) FILTER (WHERE rc.outcome = 'cancelled' AND rc.closed_at >= $3 AND rc.closed_at < $1)::int AS cancelled_last_month,
       count(*) FILTER (WHERE rc.outcome = 'retained' AND rc.closed_at >= $1 AND rc.closed_at < $2)::int AS retained_this_month,
       count(*) FILTER (WHERE rc.outcome = 'retained' AND rc.closed_at >= $3 AND rc.closed_at < $1)::int AS retained_last_month
  FROM retention_cases rc
  LEFT JOIN products p ON p.tenant_id = rc.tenant_id AND p.id = rc.product_id
 WHERE rc.closed_at >= $3 AND rc.closed_at < $2
 GROUP BY 1
 ORDER BY 1
