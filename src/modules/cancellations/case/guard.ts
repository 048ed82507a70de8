import type { Actor, CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { readCampaignCatalog } from "../catalog/campaign-catalog.js";
import { dispositionLabels } from "../catalog/rules.js";
import type { DispositionCatalog } from "../catalog/schema.js";
import type { CaseStepFacts } from "./procedure.js";
import { type CaseRow, findCase } from "./repo.js";
import { findLastCaseChange } from "./repo-queues.js";
import type { CaseFacts, CaseStatus } from "./rules.js";

/**
 * Locks a case for a command and checks it is still the version the person saw: if someone else
 * changed it meanwhile, 409 CONFLICT naming who and when — nothing is overwritten.
 */
export async function lockCase(ctx: CommandContext, id: string, expectedVersion?: number): Promise<CaseRow> {
  const row = await findCase(ctx.tx, id, { forUpdate: true });
  if (!row) throw new AppError("NOT_FOUND", "Caso no encontrado");
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    const last = await findLastCaseChange(ctx.tx, id);
    const who = last ? ` por ${last.actor_name ?? "el sistema"} (${last.action})` : "";
    throw new AppError(
      "CONFLICT",
      `El caso ${row.complaint_number} cambió mientras lo gestionaba${who}: usted vio la versión ${expectedVersion} y la vigente es la ${row.version}. Recargue el caso y repita el cambio.`,
      { field: "expectedVersion", currentVersion: row.version },
    );
  }
  return row;
}

/** A case of the pool as the procedure sees it, for the steps that act on the pool rather than on one case. */
export const POOL_CASE = { status: "open", assigned_to: null } as const;

/** What the procedure's guards need to know about the case (or POOL_CASE) and the actor. */
export function stepFacts(
  row: Pick<CaseRow, "status" | "assigned_to"> & { assignee_name?: string | null },
  actor: Actor,
  leadsTo?: CaseStatus,
): CaseStepFacts {
  return {
    status: row.status,
    actorUserId: actor.userId,
    isSupervisor: actor.roles.includes("supervisor"),
    assignedTo: row.assigned_to,
    assigneeName: row.assignee_name ?? null,
    leadsTo,
  };
}

/** What the rules need to know about the case; `catalog` (the version it was decided with) names its disposition. */
export function caseFacts(row: CaseRow, catalog?: DispositionCatalog): CaseFacts {
  const labels = dispositionLabels(catalog, row.state_code, row.motive_code);
  return {
    status: row.status,
    queue: row.queue,
    unansweredAttempts: row.unanswered_attempts,
    dispositionLabel: row.state_code ? `${labels.stateLabel} / ${labels.motiveLabel}` : null,
  };
}

/** The catalog version a finished case was decided with, to name its disposition in a refusal. */
export async function decidedCatalog(ctx: CommandContext, row: CaseRow): Promise<DispositionCatalog | undefined> {
  if (row.status !== "finished" || row.catalog_version === null) return undefined;
  return (await readCampaignCatalog(ctx.tx, row.campaign, row.catalog_version)).content;
}
