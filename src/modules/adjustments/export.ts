import ExcelJS from "exceljs";
import type { Tx } from "../../platform/db/pool.js";
import { ADJUSTMENT_COLUMNS } from "./import-kind.js";
import { listCutForExport } from "./queries.js";
import { ROW_STATUS_LABELS } from "./rules.js";

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
