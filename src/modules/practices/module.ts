import type { ModuleManifest } from "../../platform/manifest.js";
import { practicesCatalogKind } from "./catalog.js";
import { PRACTICE_INDICATORS } from "./indicators.js";
import { PERMISSIONS } from "./policy.js";
import { practiceRoutes } from "./routes.js";
import { PRACTICES_ACTIONS } from "./timeline-actions.js";

/** The management practices of the operating model (seeds 002 §7 and 004): the catalog, each practice held, adherence. */
export const practicesModule: ModuleManifest = {
  name: "practices",
  routes: practiceRoutes,
  catalogKinds: [practicesCatalogKind],
  timelineActions: PRACTICES_ACTIONS,
  permissions: PERMISSIONS,
  indicators: PRACTICE_INDICATORS,
};
