import { defineActions } from "../../platform/timeline/actions.js";

/** What the dialer writes to the timeline, with the labels the UI shows. */
export const DIALER_ACTIONS = defineActions({
  visit_booked: { es: "Visita técnica agendada", en: "Technician visit booked" },
  visit_escalated: { es: "Visita escalada al back office", en: "Visit escalated to the back office" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    dialer: typeof DIALER_ACTIONS;
  }
}
