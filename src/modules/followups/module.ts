import type { ModuleManifest } from "../../platform/manifest.js";
import { followUpRoutes } from "./routes.js";
import { FOLLOWUPS_ACTIONS } from "./timeline-actions.js";
import { FOLLOW_UP_TIMERS } from "./timers.js";

/** Follow-up tasks that become due for a team (quality control, the 30-day check, a promotion's end). */
export const followupsModule: ModuleManifest = {
  name: "followups",
  timelineActions: FOLLOWUPS_ACTIONS,
  routes: followUpRoutes,
  timers: FOLLOW_UP_TIMERS,
  permissions: { work: "followups:work" },
  realtimeTopics: ["follow_up.due"],
};
