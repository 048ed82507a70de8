import type { ModuleManifest } from "../../platform/manifest.js";
import { DIALER_TIMERS } from "./callbacks.js";
import { outboundDispositionsKind } from "./disposition-kind.js";
import { DIALER_TOPICS } from "./engine.js";
import { DIALER_INDICATORS } from "./indicators.js";
import { dialerSettingsKind, supportGuidesKind } from "./kinds.js";
import { PERMISSIONS } from "./policy.js";
import { dialerRoutes } from "./routes.js";
import { DIALER_ACTIONS } from "./timeline-actions.js";

/** The dialer of the outbound campaigns (seed 002): hopper, pacing, telephony port, agents' states and desktop. */
export const dialerModule: ModuleManifest = {
  name: "dialer",
  routes: dialerRoutes,
  catalogKinds: [dialerSettingsKind, supportGuidesKind, outboundDispositionsKind],
  realtimeTopics: DIALER_TOPICS,
  timers: DIALER_TIMERS,
  timelineActions: DIALER_ACTIONS,
  indicators: DIALER_INDICATORS,
  permissions: { work: PERMISSIONS.work, supervise: PERMISSIONS.supervise, backoffice: PERMISSIONS.backoffice },
};
