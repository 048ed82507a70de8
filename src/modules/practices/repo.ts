import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { IdeaStatus } from "./rules.js";

/** SQL writes of the management practices. Row-level security scopes every statement to the tenant. */

registerConstraintErrors({
  practice_sessions_tenant_id_team_id_fkey: { code: "VALIDATION_FAILED", detail: "El equipo no existe", field: "teamId" },
});

export interface NewSession {
  practiceCode: string;
  catalogVersion: number;
  leaderUserId: string;
  teamId: string | null;
  heldAt: Date;
  notes: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** Inserts a held practice; returns its id. */
export async function insertSession(tx: Tx, session: NewSession): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO practice_sessions (tenant_id, practice_code, catalog_version, leader_user_id, team_id, held_at, notes, recorded_by, recorded_at)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      session.practiceCode,
      session.catalogVersion,
      session.leaderUserId,
      session.teamId,
      session.heldAt,
      session.notes,
      session.recordedBy,
      session.recordedAt,
    ],
  );
  return rows[0]!.id;
}

/** Inserts the ideas raised in an improvement meeting, in order; returns their ids. */
export async function insertIdeas(tx: Tx, sessionId: string, ideas: readonly { title: string; status: IdeaStatus }[], now: Date) {
  if (ideas.length === 0) return [];
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO improvement_ideas (tenant_id, session_id, title, status, updated_at)
     SELECT current_tenant_id(), $1, e.idea->>'title', e.idea->>'status', $3
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(idea, n)
      ORDER BY e.n
     RETURNING id`,
    [sessionId, JSON.stringify(ideas), now],
  );
  return rows.map((r) => r.id);
}

/** Moves an idea to a new status (the caller checked the step). */
export async function updateIdeaStatus(tx: Tx, id: string, status: IdeaStatus, now: Date): Promise<void> {
  await tx.query("UPDATE improvement_ideas SET status = $2, updated_at = $3 WHERE id = $1", [id, status, now]);
}
