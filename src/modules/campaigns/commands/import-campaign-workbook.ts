import { isDeepStrictEqual } from "node:util";
import ExcelJS from "exceljs";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { BENEFITS_KIND, DISPOSITIONS_KIND } from "../../cancellations/index.js";
import { findCatalogVersion, publishCatalog } from "../../catalogs/index.js";
import { readCampaignWorkbook } from "../catalog-workbook.js";

export interface ImportWorkbookInput {
  campaign: string;
  /** The .xlsx, already on disk and through the zip guard. */
  filePath: string;
  note?: string | null;
}

export interface ImportWorkbookResult {
  dispositions: { version: number; published: boolean };
  benefits: { scope: string; version: number; published: boolean };
}

/**
 * Publishes a campaign's catalogs edited as a workbook: each document that changed becomes a new
 * version, checked like any catalog edit (schema, rules, what cases use), from the version the file
 * was exported from — a file exported before someone else's publication is a conflict, not an
 * overwrite. Every problem of the file is named by sheet, row and column; nothing is published then.
 */
export async function importCampaignWorkbook(input: ImportWorkbookInput, ctx: CommandContext): Promise<ImportWorkbookResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(input.filePath);
  } catch {
    throw new AppError("UNSUPPORTED_FILE", "El archivo no es un libro .xlsx legible", { field: "file" });
  }
  const read = readCampaignWorkbook(workbook);
  if ("issues" in read) {
    const describe = (i: { sheet: string; row: number; column: string | null; message: string }) =>
      `hoja «${i.sheet}»${i.row ? `, fila ${i.row}` : ""}${i.column ? `, columna ${i.column}` : ""}: ${i.message}`;
    throw new AppError("VALIDATION_FAILED", read.issues.slice(0, 5).map(describe).join("; "), {
      field: read.issues[0]!.column ?? read.issues[0]!.sheet,
      errors: read.issues.map((i) => ({ field: `${i.sheet}.${i.column ?? ""}`, row: i.row, message: describe(i) })),
    });
  }
  const { book } = read;
  const note = input.note ?? "Importado desde .xlsx";
  const publishIfChanged = async (kind: string, scope: string, content: unknown, basedOn: number | null) => {
    const current = await findCatalogVersion(ctx.tx, kind, scope);
    if (current && isDeepStrictEqual(current.content, content)) {
      if (basedOn !== null && basedOn !== current.version) {
        throw new AppError(
          "CONFLICT",
          `El archivo partió de la versión ${basedOn} y la vigente es la ${current.version}; exporte de nuevo`,
          {
            field: "file",
          },
        );
      }
      return { version: current.version, published: false };
    }
    const { version } = await publishCatalog({ kind, scope, content, note, basedOnVersion: basedOn ?? 0 }, ctx);
    return { version, published: true };
  };
  // Benefits first: the dispositions catalog names the matrix its benefit fields use.
  const benefits = await publishIfChanged(BENEFITS_KIND, book.dispositions.benefitsScope, book.benefits, book.benefitsVersion);
  const dispositions = await publishIfChanged(DISPOSITIONS_KIND, input.campaign, book.dispositions, book.dispositionsVersion);
  return { dispositions, benefits: { scope: book.dispositions.benefitsScope, ...benefits } };
}
