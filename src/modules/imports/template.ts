import ExcelJS from "exceljs";
import type { ImportKind } from "./kinds.js";

/**
 * The .xlsx an operator fills in: the kind's header row and one example row on the first sheet (the
 * one that is read), and a second sheet explaining each column.
 */
export async function buildTemplate(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const sheet = workbook.addWorksheet(kind.nameEs);
  sheet.addRow(kind.columns.map((c) => c.header)).font = { bold: true };
  sheet.addRow(kind.columns.map((c) => c.example));
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(14, kind.columns[index]!.header.length + 4, String(kind.columns[index]!.example).length + 2);
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];

  const help = workbook.addWorksheet("instrucciones");
  help.addRow(["columna", "obligatoria", "ejemplo"]).font = { bold: true };
  const required = new Set(kind.schema.required ?? []);
  for (const column of kind.columns) help.addRow([column.header, required.has(column.field) ? "sí" : "no", column.example]);
  help.addRow([]);
  help.addRow(["Se lee solo la primera hoja. Borre la fila de ejemplo antes de cargar el archivo."]);
  help.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The errors of an import as an .xlsx (fila, columna, error), to fix the file and load it again. */
export async function buildErrorsWorkbook(
  errors: Array<{ row_number: number; column_name: string | null; message: string }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const sheet = workbook.addWorksheet("errores");
  sheet.addRow(["fila", "columna", "error"]).font = { bold: true };
  for (const error of errors) sheet.addRow([error.row_number, error.column_name ?? "", error.message]);
  sheet.columns = [{ width: 8 }, { width: 24 }, { width: 90 }];
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
