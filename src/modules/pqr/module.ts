import type { ModuleManifest } from "../../platform/manifest.js";
import { PQR_CATALOG_KINDS } from "./catalog-kinds.js";
import { PQR_PERMISSIONS } from "./policy.js";
import { PQR_ACTIONS } from "./timeline-actions.js";

/** PQR (petición, queja, recurso) with CUN and legal clocks (seeds 002 step 5 and 004). */
export const pqrModule: ModuleManifest = {
  name: "pqr",
  timelineActions: PQR_ACTIONS,
  catalogKinds: PQR_CATALOG_KINDS,
  permissions: PQR_PERMISSIONS,
};
