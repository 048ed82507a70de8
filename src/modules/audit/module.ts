import type { ModuleManifest } from "../../platform/manifest.js";
import { auditRoutes } from "./routes.js";

/** The timeline: reading the events of a case, order, customer or import. */
export const auditModule: ModuleManifest = {
  name: "audit",
  routes: auditRoutes,
  permissions: { read: "timeline:read" },
};
