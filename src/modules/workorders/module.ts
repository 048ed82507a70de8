import type { ModuleManifest } from "../../platform/manifest.js";
import { workOrderActivitiesKind } from "./catalog-kind.js";
import { registerWorkOrderCommands } from "./cli.js";
import { WORK_ORDER_OUTBOUND_HOOKS } from "./hooks.js";
import { workOrderRoutes } from "./routes.js";
import { WORKORDERS_ACTIONS } from "./timeline-actions.js";

/** Work orders of a catalog activity: print, execute, close with the customer's signature. */
export const workordersModule: ModuleManifest = {
  name: "workorders",
  timelineActions: WORKORDERS_ACTIONS,
  routes: workOrderRoutes,
  cli: registerWorkOrderCommands,
  outboundHooks: WORK_ORDER_OUTBOUND_HOOKS,
  catalogKinds: [workOrderActivitiesKind],
  permissions: { read: "workorders:read", print: "workorders:print", execute: "workorders:execute" },
};
