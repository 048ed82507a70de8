import type { ModuleManifest } from "../../platform/manifest.js";
import { supervisionRoutes } from "./routes.js";

/** The supervisor's day (issue 13 §5): one snapshot of the queues, agents, deadlines at risk and today's indicators. */
export const supervisionModule: ModuleManifest = { name: "supervision", routes: supervisionRoutes };
