import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import type { ZoningCaseRow } from "./queries.js";

/**
 * Step 21's spreadsheet: one flat sheet, one row per zoning case, plain typed columns and a header row
 * — what a pivot table (hoja dinámica) needs — plus a sheet stating the month, version and count.
 */
export const ZONING_COLUMNS = [
  { header: "mes", key: "month", width: 9 },
  { header: "solicitud", key: "request", width: 11 },
  { header: "tipo", key: "type", width: 13 },
  { header: "orden_trabajo", key: "order", width: 14 },
  { header: "codigo_cliente", key: "customerCode", width: 16 },
  { header: "cliente", key: "customer", width: 30 },
  { header: "numero_servicio", key: "service", width: 16 },
  { header: "zona_anterior", key: "oldZone", width: 16 },
  { header: "zona_corregida", key: "zone", width: 16 },
  { header: "direccion_anterior", key: "oldAddress", width: 36 },
  { header: "direccion_corregida", key: "address", width: 36 },
  { header: "caja_nap", key: "box", width: 12 },
  { header: "estado", key: "status", width: 12 },
  { header: "fecha_correccion", key: "correctedAt", width: 17 },
] as const;

const TYPE_ES: Record<string, string> = { installation: "instalación", transfer: "traslado", migration: "migración" };

export function zoningRow(row: ZoningCaseRow, timezone: string) {
  return {
    month: row.month,
    request: Number(row.request_number),
    type: TYPE_ES[row.request_type] ?? row.request_type,
    order: Number(row.work_order_number),
    customerCode: row.customer_code,
    customer: row.customer_name,
    service: row.service_number,
    oldZone: row.original_zone ?? "",
    zone: row.corrected_zone,
    oldAddress: row.original_address,
    address: row.corrected_address,
    box: row.corrected_box ?? "",
    status: row.status === "corrected" ? "digitada" : "recibida",
    correctedAt: row.corrected_at ? DateTime.fromJSDate(row.corrected_at, { zone: timezone }).toFormat("yyyy-MM-dd HH:mm") : "",
  };
}

export async function zoningWorkbook(
  rows: readonly ZoningCaseRow[],
  meta: { month: string; version: number; timezone: string },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const sheet = workbook.addWorksheet("zonificacion", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ZONING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(zoningRow(row, meta.timezone));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ZONING_COLUMNS.length } };
  const about = workbook.addWorksheet("envio");
  about.addRows([
    ["mes", meta.month],
    ["version", meta.version],
    ["casos", rows.length],
    ["procedimiento", "COM-DSC-P10 paso 21: casos de zonificación para no generar cobro al cliente"],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
