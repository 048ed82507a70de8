import { defineActions } from "../../platform/timeline/actions.js";

/** What the catalogs module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const CATALOGS_ACTIONS = defineActions({
  catalog_published: { es: "Catálogo publicado", en: "Catalog published" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    catalogs: typeof CATALOGS_ACTIONS;
  }
}
