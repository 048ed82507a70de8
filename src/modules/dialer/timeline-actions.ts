import { defineActions } from "../../platform/timeline/actions.js";

/** What the dialer writes to the timeline, with the labels the UI shows. */
export const DIALER_ACTIONS = defineActions({
  visit_booked: { es: "Visita técnica agendada", en: "Technician visit booked" },
  visit_escalated: { es: "Visita escalada al back office", en: "Visit escalated to the back office" },
  visit_escalation_booked: {
    es: "Visita escalada agendada por el back office",
    en: "Escalated visit booked by the back office",
  },
  visit_escalation_closed: {
    es: "Visita escalada cerrada sin agendar",
    en: "Escalated visit closed without booking",
  },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    dialer: typeof DIALER_ACTIONS;
  }
}
