import { createHash } from "node:crypto";
import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { PqrClocks } from "./catalog-types.js";
import { insertPqrFile, type PqrFileKind, type PqrFileMeta } from "./repo.js";
import { type EvidenceFile, evidenceProblem } from "./rules.js";

/** Refuses the whole set when one file is unacceptable, before anything is written. */
export function checkFiles(files: readonly EvidenceFile[], limits: PqrClocks["evidence"], already: number, field: string): void {
  files.forEach((file, index) => {
    const problem = evidenceProblem(file, limits, already + index);
    if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: `${field}.${index}` });
  });
}

/** Stores checked files on a PQR (content in the database, with its SHA-256). */
export async function storeFiles(
  ctx: CommandContext,
  pqrId: string,
  kind: PqrFileKind,
  files: readonly EvidenceFile[],
): Promise<PqrFileMeta[]> {
  const stored: PqrFileMeta[] = [];
  for (const file of files) {
    const content = Buffer.from(file.content);
    stored.push(
      await insertPqrFile(ctx.tx, {
        tenantId: ctx.actor.tenantId,
        pqrId,
        kind,
        fileName: file.fileName.trim(),
        mediaType: file.mediaType,
        content,
        sha256: createHash("sha256").update(content).digest("hex"),
        uploadedBy: ctx.actor.userId,
        now: ctx.now,
      }),
    );
  }
  return stored;
}
