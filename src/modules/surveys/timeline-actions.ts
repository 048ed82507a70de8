import { defineActions } from "../../platform/timeline/actions.js";

/** What the surveys module writes to the timeline, with the labels the UI shows. */
export const SURVEYS_ACTIONS = defineActions({
  survey_received: { es: "Encuesta recibida", en: "Survey received" },
  survey_updated: { es: "Encuesta actualizada por la herramienta de encuestas", en: "Survey updated by the survey tool" },
  surveys_imported: { es: "Encuestas importadas", en: "Surveys imported" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    surveys: typeof SURVEYS_ACTIONS;
  }
}
