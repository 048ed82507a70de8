-- Seed 004 step 9: rejections the cell confirmed as right during one week, by front-office agent and cause,
-- for the weekly top 5. $1 the week's Monday (date), $2 the tenant's time zone.
SELECT a.agent_user_id, u.full_name AS agent_name, a.cause_code, count(*)::int AS rejections
  FROM adjustment_rows a
  JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.agent_user_id
 WHERE a.rightly_rejected
   AND a.rejected_at >= ($1::date::timestamp AT TIME ZONE $2)
   AND a.rejected_at < (($1::date + 7)::timestamp AT TIME ZONE $2)
 GROUP BY a.agent_user_id, u.full_name, a.cause_code
