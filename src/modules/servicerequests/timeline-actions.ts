import { defineActions } from "../../platform/timeline/actions.js";

/** What the servicerequests module writes to the timeline, with the labels the UI shows. */
export const SERVICEREQUESTS_ACTIONS = defineActions({
  service_request_keyed: { es: "Solicitud de servicio digitada", en: "Service request keyed" },
  service_requests_imported: { es: "Solicitudes de servicio importadas", en: "Service requests imported" },
  service_request_form_changed: { es: "Modificación de forma digitada", en: "Form change keyed" },
  service_request_reentered: { es: "Solicitud re-digitada", en: "Service request re-entered" },
  service_request_step: { es: "Paso del procedimiento para evitar anulaciones", en: "Annulment-avoidance step" },
  service_request_annulled: { es: "Solicitud anulada", en: "Service request annulled" },
  engineering_ticket_opened: { es: "Servicio de ingeniería generado", en: "Engineering ticket opened" },
  engineering_ticket_attended: { es: "Servicio de ingeniería atendido", en: "Engineering ticket attended" },
  engineering_ticket_closed: { es: "Servicio de ingeniería cerrado sin atención", en: "Engineering ticket closed unattended" },
  zoning_form_received: { es: "Formulario de zonificación recibido", en: "Zoning form received" },
  zoning_correction_keyed: { es: "Zonificación digitada", en: "Zoning correction keyed" },
  zoning_report_sent: { es: "Casos de zonificación remitidos a facturación", en: "Zoning cases sent to billing" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    servicerequests: typeof SERVICEREQUESTS_ACTIONS;
  }
}
