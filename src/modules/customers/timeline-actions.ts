import { defineActions } from "../../platform/timeline/actions.js";

/** What the customers module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const CUSTOMERS_ACTIONS = defineActions({
  customer_created: { es: "Cliente creado", en: "Customer created" },
  customer_updated: { es: "Cliente actualizado", en: "Customer updated" },
  product_added: { es: "Producto agregado", en: "Product added" },
  product_updated: { es: "Producto actualizado", en: "Product updated" },
  claim_recorded: { es: "Reclamo registrado", en: "Claim recorded" },
  claim_updated: { es: "Reclamo actualizado", en: "Claim updated" },
  billing_recorded: { es: "Facturación registrada", en: "Billing recorded" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    customers: typeof CUSTOMERS_ACTIONS;
  }
}
