import type { ModuleManifest } from "../../platform/manifest.js";
import { deadlineRoutes } from "./routes.js";
import { DEADLINES_ACTIONS } from "./timeline-actions.js";
import { DEADLINE_TIMERS } from "./timers.js";

/** Deadlines on the business calendar or the clock, with at-risk and breached alerts. */
export const deadlinesModule: ModuleManifest = {
  name: "deadlines",
  timelineActions: DEADLINES_ACTIONS,
  routes: deadlineRoutes,
  timers: DEADLINE_TIMERS,
  permissions: { read: "deadlines:read", manage: "deadlines:manage" },
  realtimeTopics: ["deadline.at_risk", "deadline.breached"],
};
