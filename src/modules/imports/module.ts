import type { ModuleManifest } from "../../platform/manifest.js";
import { registerImportCommand } from "./cli.js";
import { IMPORT_KINDS } from "./kinds.js";
import { importRoutes } from "./routes.js";
import { IMPORTS_ACTIONS } from "./timeline-actions.js";

/** The import pipeline (read, check, stage, preview, commit) and the foundation's four kinds. */
export const importsModule: ModuleManifest = {
  name: "imports",
  timelineActions: IMPORTS_ACTIONS,
  routes: importRoutes,
  cli: registerImportCommand,
  importKinds: Object.values(IMPORT_KINDS),
  permissions: { read: "imports:read", run: "imports:run" },
  realtimeTopics: ["import.progress"],
};
