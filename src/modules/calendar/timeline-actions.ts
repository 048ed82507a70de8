import { defineActions } from "../../platform/timeline/actions.js";

/** What the calendar module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const CALENDAR_ACTIONS = defineActions({
  tenant_calendar_updated: { es: "Calendario del operador actualizado", en: "Operator calendar updated" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    calendar: typeof CALENDAR_ACTIONS;
  }
}
