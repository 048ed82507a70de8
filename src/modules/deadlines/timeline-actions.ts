import { defineActions } from "../../platform/timeline/actions.js";

/** What the deadlines module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const DEADLINES_ACTIONS = defineActions({
  deadline_started: { es: "Plazo iniciado", en: "Deadline started" },
  deadline_paused: { es: "Plazo en pausa", en: "Deadline paused" },
  deadline_resumed: { es: "Plazo reanudado", en: "Deadline resumed" },
  deadline_at_risk: { es: "Plazo en riesgo", en: "Deadline at risk" },
  deadline_breached: { es: "Plazo vencido", en: "Deadline breached" },
  deadline_met: { es: "Plazo cumplido", en: "Deadline met" },
  deadline_cancelled: { es: "Plazo cancelado", en: "Deadline cancelled" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    deadlines: typeof DEADLINES_ACTIONS;
  }
}
