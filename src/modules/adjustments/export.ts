import ExcelJS from "exceljs";
import type { Tx } from "../../platform/db/pool.js";
import { ADJUSTMENT_COLUMNS } from "./import-kind.js";
import { countIndicators, listCutForExport, listIndicatorRows } from "./queries.js";
import { adjustmentIndicators, INDICATOR_FORMULAS, type IndicatorCode, ROW_STATUS_LABELS } from "./rules.js";

/** The cell's columns after the operator's, in the export back. */
export const OUTCOME_HEADERS = [
  "estado_gestion",
  "decision_back",
  "motivo_rechazo",
  "reescalamientos",
  "contactos",
  "cun_pqr",
  "recurso",
  "resultado",
] as const;

const DECISIONS: Record<string, string> = { approved: "APROBADO", rejected: "RECHAZADO" };
const OUTCOMES: Record<string, string> = {
  informed: "Cliente informado",
  voicemail: "Mensaje de voz",
  appealed: "Recurso radicado",
  escalated_pqr: "Escalado a PQR",
};
const APPEALS: Record<string, string> = { reposicion: "Recurso de reposición", subsidio_apelacion: "Subsidio de apelación" };

/** A cut's outcome as .xlsx: the operator's columns in its order, then the cell's. */
export async function exportCutWorkbook(tx: Tx, cutDate: string): Promise<Buffer> {
  const rows = await listCutForExport(tx, cutDate);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`ajustes_${cutDate}`);
  sheet.addRow([...ADJUSTMENT_COLUMNS.map((c) => c.header), ...OUTCOME_HEADERS]);
  for (const row of rows) {
    sheet.addRow([
      row.cut_date,
      row.filing_number,
      row.account,
      row.cause_code,
      row.base_status,
      row.decision ? DECISIONS[row.decision] : row.base_decision,
      row.radicado,
      row.agent_email,
      Number(row.requested_amount),
      row.applied_amount === null ? null : Number(row.applied_amount),
      row.evidence.join(";"),
      row.note,
      ROW_STATUS_LABELS[row.status],
      row.decision ? DECISIONS[row.decision] : null,
      row.rejection_reason,
      row.reescalations,
      row.contacts,
      row.pqr_cun,
      row.appeal_type ? APPEALS[row.appeal_type] : null,
      row.outcome ? OUTCOMES[row.outcome] : null,
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const DIMENSIONS = { cut: "Fecha de corte", agent: "Asesor", week: "Semana" } as const;

/** The indicators by cut, agent and week, one sheet each, and each indicator's rows. */
export async function exportIndicatorsWorkbook(tx: Tx, filter: { cutDate?: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const dimension of ["cut", "agent", "week"] as const) {
    const sheet = workbook.addWorksheet(DIMENSIONS[dimension]);
    sheet.addRow([
      DIMENSIONS[dimension],
      "Total",
      "Rechazados",
      "% rechazado",
      "Corregidos",
      "% corregido",
      "Aplicados",
      "% aplicado",
    ]);
    for (const row of await countIndicators(tx, dimension, filter)) {
      const value = adjustmentIndicators(row);
      sheet.addRow([
        row.label ?? row.key,
        value.total,
        value.rejected.rows,
        value.rejected.percent,
        value.corrected.rows,
        value.corrected.percent,
        value.applied.rows,
        value.applied.percent,
      ]);
    }
    sheet.getRow(1).font = { bold: true };
  }
  const formulas = workbook.addWorksheet("Fórmulas");
  for (const [code, formula] of Object.entries(INDICATOR_FORMULAS)) formulas.addRow([code, formula]);
  for (const indicator of Object.keys(INDICATOR_FORMULAS) as IndicatorCode[]) {
    const sheet = workbook.addWorksheet(`Filas ${indicator}`);
    sheet.addRow([
      "fecha_corte",
      "numero_pqr",
      "cuenta",
      "cliente",
      "causal",
      "estado",
      "asesor",
      "valor_solicitado",
      "valor_aplicado",
    ]);
    const { rows } = await listIndicatorRows(tx, indicator, { ...filter, limit: 100_000, offset: 0 });
    for (const row of rows) {
      sheet.addRow([
        row.cut_date,
        row.filing_number,
        row.account,
        row.customer_name,
        row.cause_code,
        ROW_STATUS_LABELS[row.status],
        row.agent_name,
        Number(row.requested_amount),
        row.applied_amount === null ? null : Number(row.applied_amount),
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
