import type { ModuleManifest } from "../../platform/manifest.js";
import { scorecardsCatalogKind } from "./catalog.js";
import { QUALITY_INDICATORS } from "./indicators.js";
import { PERMISSIONS } from "./policy.js";
import { qualityRoutes } from "./routes.js";
import { QUALITY_ACTIONS } from "./timeline-actions.js";

/** Quality monitoring (seed 002 §6): scorecards as catalog data, a monitor scores a recorded call, the advisor acknowledges; emitted quality. */
export const qualityModule: ModuleManifest = {
  name: "quality",
  routes: qualityRoutes,
  catalogKinds: [scorecardsCatalogKind],
  timelineActions: QUALITY_ACTIONS,
  permissions: PERMISSIONS,
  indicators: QUALITY_INDICATORS,
};
