import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPage } from "../../platform/db/page.js";
import type { Tx } from "../../platform/db/pool.js";
import type { IdeaStatus } from "./rules.js";

/** SQL reads of the management practices; the adherence SQL is in sql/, the indicator's own. */

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");
let adherenceRowsSql: string | undefined;

export interface SessionRow {
  id: string;
  practice_code: string;
  leader_user_id: string;
  leader_name: string;
  team_name: string | null;
  held_at: Date;
  notes: string | null;
  ideas: { id: string; title: string; status: IdeaStatus }[];
}

/** One page of held practices, newest first; one leader's or everyone's. */
export async function listSessions(tx: Tx, filter: { leaderUserId: string | null; limit: number; offset: number }) {
  return readPage<SessionRow>(
    tx,
    {
      select: `s.id, s.practice_code, s.leader_user_id, u.full_name AS leader_name, t.name AS team_name, s.held_at, s.notes,
               coalesce((SELECT jsonb_agg(jsonb_build_object('id', i.id, 'title', i.title, 'status', i.status)
                                          ORDER BY i.title)
                           FROM improvement_ideas i WHERE i.session_id = s.id), '[]') AS ideas`,
      from: `FROM practice_sessions s
             JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.leader_user_id
             LEFT JOIN teams t ON t.tenant_id = s.tenant_id AND t.id = s.team_id
            WHERE ($1::uuid IS NULL OR s.leader_user_id = $1::uuid)`,
      orderBy: "s.held_at DESC, s.id",
      params: [filter.leaderUserId],
    },
    filter,
  );
}

/** An idea with the leader of the meeting that raised it, locked for its status change; undefined when absent. */
export async function findIdeaForUpdate(tx: Tx, id: string) {
  const { rows } = await tx.query<{ id: string; status: IdeaStatus; leader_user_id: string }>(
    `SELECT i.id, i.status, s.leader_user_id FROM improvement_ideas i
       JOIN practice_sessions s ON s.tenant_id = i.tenant_id AND s.id = i.session_id
      WHERE i.id = $1 FOR UPDATE OF i`,
    [id],
  );
  return rows[0];
}

/** The roles of a user. */
export async function rolesOf(tx: Tx, userId: string): Promise<string[]> {
  const { rows } = await tx.query<{ role_code: string }>("SELECT role_code FROM user_roles WHERE user_id = $1", [userId]);
  return rows.map((r) => r.role_code);
}

export interface AdherenceCell {
  week_start: Date;
  leader: string;
  team: string | null;
  practice: string;
  held: string;
  due: string;
  numerator_weight: string;
  denominator_weight: string;
}

/** The adherence cells of one week (Monday, the tenant's clock), by leader and practice: the indicator's own rows SQL. */
export async function adherenceOfWeek(tx: Tx, week: string, leaderUserId: string | null): Promise<AdherenceCell[]> {
  adherenceRowsSql ??= fs.readFileSync(path.join(SQL_DIR, "adherence-rows.sql"), "utf8");
  const bounds = await tx.query<{ from_at: Date; to_at: Date; timezone: string }>(
    `SELECT ($1::date::timestamp AT TIME ZONE t.timezone) AS from_at, (($1::date + 7)::timestamp AT TIME ZONE t.timezone) AS to_at,
            t.timezone
       FROM tenants t WHERE t.id = current_tenant_id()`,
    [week],
  );
  const { from_at, to_at, timezone } = bounds.rows[0]!;
  const result = await tx.query<AdherenceCell>(adherenceRowsSql, [
    from_at,
    to_at,
    timezone,
    "week",
    leaderUserId ? "leader" : "total",
    leaderUserId,
    week,
  ]);
  return result.rows;
}
