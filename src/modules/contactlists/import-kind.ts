import type { ImportKind } from "../imports/index.js";
import { dateCell, numberCell, textCell } from "../imports/index.js";
import { channelsCell, listCell, phonesCell } from "./import-cells.js";
import { applyContactLists, flagInvertedValidity, flagUnknownCampaign, flagUnknownListType } from "./repo.js";
import { ContactListRowInput } from "./schemas.js";

/**
 * The lists ("bases") the operator sends for an outbound campaign (.xlsx/.csv), through the generic import route
 * (`kind=contact_lists`): each row a customer of the campaign's list of a type, what the list says, the offers it
 * carries, the phones, priority and validity. A customer already on the campaign (from another list) is merged,
 * never duplicated; an unknown customer, campaign or list type is named by row and nothing is committed.
 */
export const CONTACT_LISTS_IMPORT: ImportKind = {
  code: "contact_lists",
  nameEs: "bases de gestión",
  aliases: ["bases", "bases_de_gestion", "listas"],
  schema: ContactListRowInput,
  columns: [
    { header: "campana", field: "campaign", convert: textCell, example: "premium-hogar" },
    { header: "tipo_base", field: "listType", convert: textCell, example: "fidelizacion" },
    { header: "codigo_cliente", field: "customerCode", convert: textCell, example: "C-000123" },
    { header: "motivo", field: "reason", convert: textCell, example: "Cliente premium con 2 reclamos en el trimestre" },
    { header: "ofertas", field: "offers", convert: listCell, example: "Descuento 20 % por 6 meses | Upgrade a 500 Mb" },
    { header: "telefonos", field: "phones", convert: phonesCell, example: "3001234567 | 6015550123" },
    { header: "referencias", field: "references", convert: phonesCell, example: "" },
    { header: "prioridad", field: "priority", convert: numberCell, example: 1 },
    { header: "vigente_desde", field: "validFrom", convert: dateCell, example: "2026-12-01" },
    { header: "vigente_hasta", field: "validUntil", convert: dateCell, example: "2026-12-31" },
    { header: "canales_autorizados", field: "channels", convert: channelsCell, example: "llamada | sms" },
  ],
  key: {
    fields: ["campaign", "customerCode"],
    column: "codigo_cliente",
    duplicateMessage: "La campaña y cliente «%s» ya aparecen en la fila %s",
  },
  references: [{ field: "customerCode", column: "codigo_cliente", target: "customer", message: "El cliente «%s» no existe" }],
  rowChecks: [flagUnknownCampaign, flagUnknownListType, flagInvertedValidity],
  dependsOn: ["customers"],
  committedAction: "contact_lists_imported",
  apply: applyContactLists,
};
