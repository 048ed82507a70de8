import path from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { describeCliError } from "../../platform/cli.js";
import { loadConfig } from "../../platform/config.js";
import type { CommandContext } from "../../platform/context.js";
import type { Db } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { commitImport } from "./commands/commit-import.js";
import type { ImportProgress } from "./commands/stage-import.js";
import type { ImportKind } from "./kinds.js";
import { importFile } from "./pipeline.js";
import type { ImportView } from "./presenter.js";
import { describeLocalFile, type ReceivedFile } from "./received-file.js";
import { findRegisteredImportKind, genericImportKinds } from "./registered-kinds.js";
import { describeIssue } from "./rules.js";

/** Errors printed in full; the rest are counted (all of them are in GET /api/imports/:id). */
const PRINTED_ERRORS = 50;

interface ImportOptions {
  tenant: string;
  user?: string;
  dryRun?: boolean;
  batch?: string;
}

export interface FileImportRun {
  kind: ImportKind;
  file: string;
  tenant: string;
  user?: string;
  batch?: string;
  dryRun?: boolean;
  /** The import's options (a complaints import's campaign). */
  options?: Record<string, unknown>;
  /** What the acting user must be allowed to do. */
  permission: string;
  /** Checks that need the database before reading the file (e.g. that the campaign exists). */
  precheck?: (ctx: CommandContext) => Promise<unknown>;
}

/**
 * Runs one file through the import pipeline from the terminal, as the API does: a progress bar, every
 * error by row and column (exit code 1 on a rejected file), then the commit unless --dry-run.
 */
export async function runFileImport(run: FileImportRun, kit: CliKit): Promise<void> {
  await runFileImports([run], kit);
}

/**
 * Several files one after the other on one database connection (`fideliza import customers a.csv b.csv`):
 * each is its own import; a file that is refused is reported under its name and the next one goes on.
 * The exit code is 1 when any was refused. A single file's refusal is thrown as before.
 */
export async function runFileImports(runs: FileImportRun[], { withDatabase }: CliKit): Promise<void> {
  const received = runs.length === 1 ? [await describeLocalFile(path.resolve(runs[0]!.file))] : [];
  await withDatabase(async ({ db }) => {
    for (const [index, run] of runs.entries()) {
      if (runs.length === 1) {
        await importOne(run, received[0]!, db);
        continue;
      }
      console.log(`Archivo ${index + 1} de ${runs.length}: ${run.file}`);
      try {
        await importOne(run, await describeLocalFile(path.resolve(run.file)), db);
      } catch (error) {
        console.error(`${path.basename(run.file)}: ${describeCliError(error)}`);
        process.exitCode = 1;
      }
    }
  });
}

async function importOne(run: FileImportRun, received: ReceivedFile, db: Db): Promise<void> {
  const actor = await actingUser(db, { ...run, defaultEmail: firstUserWithRole("admin") });
  const withTenant = <T>(work: (ctx: CommandContext) => Promise<T>) =>
    db.tenant(actor.tenantId, (tx) => work({ tx, actor, now: new Date() }));
  if (run.precheck) await withTenant(run.precheck);
  const config = loadConfig();
  const bar = progressBar(run.kind.nameEs);
  let view: ImportView;
  try {
    view = await importFile({
      kind: run.kind,
      file: received,
      batchOf: run.batch ?? null,
      dryRun: run.dryRun,
      options: run.options,
      limits: {
        maxUncompressedBytes: config.importMaxUncompressedBytes,
        maxEntries: config.importMaxEntries,
        maxRows: config.importMaxRows,
      },
      onProgress: bar.update,
      progressIntervalMs: 100,
      withTenant,
    });
  } finally {
    bar.stop();
  }
  if (view.alreadyImported) {
    // A scheduled re-run of a file already loaded: a success that changes nothing.
    const when = view.committedAt ? new Date(view.committedAt).toLocaleString("es-CO", { timeZone: "UTC" }) : "";
    const summary = view.summary as { inserted?: number; updated?: number; unchanged?: number };
    console.log(
      `Archivo ya importado (importación ${view.id}, ${view.fileName}${when ? `, ${when} UTC` : ""}): ${counts({
        inserted: summary.inserted ?? 0,
        updated: summary.updated ?? 0,
        unchanged: summary.unchanged ?? 0,
      })}; no se aplicó de nuevo.`,
    );
    return;
  }
  printReport(view);
  if (view.status === "rejected") {
    process.exitCode = 1;
    return;
  }
  if (run.dryRun) {
    console.log("Simulación (--dry-run): el archivo es válido; no se guardó nada.");
    return;
  }
  const result = await withTenant((ctx) => commitImport(view.id, ctx));
  for (const also of result.alsoCommitted) console.log(`Confirmada también ${also.kind} ${also.importId}: ${counts(also)}`);
  console.log(`Confirmada: ${counts(result)}.`);
}

/** `fideliza import <kind> <file>`: the same pipeline as the API, run directly on the database. */
export function registerImportCommand(program: Command, kit: CliKit): void {
  program
    .command("import")
    .description("Importa clientes, productos, reclamos o facturación desde un .xlsx o .csv")
    .argument("<kind>", `qué se importa: ${genericImportKinds().map(kindNames).join("; ")}`)
    .argument("<files...>", "uno o más archivos .xlsx o .csv (cada uno es su propia importación)")
    .requiredOption("--tenant <slug>", "operador")
    .option("--user <email>", "usuario que realiza la importación (por defecto, el primer administrador)")
    .option("--batch <importId>", "une esta importación al lote de otra (sus filas pueden referirse a las de aquella)")
    .option("--dry-run", "valida y muestra los errores sin guardar nada")
    .action(async (kindName: string, files: string[], options: ImportOptions) => {
      const kind = findRegisteredImportKind(kindName);
      if (!kind) {
        throw new AppError(
          "VALIDATION_FAILED",
          `Tipo de importación desconocido «${kindName}»; use ${genericImportKinds()
            .map((k) => k.code)
            .join(", ")}`,
          { field: "kind" },
        );
      }
      if (kind.uploadedBy) {
        throw new AppError(
          "VALIDATION_FAILED",
          `Las ${kind.nameEs} se importan con \`${kind.uploadedBy.command}\`, que pide sus opciones (p. ej. la campaña)`,
          { field: "kind" },
        );
      }
      await runFileImports(
        files.map((file) => ({ kind, file, ...options, permission: "imports:run" })),
        kit,
      );
    });
}

const kindNames = (kind: ImportKind) => [kind.code, ...(kind.aliases ?? [])].join(" o ");

const counts = (s: { inserted: number; updated: number; unchanged: number }) =>
  `${s.inserted} nuevos, ${s.updated} actualizados, ${s.unchanged} sin cambios`;

/** A bar on a terminal; on a pipe or a log, nothing until the final line. */
function progressBar(noun: string) {
  if (!process.stdout.isTTY) return { update: (_: ImportProgress) => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `Importando ${noun} |{bar}| {percentage}% · {rows} filas · {mb}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress: ImportProgress) {
      // .xlsx: ExcelJS reads the whole zip before the sheet's rows, so rows (counted by the zip guard) tell progress better than bytes.
      const total = progress.totalRows ?? progress.totalBytes;
      const value = progress.totalRows === null ? progress.bytesRead : progress.rowsRead;
      const payload = {
        rows: progress.rowsRead.toLocaleString("es-CO"),
        mb: `${(progress.bytesRead / 1048576).toFixed(1)}/${(progress.totalBytes / 1048576).toFixed(1)} MB`,
      };
      if (!started) {
        bar.start(Math.max(total, 1), 0, payload);
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(progress.done ? total : value, payload);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function printReport(view: ImportView): void {
  const state = { staged: "lista para confirmar", rejected: "rechazada", committed: "confirmada", discarded: "descartada" }[
    view.status
  ];
  console.log(
    `Importación ${view.id} (${view.fileName}): ${view.totalRows} filas leídas, ${view.errorCount} ${view.errorCount === 1 ? "error" : "errores"} — ${state}`,
  );
  for (const error of view.errors.slice(0, PRINTED_ERRORS)) console.log(`  ${describeIssue(error)}`);
  if (view.errorCount > PRINTED_ERRORS) console.log(`  … y ${view.errorCount - PRINTED_ERRORS} errores más`);
}
