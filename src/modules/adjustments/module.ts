import type { ModuleManifest } from "../../platform/manifest.js";
import { adjustmentCausesCatalogKind } from "./catalog.js";
import { registerAdjustmentsCommand } from "./cli.js";
import { ADJUSTMENTS_IMPORT } from "./import-kind.js";
import { ADJUSTMENT_INDICATORS } from "./indicators.js";
import { PERMISSIONS } from "./policy.js";
import { adjustmentRoutes } from "./routes.js";
import { ADJUSTMENTS_ACTIONS } from "./timeline-actions.js";

/** The billing-adjustments cell for VIP customers (seed 004): bases per billing cut, causes A–M, validation, answers, contacts, feedback. */
export const adjustmentsModule: ModuleManifest = {
  name: "adjustments",
  routes: adjustmentRoutes,
  cli: registerAdjustmentsCommand,
  catalogKinds: [adjustmentCausesCatalogKind],
  importKinds: [ADJUSTMENTS_IMPORT],
  timelineActions: ADJUSTMENTS_ACTIONS,
  indicators: ADJUSTMENT_INDICATORS,
  permissions: PERMISSIONS,
};
