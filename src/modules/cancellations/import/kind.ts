import type { Actor } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { ImportKind } from "../../imports/index.js";
import { dateTimeCell, textCell } from "../../imports/index.js";
import { DEFAULT_CAMPAIGN } from "../catalog/kinds.js";
import { CancellationRequestInput } from "./cancellation-request-schema.js";
import { applyCancellationRequests, flagServiceOfOtherCustomer } from "./repo.js";

/**
 * The queue of cancellation requests from the billing system (.xlsx/.csv), through the foundation's
 * streaming import. The import's option `campaign` names the campaign its new cases join (the default
 * campaign when absent). Registered by the module manifest. Its code stays `complaints` (stored in imports.kind).
 */
export const CANCELLATION_REQUESTS_IMPORT: ImportKind = {
  code: "complaints",
  nameEs: "quejas",
  aliases: ["quejas", "cola"],
  uploadedBy: { route: "/api/complaints/imports", command: "fideliza complaints import" },
  schema: CancellationRequestInput,
  columns: [
    { header: "numero_queja", field: "complaintNumber", convert: textCell, example: "Q-2025-0001234" },
    { header: "numero_servicio", field: "serviceNumber", convert: textCell, example: "6015550123" },
    { header: "codigo_cliente", field: "customerCode", convert: textCell, example: "C-000123" },
    { header: "motivo", field: "reason", convert: textCell, example: "Solicita retiro del servicio de Internet" },
    { header: "fecha", field: "receivedAt", convert: dateTimeCell, example: "2025-06-10 09:30" },
  ],
  key: {
    fields: ["complaintNumber"],
    column: "numero_queja",
    duplicateMessage: "La queja «%s» ya aparece en la fila %s",
  },
  references: [
    { field: "customerCode", column: "codigo_cliente", target: "customer", message: "El cliente «%s» no existe" },
    { field: "serviceNumber", column: "numero_servicio", target: "product", message: "El número de servicio «%s» no existe" },
  ],
  rowChecks: [flagServiceOfOtherCustomer],
  dependsOn: ["customers", "products"],
  committedAction: "complaints_imported",
  apply: (tx, importId, stamp) =>
    applyCancellationRequests(
      tx,
      importId,
      stamp,
      typeof stamp.options.campaign === "string" ? stamp.options.campaign : DEFAULT_CAMPAIGN,
    ),
};

/**
 * A cancellation-requests upload may join the batch of another import (products its rows name, staged first).
 * Committing it commits that batch's imports too, so only someone who may run imports joins one.
 */
export function requireBatchJoin(actor: Actor, batchOf: string | null | undefined): void {
  if (batchOf && !actor.permissions.has("imports:run")) {
    throw new AppError("FORBIDDEN", "Unir la carga de quejas al lote de otra importación requiere el permiso imports:run", {
      field: "batch",
    });
  }
}
