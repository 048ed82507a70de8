import { defineActions } from "../../platform/timeline/actions.js";

/** What the followups module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const FOLLOWUPS_ACTIONS = defineActions({
  follow_up_scheduled: { es: "Seguimiento programado", en: "Follow-up scheduled" },
  follow_up_due: { es: "Seguimiento vencido para su equipo", en: "Follow-up due for the team" },
  follow_up_done: { es: "Seguimiento realizado", en: "Follow-up done" },
  quality_control_done: { es: "Control de calidad realizado", en: "Quality control done" },
  repeated_damage_check_done: { es: "Control de daño reiterado realizado", en: "Repeated-damage check done" },
  promotion_ending_done: { es: "Seguimiento de fin de promoción realizado", en: "Promotion follow-up done" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    followups: typeof FOLLOWUPS_ACTIONS;
  }
}
