import type { ModuleManifest } from "../../platform/manifest.js";
import { timelineRoutes } from "./routes.js";

/** The timeline: reading the events of a case, order, customer or import. */
export const timelineModule: ModuleManifest = {
  name: "timeline",
  routes: timelineRoutes,
  permissions: { read: "timeline:read" },
};
