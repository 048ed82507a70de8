-- Adherence to the management practices (seeds 002 §7 and 004, «Adherencia a las prácticas»: practices
-- held ÷ practices due, per leader and week). One cell per leader, week and practice due to the leader:
--   due  = the goal of the leader's role in the current management_practices catalog, per week
--          (count × working days for a daily goal, count for a weekly one, ½ for fortnightly, 1⁄26 for semiannual;
--          the largest when several of the leader's roles have one) — rules.ts weeklyDue
--   held = the sessions the leader recorded that week (Monday to Sunday on the tenant's clock)
--   numerator_weight = least(held, due): holding one practice more often does not make up for another
--   denominator_weight = due
-- Weeks are those whose Monday falls in [$1, $2) on the tenant's clock; a week's period is date_trunc($4) of its Monday.
-- $1 from, $2 to, $3 time zone, $4 grain, $5 dimension (total | leader | team | practice), $6 value or NULL.
-- Values: Σ numerator_weight ÷ Σ denominator_weight of the cells, per period and dimension value.
WITH catalog AS (
  SELECT v.content FROM catalog_versions v
   WHERE v.kind = 'management_practices' AND v.scope = 'default'
   ORDER BY v.version DESC LIMIT 1
), goals AS (
  SELECT p->>'code' AS practice_code, p->>'name' AS practice_name, g->>'role' AS role_code,
         (g->>'count')::numeric * CASE g->>'per' WHEN 'day' THEN (c.content->>'workingDaysPerWeek')::numeric
                                                 WHEN 'week' THEN 1 WHEN 'fortnight' THEN 0.5 ELSE 1 / 26.0 END AS weekly_due
    FROM catalog c
   CROSS JOIN LATERAL jsonb_array_elements(c.content->'practices') AS p
   CROSS JOIN LATERAL jsonb_array_elements(p->'goals') AS g
   WHERE NOT coalesce((p->>'retired')::boolean, false)
), weeks AS (
  SELECT w::date AS week_start
    FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE $3), ($2::timestamptz AT TIME ZONE $3) - interval '1 microsecond',
                         interval '1 week') AS w
   WHERE w >= date_trunc('day', $1::timestamptz AT TIME ZONE $3)
), due AS (
  SELECT u.id AS leader_id, u.full_name AS leader, u.team_id, g.practice_code, min(g.practice_name) AS practice,
         max(g.weekly_due) AS weekly_due
    FROM users u
    JOIN user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id
    JOIN goals g ON g.role_code = ur.role_code
   WHERE u.is_active
   GROUP BY u.id, u.full_name, u.team_id, g.practice_code
), cells AS (
  SELECT w.week_start, d.*, t.name AS team,
         (SELECT count(*) FROM practice_sessions s
           WHERE s.leader_user_id = d.leader_id AND s.practice_code = d.practice_code
             AND s.held_at >= (w.week_start::timestamp AT TIME ZONE $3)
             AND s.held_at < ((w.week_start + 7)::timestamp AT TIME ZONE $3))::numeric AS held
    FROM weeks w
   CROSS JOIN due d
    LEFT JOIN teams t ON t.id = d.team_id
),
cell_rows AS (
SELECT date_trunc($4, c.week_start::timestamp)::date AS period, c.week_start, c.leader_id, c.leader, c.team, c.practice_code,
       c.practice, c.held, c.weekly_due AS due,
       CASE $5 WHEN 'leader' THEN c.leader_id::text WHEN 'team' THEN coalesce(c.team_id::text, 'none')
               WHEN 'practice' THEN c.practice_code ELSE 'total' END AS key,
       CASE $5 WHEN 'leader' THEN c.leader WHEN 'team' THEN c.team WHEN 'practice' THEN c.practice END AS label,
       least(c.held, c.weekly_due) AS numerator_weight,
       c.weekly_due AS denominator_weight
  FROM cells c
)
SELECT period, key, min(label) AS label, sum(numerator_weight)::numeric AS numerator, sum(denominator_weight)::numeric AS denominator
  FROM cell_rows
 WHERE ($6::text IS NULL OR key = $6::text)
 GROUP BY 1, 2
 ORDER BY 1, 2
