import type { ModuleManifest } from "../../platform/manifest.js";
import { serviceRequestSettingsKind } from "./catalog-kind.js";
import { registerServiceRequestCommands } from "./cli.js";
import { SERVICE_REQUESTS_IMPORT } from "./import-kind.js";
import { SERVICE_REQUEST_INDICATORS } from "./indicators.js";
import { BOARD_TOPIC, SERVICE_REQUEST_PERMISSIONS } from "./policy.js";
import { serviceRequestRoutes } from "./routes.js";
import { SERVICEREQUESTS_ACTIONS } from "./timeline-actions.js";

/** Seed 001: service requests, engineering tickets, the three detection paths, zoning, the board and the indicator. */
export const servicerequestsModule: ModuleManifest = {
  name: "servicerequests",
  timelineActions: SERVICEREQUESTS_ACTIONS,
  routes: serviceRequestRoutes,
  cli: registerServiceRequestCommands,
  catalogKinds: [serviceRequestSettingsKind],
  importKinds: [SERVICE_REQUESTS_IMPORT],
  indicators: SERVICE_REQUEST_INDICATORS,
  permissions: SERVICE_REQUEST_PERMISSIONS,
  realtimeTopics: [BOARD_TOPIC],
};
