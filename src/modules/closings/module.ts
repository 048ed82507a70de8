import type { ModuleManifest } from "../../platform/manifest.js";
import { registerClosingsCommand } from "./cli.js";
import { CLOSING_HOOKS } from "./hooks.js";
import { CLOSING_PERMISSIONS } from "./policy.js";
import { closingRoutes } from "./routes.js";
import { CLOSINGS_ACTIONS } from "./timeline-actions.js";

/** Closing instructions for the billing system (ATENDIDO / ANULADO) with their business-day deadline. */
export const closingsModule: ModuleManifest = {
  name: "closings",
  timelineActions: CLOSINGS_ACTIONS,
  routes: closingRoutes,
  cli: registerClosingsCommand,
  outboundHooks: CLOSING_HOOKS,
  permissions: CLOSING_PERMISSIONS,
};
