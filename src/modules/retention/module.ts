import type { ModuleManifest } from "../../platform/manifest.js";
import { RETENTION_CATALOG_KINDS } from "./catalog-kinds.js";
import { registerRetentionCommands } from "./cli.js";
import { RETENTION_OUTBOUND_HOOKS } from "./hooks.js";
import { RETENTION_INDICATORS } from "./indicators.js";
import { retentionRoutes } from "./routes.js";
import { RETENTION_ACTIONS } from "./timeline-actions.js";
import { RETENTION_TIMERS } from "./timers.js";

/** Retention of cancellation requests of customers with repeated damage (seed 000). */
export const retentionModule: ModuleManifest = {
  name: "retention",
  timelineActions: RETENTION_ACTIONS,
  routes: retentionRoutes,
  cli: registerRetentionCommands,
  timers: RETENTION_TIMERS,
  outboundHooks: RETENTION_OUTBOUND_HOOKS,
  catalogKinds: RETENTION_CATALOG_KINDS,
  indicators: RETENTION_INDICATORS,
  permissions: { read: "retention:read", work: "retention:work", evaluate: "retention:evaluate" },
};
