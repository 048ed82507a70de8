import type { ModuleManifest } from "../../platform/manifest.js";
import { catalogRoutes } from "./routes.js";
import { CATALOGS_ACTIONS } from "./timeline-actions.js";

/** Versioned catalogs per tenant, kind and scope; the kinds come from the modules that own them. */
export const catalogsModule: ModuleManifest = {
  name: "catalogs",
  timelineActions: CATALOGS_ACTIONS,
  routes: catalogRoutes,
  permissions: { manage: "catalogs:manage" },
};
