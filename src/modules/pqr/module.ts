import type { ModuleManifest } from "../../platform/manifest.js";
import { PQR_CATALOG_KINDS } from "./catalog-kinds.js";
import { registerPqrCommands } from "./cli.js";
import { PQR_OUTBOUND_HOOKS } from "./hooks.js";
import { PQR_PERMISSIONS } from "./policy.js";
import { pqrRoutes } from "./routes.js";
import { PQR_ACTIONS } from "./timeline-actions.js";
import { PQR_TIMERS } from "./timers.js";

/** PQR (petición, queja, recurso) with CUN and legal clocks (seeds 002 step 5 and 004). */
export const pqrModule: ModuleManifest = {
  name: "pqr",
  timelineActions: PQR_ACTIONS,
  routes: pqrRoutes,
  cli: registerPqrCommands,
  catalogKinds: PQR_CATALOG_KINDS,
  permissions: PQR_PERMISSIONS,
  timers: PQR_TIMERS,
  outboundHooks: PQR_OUTBOUND_HOOKS,
  realtimeTopics: ["pqr.at_risk", "pqr.silence"],
};
