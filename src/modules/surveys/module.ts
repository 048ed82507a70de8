import type { ModuleManifest } from "../../platform/manifest.js";
import { SURVEYS_IMPORT } from "./import-kind.js";
import { SURVEY_INDICATORS } from "./indicators.js";
import { PERMISSIONS } from "./policy.js";
import { surveyRoutes } from "./routes.js";
import { SURVEYS_ACTIONS } from "./timeline-actions.js";

/** The customers' surveys after an advisor's call (seed 002 §6): imported or received by webhook; NPS and perceived quality. */
export const surveysModule: ModuleManifest = {
  name: "surveys",
  routes: surveyRoutes,
  importKinds: [SURVEYS_IMPORT],
  timelineActions: SURVEYS_ACTIONS,
  permissions: PERMISSIONS,
  indicators: SURVEY_INDICATORS,
};
