import { defineActions } from "../../platform/timeline/actions.js";

/** What the retention module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const RETENTION_ACTIONS = defineActions({
  case_opened: { es: "Caso de retención abierto", en: "Retention case opened" },
  repeated_damage_checked: { es: "Daños reiterados revisados", en: "Repeated damage checked" },
  offer_accepted: { es: "Oferta aceptada", en: "Offer accepted" },
  billing_claim_filed: { es: "Reclamo de facturación digitado", en: "Billing claim filed" },
  xpress_order_created: { es: "Orden Xpress generada", en: "Xpress order created" },
  promotion_granted: { es: "Promoción habilitada", en: "Promotion granted" },
  promotion_ended: { es: "Promoción finalizada", en: "Promotion ended" },
  billing_claim_failed: {
    es: "Reclamo de facturación rechazado por el sistema externo",
    en: "Billing claim refused by the outside system",
  },
  promotion_activation_failed: {
    es: "Activación de la promoción rechazada por el sistema externo",
    en: "Promotion activation refused by the outside system",
  },
  offer_recovered: {
    es: "Oferta confirmada por el sistema externo tras un reintento",
    en: "Offer confirmed by the outside system after a retry",
  },
  customer_retained: { es: "Cliente retenido", en: "Customer retained" },
  cancellation_accepted: { es: "Baja aceptada", en: "Cancellation accepted" },
  results_evaluated: { es: "Resultados evaluados", en: "Results evaluated" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    retention: typeof RETENTION_ACTIONS;
  }
}
