import { actorRole, type CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCurrentTenant } from "../../tenants/index.js";
import type { ImportKind } from "../kinds.js";
import { findRegisteredImportKind, importKindOrder } from "../registered-kinds.js";
import {
  discardSupersededCopies,
  findCommittedFile,
  findImport,
  type ImportRow,
  lockBatch,
  markCommitted,
  preferHashJoins,
} from "../repo.js";
import { countStagedRows, findUnresolvedReferences } from "../repo-apply.js";
import { commitRefusal, formatDateTime, isBulk } from "../rules.js";

export interface CommitSummary {
  importId: string;
  kind: string;
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Applies a staged import to the operator's data in the caller's one transaction: inserts new rows,
 * updates only rows that differ, appends their timeline events and one event on the import with the
 * summary. Staged imports of the same batch that this kind depends on (customers before their
 * products) are committed first, in the same transaction. The batch is locked FOR UPDATE, so two
 * concurrent commits cannot both apply; the same file is committed at most once.
 */
export async function commitImport(
  importId: string,
  ctx: CommandContext,
): Promise<CommitSummary & { alsoCommitted: CommitSummary[] }> {
  const { tx } = ctx;
  const found = await findImport(tx, importId);
  if (!found) throw new AppError("NOT_FOUND", "Importación no encontrada");
  const tenant = await findCurrentTenant(tx);
  const timezone = tenant?.timezone ?? "UTC";
  const batch = await lockBatch(tx, found.batch_id);
  const target = batch.find((row) => row.id === importId)!;
  const refusal = commitRefusal(target.status, target.error_count, target.committed_at, timezone);
  if (refusal) throw new AppError("IMPORT_NOT_COMMITTABLE", refusal, { status: target.status });

  const needed = dependencies(kindOf(target.kind));
  const first = batch
    .filter((row) => row.id !== importId && row.status === "staged" && row.error_count === 0 && needed.has(row.kind))
    .sort((a, b) => importKindOrder(a.kind) - importKindOrder(b.kind) || a.created_at.getTime() - b.created_at.getTime());
  const alsoCommitted: CommitSummary[] = [];
  for (const row of first) alsoCommitted.push(await applyImport(row, ctx, timezone));
  return { ...(await applyImport(target, ctx, timezone)), alsoCommitted };
}

function kindOf(code: string): ImportKind {
  const kind = findRegisteredImportKind(code);
  if (!kind) throw new AppError("IMPORT_NOT_COMMITTABLE", `El tipo de importación «${code}» ya no existe`);
  return kind;
}

function dependencies(kind: ImportKind): Set<string> {
  const all = new Set<string>();
  const visit = (k: ImportKind) => {
    for (const code of k.dependsOn) {
      if (!all.has(code)) {
        all.add(code);
        visit(kindOf(code));
      }
    }
  };
  visit(kind);
  return all;
}

async function applyImport(row: ImportRow, ctx: CommandContext, timezone: string): Promise<CommitSummary> {
  const { tx } = ctx;
  const kind = kindOf(row.kind);
  const earlier = await findCommittedFile(tx, kind.code, row.sha256);
  if (earlier) {
    throw new AppError(
      "DUPLICATE",
      `El archivo «${row.file_name}» ya se importó el ${formatDateTime(earlier.committed_at ?? earlier.created_at, timezone)} (importación ${earlier.id})`,
      { importId: earlier.id, committedAt: earlier.committed_at?.toISOString() },
    );
  }
  const total = await countStagedRows(tx, row.id);
  if (total !== row.total_rows) {
    // import_rows is unlogged: a restart of the database after a crash empties it.
    throw new AppError(
      "IMPORT_NOT_COMMITTABLE",
      `Las filas preparadas de la importación se perdieron (la base de datos se reinició: quedan ${total} de ${row.total_rows}); cargue el archivo de nuevo`,
    );
  }
  if (isBulk(total)) await preferHashJoins(tx);
  for (const reference of kind.references) {
    const missing = await findUnresolvedReferences(tx, row.id, reference);
    if (missing.count > 0) {
      throw new AppError(
        "IMPORT_NOT_COMMITTABLE",
        `${missing.count} ${missing.count === 1 ? "fila hace" : "filas hacen"} referencia a datos que ya no existen (fila ${missing.row}, columna ${reference.column}: «${missing.key}»); cargue el archivo de nuevo`,
        { row: missing.row ?? undefined, field: reference.column },
      );
    }
  }
  const { inserted, updated } = await kind.apply(tx, row.id, {
    now: ctx.now,
    actorUserId: ctx.actor.userId,
    actorRole: actorRole(ctx.actor),
    reason: `Importación «${row.file_name}»`,
    options: row.options,
  });
  const summary = { inserted, updated, unchanged: total - inserted - updated };
  await markCommitted(tx, row.id, summary, ctx.now);
  const superseded = await discardSupersededCopies(tx, kind.code, row.sha256);
  await recordEvent(ctx, {
    subjectType: "import",
    subjectId: row.id,
    action: kind.committedAction,
    after: { ...summary, fileName: row.file_name, ...(superseded.length ? { discardedCopies: superseded } : {}) },
  });
  return { importId: row.id, kind: kind.code, ...summary };
}
