import { once } from "node:events";
import fs from "node:fs";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { csvField } from "../../platform/csv.js";
import type { Tx } from "../../platform/db/pool.js";
import { type InstructionFilter, type InstructionRow, listInstructions } from "./queries.js";
import { INSTRUCTION_STATUS_ES, isOverdue } from "./rules.js";

/**
 * Closing instructions as a file for the billing system or for people: .xlsx (ExcelJS streaming
 * writer) or .csv (UTF-8 with BOM, so Excel shows the accents), one row per instruction, most urgent
 * first. Read in pages of a keyset, so an export of any size keeps memory flat.
 */

export type ExportFormat = "xlsx" | "csv";

export const EXPORT_COLUMNS = [
  { header: "numero_queja", width: 18 },
  { header: "accion", width: 11 },
  { header: "fecha_limite", width: 17 },
  { header: "observacion", width: 90 },
  { header: "numero_servicio", width: 16 },
  { header: "cliente", width: 30 },
  { header: "estado", width: 22 },
  { header: "motivo", width: 30 },
  { header: "asesor", width: 24 },
  { header: "estado_instruccion", width: 28 },
  { header: "vencida", width: 9 },
  { header: "referencia_facturacion", width: 22 },
  { header: "campana", width: 20 },
] as const;

/** One instruction as an export row (dates as the tenant's wall clock). */
export function exportRow(row: InstructionRow, now: Date, timezone: string): string[] {
  return [
    row.complaint_number,
    row.action,
    DateTime.fromJSDate(row.due_at, { zone: timezone }).toFormat("yyyy-MM-dd HH:mm"),
    row.note,
    row.service_number,
    row.customer_name,
    row.state_code,
    row.motive_code,
    row.decided_by_name ?? "",
    INSTRUCTION_STATUS_ES[row.status],
    isOverdue(row, now) ? "sí" : "no",
    row.billing_reference ?? "",
    row.campaign,
  ];
}

const PAGE = 1000;

async function* pages(tx: Tx, filter: Omit<InstructionFilter, "limit" | "after">) {
  let after: InstructionFilter["after"] = null;
  for (;;) {
    const rows = await listInstructions(tx, { ...filter, after, limit: PAGE });
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    const last = rows.at(-1)!;
    after = { dueAt: last.due_at, id: last.id };
  }
}

/** Writes the instructions matching `filter` to `file`; returns how many rows it wrote. */
export async function exportInstructions(
  tx: Tx,
  input: { filter: Omit<InstructionFilter, "limit" | "after">; format: ExportFormat; file: string; now: Date; timezone: string },
): Promise<number> {
  let count = 0;
  if (input.format === "csv") {
    const out = fs.createWriteStream(input.file);
    out.write(`\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(",")}\r\n`);
    for await (const rows of pages(tx, input.filter)) {
      for (const row of rows) {
        if (!out.write(`${exportRow(row, input.now, input.timezone).map(csvField).join(",")}\r\n`)) await once(out, "drain");
        count++;
      }
    }
    out.end();
    await finished(out);
    return count;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: input.file, useSharedStrings: false });
  const sheet = workbook.addWorksheet("instrucciones de cierre", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for await (const rows of pages(tx, input.filter)) {
    for (const row of rows) {
      sheet.addRow(exportRow(row, input.now, input.timezone)).commit();
      count++;
    }
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
