-- How many rows of the cut the desk's filters match (its pager's total), from the counts that triggers
-- keep per cut, status, cause and agent (migration 0032): a few dozen keys summed, not the cut counted.
-- $1 cut (date), $2 status or NULL, $3 cause or NULL, $4 agent (uuid) or NULL.
SELECT coalesce(sum(k.n), 0)::int AS total
  FROM adjustment_cut_counts k
 WHERE k.cut_date = $1::date
   AND ($2::text IS NULL OR k.status = $2)
   AND ($3::text IS NULL OR k.cause_code = $3)
   AND ($4::uuid IS NULL OR k.agent_user_id = $4::uuid)
