import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCatalogKind } from "../kinds.js";
import { findCatalogVersion } from "../queries.js";
import type { CatalogIssue } from "../registry.js";
import { insertCatalogVersion } from "../repo.js";
import { validateCatalogContent } from "../rules.js";

export interface PublishCatalogInput {
  kind: string;
  scope: string;
  content: unknown;
  note?: string | null;
  /** The version the editor started from (0 for a new catalog): a stale edit is a conflict, not an overwrite. */
  basedOnVersion: number;
}

function rejected(issues: CatalogIssue[]): AppError {
  return new AppError("VALIDATION_FAILED", issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "), {
    field: issues[0]?.path,
    errors: issues.map((issue) => ({ field: issue.path, message: issue.message })),
  });
}

/**
 * Publishes a new version of a catalog: checked against its kind's schema and rules, and against the
 * version it replaces (what cases already use), then appended. Earlier versions stay as they were.
 * A new scope (another campaign's catalog) is published from version 0.
 */
export async function publishCatalog(input: PublishCatalogInput, ctx: CommandContext): Promise<{ version: number }> {
  const kind = findCatalogKind(input.kind);
  if (!kind) throw new AppError("NOT_FOUND", `No existe el catálogo «${input.kind}»`, { field: "kind" });
  const issues = validateCatalogContent(kind, input.content);
  if (issues.length > 0) throw rejected(issues);

  const previous = await findCatalogVersion(ctx.tx, kind.code, input.scope);
  const current = previous?.version ?? 0;
  if (input.basedOnVersion !== current) {
    throw new AppError(
      "CONFLICT",
      `El catálogo cambió mientras lo editaba: partió de la versión ${input.basedOnVersion} y la vigente es la ${current}. Recargue y repita el cambio.`,
      { field: "basedOnVersion", currentVersion: current },
    );
  }
  if (previous && kind.checkReplacement) {
    const replacementIssues = await kind.checkReplacement(ctx.tx, input.scope, previous.content, input.content);
    if (replacementIssues.length > 0) throw rejected(replacementIssues);
  }

  const version = current + 1;
  await insertCatalogVersion(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    kind: kind.code,
    scope: input.scope,
    version,
    content: input.content,
    note: input.note ?? null,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "catalog",
    subjectId: `${kind.code}/${input.scope}`,
    action: "catalog_published",
    before: previous ? { version: previous.version } : null,
    after: { version },
    reason: input.note ?? null,
  });
  return { version };
}
