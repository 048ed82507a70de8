import type { ModuleManifest } from "../../platform/manifest.js";
import { catalogRoutes } from "./routes.js";

/** Versioned catalogs per tenant, kind and scope; the kinds come from the modules that own them. */
export const catalogsModule: ModuleManifest = {
  name: "catalogs",
  routes: catalogRoutes,
  permissions: { manage: "catalogs:manage" },
};
