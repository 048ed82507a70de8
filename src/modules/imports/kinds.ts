import { Type } from "@sinclair/typebox";
import type { ImportKind } from "../../platform/extensions/import-kind.js";
import { BillingInput, ClaimInput, CustomerInput, ProductInput } from "../customers/index.js";
import { booleanCell, codeCell, dateCell, dateTimeCell, numberCell, periodCell, textCell } from "./cells.js";
import { applyStagedRows } from "./repo-apply.js";

export type { ApplyStamp, ImportColumn, ImportKind, ImportReference } from "../../platform/extensions/import-kind.js";

/**
 * What can be imported, and how a spreadsheet row becomes the same shape the API validates
 * (src/modules/customers/schemas.ts). These are the foundation's four kinds; a module with an import
 * of its own declares an ImportKind in its folder (its apply SQL in its own repo) and adds it to
 * registry.ts.
 */

import type { ImportKindCode } from "./kind-codes.js";

export { IMPORT_KIND_CODES, type ImportKindCode } from "./kind-codes.js";

const applyFoundation =
  (code: ImportKindCode): ImportKind["apply"] =>
  (tx, importId, stamp) =>
    applyStagedRows(tx, code, importId, stamp);

const labels = (groups: Record<string, string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(groups).flatMap(([code, words]) => [[code, code], ...words.map((w) => [w, code])]));

const tierCell = codeCell(
  labels({
    standard: ["estandar", "normal", "masivo", "residencial"],
    premium: [],
    business: ["empresarial", "empresa", "pyme", "negocio"],
    corporate: ["corporativo", "corporativa"],
    vip: [],
  }),
  ["estándar", "premium", "empresarial", "corporativo", "vip"],
);

const productKindCell = codeCell(
  labels({
    internet: ["banda_ancha"],
    tv: ["television", "tv_cable", "cable", "television_por_cable"],
    fixed_voice: ["telefonia_fija", "fija", "telefonia", "linea_fija", "voz_fija", "voz"],
    mobile: ["movil", "celular", "telefonia_movil", "linea_movil"],
  }),
  ["internet", "tv", "telefonia_fija", "movil"],
);

const technologyCell = codeCell(
  labels({
    hfc: ["coaxial", "cable_coaxial"],
    ftth: ["fo", "fibra", "fibra_optica", "fttx"],
    copper: ["cobre", "par_de_cobre"],
    gpon: [],
    dsl: ["adsl", "vdsl", "xdsl"],
    lte: ["4g", "4g_lte", "inalambrico"],
    satellite: ["satelital", "satelite"],
    dth: ["tv_satelital"],
    other: ["otra", "otro", "otros"],
  }),
  ["HFC", "FTTH (FO)", "cobre", "GPON", "DSL", "LTE", "satelital", "DTH", "otra"],
);

const productStatusCell = codeCell(
  labels({
    active: ["activo", "activa", "habilitado", "en_servicio"],
    suspended: ["suspendido", "suspendida", "cortado", "cortada"],
    withdrawn: ["retirado", "retirada", "cancelado", "cancelada", "baja", "dado_de_baja"],
  }),
  ["activo", "suspendido", "retirado"],
);

const customerCode = CustomerInput.properties.code;

export const CUSTOMERS: ImportKind = {
  code: "customers",
  aliases: ["clientes"],
  nameEs: "clientes",
  schema: CustomerInput,
  columns: [
    { header: "codigo_cliente", field: "code", convert: textCell, example: "C-000123" },
    { header: "documento", field: "documentId", convert: textCell, example: "1020304050" },
    { header: "nombre", field: "fullName", convert: textCell, example: "María Fernanda Rojas Peña" },
    { header: "categoria", field: "tier", convert: tierCell, example: "estándar" },
    { header: "telefono", field: "phone", convert: textCell, example: "3001234567" },
    { header: "email", field: "email", convert: textCell, example: "maria.rojas@correo.com" },
    { header: "direccion", field: "address", convert: textCell, example: "Calle 45 # 12-30" },
    { header: "ciudad", field: "city", convert: textCell, example: "Bogotá" },
    { header: "en_mora", field: "isDelinquent", convert: booleanCell, example: "no" },
    { header: "central_riesgos", field: "hasCreditBureauFlag", convert: booleanCell, example: "no" },
  ],
  key: { fields: ["code"], column: "codigo_cliente", duplicateMessage: "El código de cliente «%s» ya aparece en la fila %s" },
  references: [],
  dependsOn: [],
  committedAction: "customers_imported",
  apply: applyFoundation("customers"),
};

export const PRODUCTS: ImportKind = {
  code: "products",
  aliases: ["productos", "servicios"],
  nameEs: "productos",
  schema: Type.Object({ customerCode, ...ProductInput.properties }, { additionalProperties: false }),
  columns: [
    { header: "codigo_cliente", field: "customerCode", convert: textCell, example: "C-000123" },
    { header: "numero_servicio", field: "serviceNumber", convert: textCell, example: "6015550123" },
    { header: "producto", field: "kind", convert: productKindCell, example: "internet" },
    { header: "tecnologia", field: "technology", convert: technologyCell, example: "FTTH" },
    { header: "plan", field: "plan", convert: textCell, example: "Fibra 300 Mbps" },
    { header: "estado", field: "status", convert: productStatusCell, example: "activo" },
    { header: "retirado_por_mora", field: "withdrawnForNonPayment", convert: booleanCell, example: "no" },
    { header: "cuota_mensual", field: "monthlyFee", convert: numberCell, example: 89900 },
    { header: "fecha_activacion", field: "activatedOn", convert: dateCell, example: "2023-05-14" },
  ],
  key: {
    fields: ["serviceNumber"],
    column: "numero_servicio",
    duplicateMessage: "El número de servicio «%s» ya aparece en la fila %s",
  },
  references: [{ field: "customerCode", column: "codigo_cliente", target: "customer", message: "El cliente «%s» no existe" }],
  dependsOn: ["customers"],
  committedAction: "products_imported",
  apply: applyFoundation("products"),
};

export const CLAIMS: ImportKind = {
  code: "claims",
  aliases: ["reclamos"],
  nameEs: "reclamos",
  schema: ClaimInput,
  columns: [
    { header: "numero_reclamo", field: "code", convert: textCell, example: "R-2024-000456" },
    { header: "numero_servicio", field: "serviceNumber", convert: textCell, example: "6015550123" },
    { header: "categoria", field: "category", convert: textCell, example: "Sin servicio" },
    { header: "descripcion", field: "description", convert: textCell, example: "El cliente reporta intermitencia en la noche" },
    { header: "fecha_apertura", field: "openedAt", convert: dateTimeCell, example: "2024-03-05 09:30" },
    { header: "fecha_solucion", field: "resolvedAt", convert: dateTimeCell, example: "2024-03-06 16:00" },
  ],
  key: { fields: ["code"], column: "numero_reclamo", duplicateMessage: "El número de reclamo «%s» ya aparece en la fila %s" },
  references: [
    { field: "serviceNumber", column: "numero_servicio", target: "product", message: "El número de servicio «%s» no existe" },
  ],
  dependsOn: ["products", "customers"],
  crossCheck: (row) =>
    typeof row.resolvedAt === "string" && Date.parse(row.resolvedAt) < Date.parse(String(row.openedAt))
      ? { column: "fecha_solucion", message: "La fecha de solución es anterior a la de apertura" }
      : null,
  committedAction: "claims_imported",
  apply: applyFoundation("claims"),
};

export const BILLING: ImportKind = {
  code: "billing",
  aliases: ["facturacion"],
  nameEs: "facturación",
  schema: Type.Object({ customerCode, ...BillingInput.properties }, { additionalProperties: false }),
  columns: [
    { header: "codigo_cliente", field: "customerCode", convert: textCell, example: "C-000123" },
    { header: "periodo", field: "period", convert: periodCell, example: "2024-03" },
    { header: "monto", field: "amount", convert: numberCell, example: 119900 },
  ],
  key: {
    fields: ["customerCode", "period"],
    column: "periodo",
    duplicateMessage: "El cliente y periodo «%s» ya aparecen en la fila %s",
  },
  references: [{ field: "customerCode", column: "codigo_cliente", target: "customer", message: "El cliente «%s» no existe" }],
  dependsOn: ["customers"],
  committedAction: "billing_imported",
  apply: applyFoundation("billing"),
};

/** The foundation's kinds by code; every kind of the product (these and the modules') is in registry.ts. */
export const IMPORT_KINDS: Record<ImportKindCode, ImportKind> = {
  customers: CUSTOMERS,
  products: PRODUCTS,
  claims: CLAIMS,
  billing: BILLING,
};
