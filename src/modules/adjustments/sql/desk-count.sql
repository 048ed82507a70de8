-- How many rows of the cut the desk's filters match (its pager's total).
-- $1 cut (date), $2 status or NULL, $3 cause or NULL, $4 agent (uuid) or NULL.
SELECT count(*)::int AS total
  FROM adjustment_rows a
 WHERE a.cut_date = $1::date
   AND ($2::text IS NULL OR a.status = $2)
   AND ($3::text IS NULL OR a.cause_code = $3)
   AND ($4::uuid IS NULL OR a.agent_user_id = $4::uuid)
