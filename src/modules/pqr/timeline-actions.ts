import { defineActions } from "../../platform/timeline/actions.js";

/** What the PQR module writes to the timeline, with the labels the UI shows. */
export const PQR_ACTIONS = defineActions({
  pqr_filed: { es: "PQR radicada", en: "PQR filed" },
  pqr_file_attached: { es: "Archivo adjuntado a la PQR", en: "File attached to the PQR" },
  pqr_at_risk: { es: "PQR en riesgo de vencer", en: "PQR at risk of being late" },
  pqr_answered: { es: "PQR respondida y notificada", en: "PQR answered and notified" },
  pqr_closed: { es: "PQR cerrada", en: "PQR closed" },
  pqr_appeal_filed: { es: "Recurso interpuesto", en: "Appeal filed" },
  pqr_reconsideration_decided: { es: "Recurso de reposición decidido", en: "Reconsideration decided" },
  pqr_forwarded_to_authority: { es: "Expediente enviado a la autoridad", en: "File forwarded to the authority" },
  pqr_authority_decided: { es: "Decisión de la autoridad registrada", en: "Authority's decision recorded" },
  pqr_silence_flagged: { es: "Silencio administrativo positivo", en: "Positive administrative silence" },
  pqr_silence_granted: { es: "Concedido lo pedido por silencio administrativo", en: "Request granted by administrative silence" },
  pqr_desisted: { es: "El cliente desistió de la PQR", en: "The customer withdrew the PQR" },
  pqr_cun_range_set: { es: "Rango de CUN configurado", en: "CUN range configured" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    pqr: typeof PQR_ACTIONS;
  }
}
