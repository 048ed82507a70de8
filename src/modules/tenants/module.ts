import type { ModuleManifest } from "../../platform/manifest.js";
import { tenantRoutes } from "./routes.js";
import { TENANTS_ACTIONS } from "./timeline-actions.js";

/** Operators (tenants) and their settings. */
export const tenantsModule: ModuleManifest = {
  name: "tenants",
  timelineActions: TENANTS_ACTIONS,
  routes: tenantRoutes,
  permissions: { manage: "tenant:manage" },
};
