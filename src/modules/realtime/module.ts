import type { ModuleManifest } from "../../platform/manifest.js";
import { realtimeRoutes } from "./routes.js";

/** The server-sent event stream that carries every module's realtime messages to browsers. */
export const realtimeModule: ModuleManifest = { name: "realtime", routes: realtimeRoutes };
