import type { ModuleManifest } from "../../platform/manifest.js";
import { ROSTERS_IMPORT, STAFF_MOVEMENTS_IMPORT } from "./import-kinds.js";
import { WORKFORCE_INDICATORS } from "./indicators.js";
import { PERMISSIONS } from "./policy.js";
import { workforceRoutes } from "./routes.js";
import { WORKFORCE_ACTIONS } from "./timeline-actions.js";

/** Rosters and attendance, hires and leavers from the workforce tool (seed 002 §6): absenteeism, turnover, the Erlang C what-if. */
export const workforceModule: ModuleManifest = {
  name: "workforce",
  routes: workforceRoutes,
  importKinds: [ROSTERS_IMPORT, STAFF_MOVEMENTS_IMPORT],
  timelineActions: WORKFORCE_ACTIONS,
  permissions: PERMISSIONS,
  indicators: WORKFORCE_INDICATORS,
};
