import type { CellConverter, ImportKind } from "../imports/index.js";
import { dateTimeCell, InvalidCell, numberCell, textCell } from "../imports/index.js";
import { applySurveyRows, flagUnknownSurveyAgents } from "./repo.js";
import { scoreProblem } from "./rules.js";
import { SurveyInput } from "./schemas.js";

/** A 0–10 score; a number outside the scale (or not whole) is named with its value. */
const scoreCell: CellConverter = (raw, context) => {
  const value = numberCell(raw, context);
  if (value === null || value instanceof InvalidCell) return value;
  const problem = scoreProblem(value as number);
  return problem ? new InvalidCell(problem) : value;
};

/**
 * The survey tool's export (.xlsx/.csv): one answered survey a row, keyed by the tool's survey id, so
 * the same file twice changes nothing and a later file with other answers updates them.
 */
export const SURVEYS_IMPORT: ImportKind = {
  code: "surveys",
  nameEs: "encuestas",
  aliases: ["encuestas", "nps"],
  schema: SurveyInput,
  columns: [
    { header: "id_encuesta", field: "externalId", convert: textCell, example: "ENC-2025-000123" },
    { header: "fecha_respuesta", field: "answeredAt", convert: dateTimeCell, example: "2025-07-14 10:32" },
    { header: "asesor", field: "agentEmail", convert: textCell, example: "asesor@demo.fideliza.co" },
    { header: "campana", field: "campaign", convert: textCell, example: "Claro Premium" },
    { header: "nps", field: "npsScore", convert: scoreCell, example: 9 },
    { header: "satisfaccion_asesor", field: "advisorScore", convert: scoreCell, example: 10 },
    { header: "comentario", field: "comment", convert: textCell, example: "El asesor resolvió todo en una llamada" },
  ],
  key: { fields: ["externalId"], column: "id_encuesta", duplicateMessage: "La encuesta «%s» ya aparece en la fila %s" },
  references: [],
  rowChecks: [flagUnknownSurveyAgents],
  dependsOn: [],
  committedAction: "surveys_imported",
  apply: (tx, importId, stamp) => applySurveyRows(tx, importId, stamp),
};
