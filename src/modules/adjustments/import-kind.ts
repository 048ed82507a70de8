import { type Static, Type } from "@sinclair/typebox";
import type { CellConverter, ImportKind } from "../imports/index.js";
import { dateCell, InvalidCell, numberCell, plainCell, textCell } from "../imports/index.js";
import { applyAdjustmentRows, flagUnknownAgents, flagUnknownCauses } from "./repo.js";

const Amount = Type.Number({ minimum: 0, maximum: 999_999_999_999 });
const OptionalText = (max: number) => Type.Optional(Type.String({ minLength: 1, maxLength: max }));

/** A row of the operator's adjustment base, validated the same way from the API and from files. */
export const AdjustmentRowInput = Type.Object(
  {
    cutDate: Type.String({ format: "date" }),
    filingNumber: Type.String({ minLength: 1, maxLength: 60 }),
    account: Type.String({ minLength: 1, maxLength: 40 }),
    cause: Type.String({ pattern: "^[A-Z]$" }),
    baseStatus: OptionalText(80),
    baseDecision: OptionalText(80),
    radicado: OptionalText(60),
    agentEmail: Type.String({ minLength: 3, maxLength: 200 }),
    requestedAmount: Amount,
    appliedAmount: Type.Optional(Amount),
    evidence: Type.Optional(Type.Array(Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }), { maxItems: 20 })),
    note: OptionalText(1000),
  },
  { additionalProperties: false },
);
export type AdjustmentRowInput = Static<typeof AdjustmentRowInput>;

/** One letter A–Z, upper-cased; anything else named. Whether the letter is a cause is the catalog's (a row check). */
const causeCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  const text = String(value).trim().toUpperCase();
  return /^[A-Z]$/.test(text) ? text : new InvalidCell(`«${String(value)}» no es una letra de causal (A–M)`);
};

/** Evidence codes separated by «;» or «,» (the base's «soportes»), lower case. */
const evidenceCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  return String(value)
    .split(/[;,]/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== "");
};

/** The operator's columns, in the order the base and the export back use. */
export const ADJUSTMENT_COLUMNS = [
  { header: "fecha_corte", field: "cutDate", convert: dateCell, example: "2025-06-30" },
  { header: "numero_pqr", field: "filingNumber", convert: textCell, example: "PQR-2025-000123" },
  { header: "cuenta", field: "account", convert: textCell, example: "C-000123" },
  { header: "causal", field: "cause", convert: causeCell, example: "A" },
  { header: "estado_ajuste", field: "baseStatus", convert: textCell, example: "PENDIENTE" },
  { header: "aprobacion_rechazo", field: "baseDecision", convert: textCell, example: "" },
  { header: "radicado", field: "radicado", convert: textCell, example: "RAD-778812" },
  { header: "asesor", field: "agentEmail", convert: textCell, example: "asesor@demo.fideliza.co" },
  { header: "valor_solicitado", field: "requestedAmount", convert: numberCell, example: 45000 },
  { header: "valor_aplicado", field: "appliedAmount", convert: numberCell, example: "" },
  { header: "soportes", field: "evidence", convert: evidenceCell, example: "certificado_falla;factura" },
  { header: "observacion", field: "note", convert: textCell, example: "Sin servicio del 3 al 7 de junio" },
] as const;

/**
 * The operator's adjustment base «ajustes_<fecha de corte>» (.xlsx/.csv) through the foundation's
 * streaming import: keyed by cut and PQR filing number; a later file of the same cut updates the base's
 * fields of its rows (each change on the row's timeline) and never the cell's work on them.
 */
export const ADJUSTMENTS_IMPORT: ImportKind = {
  code: "adjustments",
  nameEs: "ajustes",
  aliases: ["ajustes", "base_ajustes"],
  schema: AdjustmentRowInput,
  columns: ADJUSTMENT_COLUMNS.map((column) => ({ ...column })),
  key: {
    fields: ["cutDate", "filingNumber"],
    column: "numero_pqr",
    duplicateMessage: "El ajuste «%s» ya aparece en la fila %s",
  },
  references: [{ field: "account", column: "cuenta", target: "customer", message: "La cuenta «%s» no existe" }],
  rowChecks: [flagUnknownCauses, flagUnknownAgents],
  dependsOn: ["customers"],
  committedAction: "adjustments_imported",
  apply: (tx, importId, stamp) => applyAdjustmentRows(tx, importId, stamp),
};
