import { randomUUID } from "node:crypto";
import type { CommandContext } from "../../platform/context.js";
import { recordRejectedImport } from "./commands/record-rejected-import.js";
import { type ImportProgress, stageImport } from "./commands/stage-import.js";
import { detectFormat, UnreadableFile } from "./file-format.js";
import type { ImportKind } from "./kinds.js";
import type { ImportView } from "./presenter.js";
import { getImportView } from "./queries.js";
import type { ReceivedFile } from "./received-file.js";
import { findCommittedFile } from "./repo.js";
import { guardSpreadsheet, type ZipLimits } from "./zip-guard.js";

/** Opens one tenant transaction and hands over its context: `inTenant(request, …)` in a route, `db.tenant` in the CLI. */
export type WithTenant = <T>(work: (ctx: CommandContext) => Promise<T>) => Promise<T>;

export interface ImportFileRequest {
  kind: ImportKind;
  file: ReceivedFile;
  /** Join the batch of this import (see 0003_imports.sql). */
  batchOf?: string | null;
  limits: ZipLimits;
  /** Validate and report, then roll everything back: nothing is written. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  progressIntervalMs?: number;
  /** Options of the kind for this import (a complaints import's campaign). */
  options?: Record<string, unknown>;
  withTenant: WithTenant;
}

class DryRunRollback extends Error {
  constructor(readonly view: ImportView) {
    super("dry run");
  }
}

/**
 * The streaming import pipeline every import goes through (API upload, CLI, later imports): format by
 * extension and magic bytes (415), zip-bomb guard before parsing (413), then one transaction that
 * stages the file. A file that cannot be read is recorded as a rejected import with a Spanish reason.
 * Returns the import as staged or rejected; committing is a separate step (commitImport). A file
 * already committed as this kind is not read again: the answer is that earlier import, with
 * `alreadyImported: true`, and nothing is written.
 */
export async function importFile(request: ImportFileRequest): Promise<ImportView> {
  const { kind, file, withTenant } = request;
  const importId = randomUUID();
  const finish = async (ctx: CommandContext) => {
    const view = await getImportView(ctx.tx, importId);
    if (request.dryRun) throw new DryRunRollback(view);
    return view;
  };
  const earlier = await withTenant(async ({ tx }) => {
    const committed = await findCommittedFile(tx, kind.code, file.sha256);
    return committed ? getImportView(tx, committed.id) : undefined;
  });
  if (earlier) return { ...earlier, alreadyImported: true };
  try {
    try {
      const format = await detectFormat(file.name, file.path);
      const { rowEstimate } =
        format === "xlsx" ? await guardSpreadsheet(file.path, request.limits, { inflate: false }) : { rowEstimate: null };
      return await withTenant(async (ctx) => {
        await stageImport(
          {
            importId,
            batchOf: request.batchOf ?? null,
            kind,
            file,
            format,
            rowEstimate,
            maxRows: request.limits.maxRows,
            onProgress: request.onProgress,
            progressIntervalMs: request.progressIntervalMs,
            options: request.options,
          },
          ctx,
        );
        return finish(ctx);
      });
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      return await withTenant(async (ctx) => {
        await recordRejectedImport({ importId, kind, file, message: error.message }, ctx);
        return finish(ctx);
      });
    }
  } catch (error) {
    if (error instanceof DryRunRollback) return error.view;
    throw error;
  }
}
