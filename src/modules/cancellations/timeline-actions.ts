import { defineActions } from "../../platform/timeline/actions.js";

/** What the dispositions module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const CANCELLATIONS_ACTIONS = defineActions({
  complaint_case_created: { es: "Queja en la cola", en: "Complaint queued" },
  complaint_case_updated: { es: "Queja actualizada", en: "Complaint updated" },
  complaints_imported: { es: "Quejas importadas", en: "Complaints imported" },
  case_taken: { es: "Caso tomado", en: "Case taken" },
  case_assigned: { es: "Caso asignado", en: "Case assigned" },
  callback_returned_to_pool: { es: "Llamada pendiente devuelta al grupo", en: "Callback returned to the pool" },
  contact_attempt_recorded: { es: "Intento de contacto", en: "Contact attempt" },
  disposition_set: { es: "Tipificación", en: "Disposition" },
  disposition_set_automatically: { es: "Tipificación automática", en: "Automatic disposition" },
  disposition_corrected: { es: "Tipificación corregida", en: "Disposition corrected" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    dispositions: typeof CANCELLATIONS_ACTIONS;
  }
}
