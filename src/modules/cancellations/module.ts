import type { ModuleManifest } from "../../platform/manifest.js";
import { CANCELLATION_TIMERS } from "./case/timers.js";
import { benefitsCatalogKind, dispositionsCatalogKind } from "./catalog/kinds.js";
import { registerCancellationsCommand } from "./import/cli.js";
import { CANCELLATION_REQUESTS_IMPORT } from "./import/kind.js";
import { PERMISSIONS } from "./policy.js";
import { cancellationRoutes } from "./routes.js";
import { CANCELLATIONS_ACTIONS } from "./timeline-actions.js";

/** Cancellation requests of a campaign, their attempts and dispositions (seed 003). */
export const cancellationsModule: ModuleManifest = {
  name: "cancellations",
  routes: cancellationRoutes,
  cli: registerCancellationsCommand,
  timers: CANCELLATION_TIMERS,
  catalogKinds: [dispositionsCatalogKind, benefitsCatalogKind],
  importKinds: [CANCELLATION_REQUESTS_IMPORT],
  timelineActions: CANCELLATIONS_ACTIONS,
  permissions: { work: PERMISSIONS.work, read: PERMISSIONS.read, manage: PERMISSIONS.manage },
};
