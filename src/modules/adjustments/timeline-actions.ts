import { defineActions } from "../../platform/timeline/actions.js";

/** What the adjustments cell writes to the timeline, with the labels the UI shows. */
export const ADJUSTMENTS_ACTIONS = defineActions({
  adjustment_row_received: { es: "Ajuste recibido en la base", en: "Adjustment received in the base" },
  adjustment_row_updated: { es: "Ajuste actualizado por una base posterior", en: "Adjustment updated by a later base" },
  adjustments_imported: { es: "Base de ajustes importada", en: "Adjustment base imported" },
  adjustment_escalated_pqr: { es: "Ajuste escalado al área de PQR", en: "Adjustment escalated to the PQR area" },
  adjustment_sent_to_backoffice: {
    es: "Ajuste enviado al back de ajustes",
    en: "Adjustment sent to the adjustments back office",
  },
  adjustment_answered: { es: "Respuesta del back de ajustes", en: "Adjustments back office answer" },
  adjustment_rejection_confirmed: { es: "Rechazo confirmado (bien rechazado)", en: "Rejection confirmed (rightly rejected)" },
  adjustment_reescalated: { es: "Mal rechazado: reescalado al back de ajustes", en: "Wrongly rejected: re-escalated" },
  adjustment_contact_attempt: { es: "Intento de contacto por el ajuste", en: "Contact attempt about the adjustment" },
  adjustment_voicemail_left: {
    es: "Mensaje de voz con la respuesta y el radicado",
    en: "Voicemail with the decision and filing number",
  },
  adjustment_customer_informed: { es: "Cliente informado del ajuste", en: "Customer informed of the adjustment" },
  adjustment_appealed: { es: "Recurso radicado ante el área de PQR", en: "Appeal filed with the PQR area" },
  adjustment_credit_sent: { es: "Nota crédito enviada a facturación", en: "Credit line sent to billing" },
  adjustment_feedback_generated: { es: "Retroalimentación semanal generada", en: "Weekly feedback generated" },
  adjustment_feedback_signed: { es: "Retroalimentación firmada por el asesor", en: "Feedback signed by the agent" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    adjustments: typeof ADJUSTMENTS_ACTIONS;
  }
}
