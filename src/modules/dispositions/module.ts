import type { ModuleManifest } from "../../platform/manifest.js";
import { benefitsCatalogKind, dispositionsCatalogKind } from "./catalog-kinds.js";
import { registerComplaintsCommand } from "./cli.js";
import { COMPLAINTS_IMPORT } from "./import-kind.js";
import { PERMISSIONS } from "./policy.js";
import { dispositionRoutes } from "./routes.js";
import { DISPOSITIONS_ACTIONS } from "./timeline-actions.js";
import { DISPOSITION_TIMERS } from "./timers.js";

/** Cancellation requests of a campaign, their attempts and dispositions (seed 003). */
export const dispositionsModule: ModuleManifest = {
  name: "dispositions",
  timelineActions: DISPOSITIONS_ACTIONS,
  routes: dispositionRoutes,
  cli: registerComplaintsCommand,
  timers: DISPOSITION_TIMERS,
  catalogKinds: [dispositionsCatalogKind, benefitsCatalogKind],
  importKinds: [COMPLAINTS_IMPORT],
  permissions: { work: PERMISSIONS.work, read: PERMISSIONS.read, manage: PERMISSIONS.manage },
};
