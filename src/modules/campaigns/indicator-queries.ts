/**
 * The campaign indicators of seed 003, one named query each, for a reviewer to read. The period queries
 * take $1 campaign, $2 period start, $3 period end (timestamptz, [start, end)) and $4 the tenant's time
 * zone, and group by GROUPING SETS: the campaign total, per advisor (who decided the case's current
 * disposition, or who holds an open case) and per day (the tenant's calendar day). `grain` says which:
 * 'total', 'advisor' or 'day'.
 */

const GRAIN = `CASE WHEN grouping(advisor_id, day) = 3 THEN 'total' WHEN grouping(advisor_id) = 0 THEN 'advisor' ELSE 'day' END AS grain`;
const SETS = "GROUPING SETS ((), (advisor_id), (day))";

/**
 * A deadline row (`deadline`: its alias) breached as of `now`: flipped by its timer, or running past its
 * due instant and not flipped yet. The deadline service is the one source of on time and late (pauses included).
 */
const breachedAt = (deadline: string, now: string) =>
  `(${deadline}.status = 'breached' OR (${deadline}.status = 'running' AND ${deadline}.due_at < ${now}))`;

/** The cases of the campaign finished in the period, with who decided them and the tenant's day. */
const FINISHED_CASES = `WITH finished AS (
    SELECT c.state_code, c.attempts, d.decided_by AS advisor_id, (c.finished_at AT TIME ZONE $4)::date AS day
      FROM complaint_cases c
      JOIN case_dispositions d ON d.tenant_id = c.tenant_id AND d.id = c.current_disposition_id
     WHERE c.campaign = $1 AND c.status = 'finished' AND c.finished_at >= $2 AND c.finished_at < $3
  )`;

/** Finished cases of the period by final state: the distribution of final states. */
export const FINAL_STATE_DISTRIBUTION = `
  ${FINISHED_CASES}
  SELECT ${GRAIN}, advisor_id, day::text AS day, state_code, count(*)::int AS cases
    FROM finished
   GROUP BY GROUPING SETS ((state_code), (advisor_id, state_code), (day, state_code))
   ORDER BY grain, advisor_id, day, state_code`;

/**
 * Retention: finished cases of the period by the outcome of their state ($5 retained states, $6 lost,
 * $7 unreached; the rest are not applicable). Rate = retained ÷ (retained + lost); the rate counting
 * the unreached as not retained is computed beside it (docs/catalogs.md, J17).
 */
export const RETENTION_RATE = `
  ${FINISHED_CASES}
  SELECT ${GRAIN}, advisor_id, day::text AS day,
         count(*) FILTER (WHERE state_code = ANY($5::text[]))::int AS retained,
         count(*) FILTER (WHERE state_code = ANY($6::text[]))::int AS lost,
         count(*) FILTER (WHERE state_code = ANY($7::text[]))::int AS unreached,
         count(*) FILTER (WHERE NOT state_code = ANY($5::text[] || $6::text[] || $7::text[]))::int AS not_applicable
    FROM finished
   GROUP BY ${SETS}
   ORDER BY grain, advisor_id, day`;

/** Contact attempts per case finished in the period: the average and how many cases took 0, 1, 2, 3 or more. */
export const ATTEMPTS_PER_CASE = `
  ${FINISHED_CASES}
  SELECT ${GRAIN}, advisor_id, day::text AS day, count(*)::int AS cases, coalesce(sum(attempts), 0)::int AS attempts,
         round(avg(attempts), 2)::float8 AS average,
         count(*) FILTER (WHERE attempts = 0)::int AS with_0, count(*) FILTER (WHERE attempts = 1)::int AS with_1,
         count(*) FILTER (WHERE attempts = 2)::int AS with_2, count(*) FILTER (WHERE attempts >= 3)::int AS with_3_or_more
    FROM finished
   GROUP BY ${SETS}
   ORDER BY grain, advisor_id, day`;

/**
 * Closing-deadline compliance of the instructions issued in the period, read from each instruction's
 * deadline: confirmed by the billing system on time (met), confirmed late (breached, then completed),
 * overdue (breached now, unconfirmed) and still in time. Compliance = met ÷ (met + late + overdue). $5 is now.
 */
export const CLOSING_DEADLINE_COMPLIANCE = `
  WITH issued AS (
    SELECT dl.status, dl.met_at, dl.due_at, d.decided_by AS advisor_id, (i.created_at AT TIME ZONE $4)::date AS day
      FROM closing_instructions i
      JOIN case_dispositions d ON d.tenant_id = i.tenant_id AND d.id = i.disposition_id
      JOIN deadlines dl ON dl.tenant_id = i.tenant_id AND dl.id = i.deadline_id
     WHERE i.campaign = $1 AND i.status <> 'superseded' AND i.created_at >= $2 AND i.created_at < $3
  )
  SELECT ${GRAIN}, advisor_id, day::text AS day, count(*)::int AS instructions,
         count(*) FILTER (WHERE status = 'met')::int AS met,
         count(*) FILTER (WHERE status = 'breached' AND met_at IS NOT NULL)::int AS late,
         count(*) FILTER (WHERE met_at IS NULL AND ${breachedAt("issued", "$5")})::int AS overdue,
         count(*) FILTER (WHERE met_at IS NULL AND NOT ${breachedAt("issued", "$5")})::int AS in_time
    FROM issued
   GROUP BY ${SETS}
   ORDER BY grain, advisor_id, day`;

/**
 * Pending aging, now ($2): the campaign's unfinished cases by days since the complaint arrived (under 1,
 * 1–3, 3–5, over 5) and how many have their pending-closing deadline breached; total and per holder
 * (NULL = the pool). Takes only $1 campaign and $2 now.
 */
export const PENDING_AGING = `
  WITH open_cases AS (
    SELECT c.assigned_to AS advisor_id, extract(epoch FROM ($2::timestamptz - c.received_at)) / 86400 AS age_days,
           c.status,
           EXISTS (SELECT 1 FROM deadlines dl
                    WHERE dl.tenant_id = c.tenant_id AND dl.subject_type = 'complaint_case' AND dl.subject_id = c.id::text
                      AND dl.kind = 'pending_closing'
                      AND ${breachedAt("dl", "$2")}) AS breached
      FROM complaint_cases c
     WHERE c.campaign = $1 AND c.status <> 'finished' AND c.queue = 'campaign'
  )
  SELECT CASE WHEN grouping(advisor_id) = 1 THEN 'total' ELSE 'advisor' END AS grain, advisor_id, NULL::text AS day,
         count(*)::int AS cases, count(*) FILTER (WHERE status = 'pending')::int AS pending,
         count(*) FILTER (WHERE age_days < 1)::int AS under_1_day,
         count(*) FILTER (WHERE age_days >= 1 AND age_days < 3)::int AS from_1_to_3_days,
         count(*) FILTER (WHERE age_days >= 3 AND age_days < 5)::int AS from_3_to_5_days,
         count(*) FILTER (WHERE age_days >= 5)::int AS over_5_days,
         count(*) FILTER (WHERE breached)::int AS pending_closing_breached,
         coalesce(round(max(age_days)::numeric, 1), 0)::float8 AS oldest_days
    FROM open_cases
   GROUP BY GROUPING SETS ((), (advisor_id))
   ORDER BY grain, advisor_id`;
