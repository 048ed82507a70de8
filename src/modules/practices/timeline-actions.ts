import { defineActions } from "../../platform/timeline/actions.js";

/** What the management practices write to the timeline (on the practice session), with the labels the UI shows. */
export const PRACTICES_ACTIONS = defineActions({
  practice_held: { es: "Práctica de gestión realizada", en: "Management practice held" },
  improvement_idea_moved: { es: "Idea de mejora cambió de estado", en: "Improvement idea status changed" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    practices: typeof PRACTICES_ACTIONS;
  }
}
