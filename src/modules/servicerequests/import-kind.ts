import { Type } from "@sinclair/typebox";
import type { CommandContext } from "../../platform/context.js";
import type { ImportKind } from "../imports/index.js";
import { textCell } from "../imports/index.js";
import { keyServiceRequest } from "./commands/key-service-request.js";
import { currentTenantId, listNewImportedRequests } from "./repo.js";

const TYPES: Record<string, "installation" | "transfer" | "migration"> = {
  instalacion: "installation",
  instalación: "installation",
  traslado: "transfer",
  migracion: "migration",
  migración: "migration",
};

const Optional = (max: number) => Type.Optional(Type.String({ maxLength: max }));

/** A service request as the commercial system (Smartflex) exports it: the same shape from a file and from the API. */
export const ImportedServiceRequest = Type.Object(
  {
    requestNumber: Type.String({ minLength: 1, maxLength: 60 }),
    requestType: Type.String({ minLength: 1, maxLength: 20 }),
    serviceNumber: Type.String({ minLength: 1, maxLength: 40 }),
    customerCode: Type.String({ minLength: 1, maxLength: 40 }),
    address: Type.String({ minLength: 1, maxLength: 300 }),
    zone: Optional(80),
    nearestBox: Optional(80),
    sellerName: Type.String({ minLength: 1, maxLength: 120 }),
    advisorName: Type.String({ minLength: 1, maxLength: 120 }),
    observation: Optional(3000),
  },
  { additionalProperties: false },
);

/**
 * Step 1 by import: service requests keyed in the commercial system, loaded through the streaming import
 * pipeline (`fideliza import service_requests file.xlsx`). Each new request gets its work order as a keyed
 * one does; a request number already loaded is left as it is, so the same file twice changes nothing.
 */
export const SERVICE_REQUESTS_IMPORT: ImportKind = {
  code: "service_requests",
  nameEs: "solicitudes de servicio",
  aliases: ["solicitudes"],
  schema: ImportedServiceRequest,
  columns: [
    { header: "numero_solicitud", field: "requestNumber", convert: textCell, example: "SOL-2026-000123" },
    { header: "tipo", field: "requestType", convert: textCell, example: "instalación" },
    { header: "numero_servicio", field: "serviceNumber", convert: textCell, example: "6015550123" },
    { header: "codigo_cliente", field: "customerCode", convert: textCell, example: "C-000123" },
    { header: "direccion", field: "address", convert: textCell, example: "Cl 45 # 13-20" },
    { header: "zona", field: "zone", convert: textCell, example: "Chapinero" },
    { header: "caja_nap", field: "nearestBox", convert: textCell, example: "NAP-12" },
    { header: "vendedor", field: "sellerName", convert: textCell, example: "Vendedor Ríos" },
    { header: "asesor", field: "advisorName", convert: textCell, example: "Andrea Gómez" },
    { header: "observacion", field: "observation", convert: textCell, example: "Frente al parque" },
  ],
  key: { fields: ["requestNumber"], column: "numero_solicitud", duplicateMessage: "La solicitud «%s» ya aparece en la fila %s" },
  references: [
    { field: "customerCode", column: "codigo_cliente", target: "customer", message: "El cliente «%s» no existe" },
    { field: "serviceNumber", column: "numero_servicio", target: "product", message: "El número de servicio «%s» no existe" },
  ],
  crossCheck: (row) =>
    TYPES[String(row.requestType).trim().toLowerCase()]
      ? null
      : { column: "tipo", message: "El tipo debe ser instalación, traslado o migración" },
  dependsOn: ["customers", "products"],
  committedAction: "service_requests_imported",
  async apply(tx, importId, stamp) {
    const ctx: CommandContext = {
      tx,
      now: stamp.now,
      actor: {
        tenantId: await currentTenantId(tx),
        userId: stamp.actorUserId,
        email: "import",
        fullName: "Importación",
        roles: [stamp.actorRole],
        permissions: new Set(),
        via: "session",
      },
    };
    let inserted = 0;
    for (const row of await listNewImportedRequests(tx, importId)) {
      await keyServiceRequest(
        {
          requestType: TYPES[row.data.requestType!.trim().toLowerCase()]!,
          customerId: row.customer_id,
          productId: row.product_id,
          address: row.data.address!,
          zone: row.data.zone ?? null,
          nearestBox: row.data.nearestBox ?? null,
          observation: row.data.observation ?? "",
          sellerName: row.data.sellerName!,
          advisorName: row.data.advisorName!,
          source: "import",
          externalNumber: row.data.requestNumber!,
        },
        ctx,
      );
      inserted++;
    }
    return { inserted, updated: 0 };
  },
};
