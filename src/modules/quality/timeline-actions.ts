import { defineActions } from "../../platform/timeline/actions.js";

/** What quality monitoring writes to the timeline (on the monitoring), with the labels the UI shows. */
export const QUALITY_ACTIONS = defineActions({
  call_monitored: { es: "Llamada monitoreada por calidad", en: "Call monitored by quality" },
  monitoring_acknowledged: { es: "Monitoreo leído por el asesor", en: "Monitoring acknowledged by the advisor" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    quality: typeof QUALITY_ACTIONS;
  }
}
