import { defineActions } from "../../platform/timeline/actions.js";

/** What the tenants module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const TENANTS_ACTIONS = defineActions({
  tenant_created: { es: "Operador creado", en: "Operator created" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    tenants: typeof TENANTS_ACTIONS;
  }
}
