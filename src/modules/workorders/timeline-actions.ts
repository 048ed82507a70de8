import { defineActions } from "../../platform/timeline/actions.js";

/** What the workorders module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const WORKORDERS_ACTIONS = defineActions({
  work_order_created: { es: "Orden de trabajo generada", en: "Work order created" },
  work_order_printed: { es: "Orden de trabajo impresa", en: "Work order printed" },
  work_order_reprinted: { es: "Orden de trabajo reimpresa", en: "Work order reprinted" },
  work_order_photo_attached: { es: "Foto adjuntada a la orden de trabajo", en: "Photo attached to the work order" },
  work_order_closed: { es: "Orden de trabajo cerrada", en: "Work order closed" },
  work_order_annulled: { es: "Orden de trabajo anulada", en: "Work order annulled" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    workorders: typeof WORKORDERS_ACTIONS;
  }
}
