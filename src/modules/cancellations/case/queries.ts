import type { Actor } from "../../../platform/context.js";
import type { Tx } from "../../../platform/db/pool.js";
import { AppError } from "../../../platform/errors.js";
import { explainSteps } from "../../../platform/procedure/procedure.js";
import { roleNameEs } from "../../../platform/role-names.js";
import { type CatalogDocument, readCatalogVersionCached } from "../../catalogs/index.js";
import { presentInstruction } from "../../closings/index.js";
import { presentDeadline } from "../../deadlines/index.js";
import { readCampaignCatalog } from "../catalog/campaign-catalog.js";
import { DISPOSITIONS_KIND } from "../catalog/kinds.js";
import { dispositionLabels } from "../catalog/rules.js";
import type { DispositionCatalog } from "../catalog/schema.js";
import { PENDING_CLOSING_KIND } from "../commands/write-disposition.js";
import { presentAttempt, presentCaseSummary, presentDisposition, presentStep } from "../presenter.js";
import { caseFacts, stepFacts } from "./guard.js";
import { cancellationCaseProcedure } from "./procedure.js";
import type { CaseRow } from "./repo.js";
import { findCaseDetail } from "./repo-detail.js";
import { type CaseFilter, listCases } from "./repo-queues.js";
import { attemptRefusal, correctionRefusal, dispositionRefusal } from "./rules.js";

/** Reads each catalog version once per request, to label states and motives as they were decided. */
function catalogReader(tx: Tx) {
  const cache = new Map<string, Promise<CatalogDocument<DispositionCatalog>>>();
  return (campaign: string, version?: number | null) => {
    const key = `${campaign}/${version ?? "current"}`;
    let found = cache.get(key);
    if (!found) {
      found = readCampaignCatalog(tx, campaign, version ?? undefined);
      cache.set(key, found);
    }
    return found;
  };
}

/** A case's state, motive and queue as the catalog version it was decided with names them. */
function caseLabels(catalog: DispositionCatalog | undefined, row: CaseRow) {
  return {
    ...dispositionLabels(catalog, row.state_code, row.motive_code),
    queueLabel: catalog?.queues.find((q) => q.code === row.queue)?.label ?? null,
  };
}

/** One case as lists show it. */
export async function presentCase(tx: Tx, row: CaseRow) {
  const catalog = row.catalog_version ? (await readCampaignCatalog(tx, row.campaign, row.catalog_version)).content : undefined;
  return presentCaseSummary(row, caseLabels(catalog, row));
}

/** A page of cases with their labels. */
export async function listCaseSummaries(tx: Tx, filter: CaseFilter) {
  const { rows, total } = await listCases(tx, filter);
  const read = catalogReader(tx);
  const cases = [];
  for (const row of rows) {
    const catalog = row.catalog_version ? (await read(row.campaign, row.catalog_version)).content : undefined;
    cases.push(presentCaseSummary(row, caseLabels(catalog, row)));
  }
  return { cases, total };
}

/**
 * Everything the advisor's case page shows in one round trip (CASE_DETAIL_SQL): the case, its attempts and
 * dispositions (each labelled from its own catalog version), its instructions, its pending deadline, and
 * which steps this actor may take now — each refused one with its reason. Catalog documents come from the
 * per-process cache of immutable versions, so no request reads the catalog JSON from the database again.
 */
export async function getCaseDetail(tx: Tx, id: string, actor: Actor, now: Date) {
  const detail = await findCaseDetail(tx, id);
  if (!detail) throw new AppError("NOT_FOUND", "Caso no encontrado");
  const { row, attempts, dispositions, instructions, deadlines } = detail;
  if (detail.currentVersion === null) await readCampaignCatalog(tx, row.campaign); // the 404 naming the campaign
  const read = (version: number) =>
    readCatalogVersionCached<DispositionCatalog>(tx, actor.tenantId, DISPOSITIONS_KIND, row.campaign, version);
  const current = await read(detail.currentVersion!);
  const presented = [];
  for (const disposition of dispositions) {
    const catalog = (await read(disposition.catalog_version)).content;
    const supersededBy = dispositions.find((d) => d.supersedes_id === disposition.id)?.id ?? null;
    presented.push(
      presentDisposition(disposition, dispositionLabels(catalog, disposition.state_code, disposition.motive_code), supersededBy),
    );
  }
  const decided = row.catalog_version ? (await read(row.catalog_version)).content : undefined;
  const live = instructions.find((i) => i.status !== "superseded") ?? null;
  const pending = deadlines.find((d) => d.kind === PENDING_CLOSING_KIND && d.status !== "cancelled");
  return {
    ...presentCaseSummary(row, caseLabels(decided, row)),
    catalogCurrentVersion: current.version,
    maxUnansweredAttempts: current.content.contactPolicy.maxUnansweredAttempts,
    attemptsList: attempts.map(presentAttempt),
    dispositions: presented,
    instructions: instructions.map((i) => presentInstruction(i, now)),
    pendingDeadline: pending ? presentDeadline(pending, now) : null,
    steps: explainCaseSteps(row, actor),
    refusals: {
      attempt: attemptRefusal(current.content, caseFacts(row, decided)),
      disposition: dispositionRefusal(caseFacts(row, decided)),
      correction: correctionRefusal({
        hasDisposition: row.current_disposition_id !== null,
        instructionStatus: live?.status ?? null,
      }),
    },
  };
}

function explainCaseSteps(row: CaseRow, actor: Actor) {
  return explainSteps(
    cancellationCaseProcedure,
    { state: row.status, roles: actor.roles, facts: stepFacts(row, actor) },
    roleNameEs,
  )
    .filter((step) => step.step !== "release_callback")
    .map(presentStep);
}

/** The users who may work cases, for the supervisor's assignment form. */
export async function listUsersWithPermission(
  tx: Tx,
  permission: string,
): Promise<Array<{ id: string; full_name: string; email: string }>> {
  const { rows } = await tx.query<{ id: string; full_name: string; email: string }>(
    `SELECT u.id, u.full_name, u.email FROM users u
      WHERE u.is_active
        AND EXISTS (SELECT 1 FROM user_roles r JOIN role_permissions rp ON rp.role_code = r.role_code
                     WHERE r.tenant_id = u.tenant_id AND r.user_id = u.id AND rp.permission_code = $1)
      ORDER BY u.full_name`,
    [permission],
  );
  return rows;
}
