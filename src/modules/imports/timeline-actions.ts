import { defineActions } from "../../platform/timeline/actions.js";

/** What the imports module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const IMPORTS_ACTIONS = defineActions({
  import_staged: { es: "Archivo validado", en: "File validated" },
  import_rejected: { es: "Archivo rechazado", en: "File rejected" },
  import_discarded: { es: "Importación descartada", en: "Import discarded" },
  customers_imported: { es: "Clientes importados", en: "Customers imported" },
  products_imported: { es: "Productos importados", en: "Products imported" },
  claims_imported: { es: "Reclamos importados", en: "Claims imported" },
  billing_imported: { es: "Facturación importada", en: "Billing imported" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    imports: typeof IMPORTS_ACTIONS;
  }
}
