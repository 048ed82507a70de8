import type { ModuleManifest } from "../../platform/manifest.js";
import { tenantRoutes } from "./routes.js";

/** Operators (tenants) and their settings. */
export const tenantsModule: ModuleManifest = {
  name: "tenants",
  routes: tenantRoutes,
  permissions: { manage: "tenant:manage" },
};
