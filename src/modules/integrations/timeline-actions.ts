import { defineActions } from "../../platform/timeline/actions.js";

/** What the integrations module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const INTEGRATIONS_ACTIONS = defineActions({
  integration_configured: { es: "Integración configurada", en: "Integration configured" },
  outbound_queued: { es: "Mensaje a sistema externo en cola", en: "Message to an outside system queued" },
  outbound_sent: { es: "Mensaje a sistema externo entregado", en: "Message to an outside system delivered" },
  outbound_failed: { es: "Mensaje a sistema externo fallido", en: "Message to an outside system failed" },
  outbound_requeued: { es: "Mensaje a sistema externo reenviado a la cola", en: "Message to external system queued again" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    integrations: typeof INTEGRATIONS_ACTIONS;
  }
}
