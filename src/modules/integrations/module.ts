import type { ModuleManifest } from "../../platform/manifest.js";
import { integrationRoutes } from "./routes.js";
import { INTEGRATIONS_ACTIONS } from "./timeline-actions.js";
import { OUTBOUND_TIMERS } from "./timers.js";

/** The outbox and the adapters of outside systems (billing, field service, provisioning). */
export const integrationsModule: ModuleManifest = {
  name: "integrations",
  timelineActions: INTEGRATIONS_ACTIONS,
  routes: integrationRoutes,
  timers: OUTBOUND_TIMERS,
  permissions: { read: "integrations:read", manage: "integrations:manage" },
  realtimeTopics: ["outbound.failed"],
};
