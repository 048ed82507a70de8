import type { TimerHandler } from "../../platform/timers/timers.js";
import { endPromotion } from "./commands/end-promotion.js";
import { PROMOTION_END_TASK, type PromotionEndPayload } from "./schedule.js";

/** The retention timer tasks, registered in src/jobs/tasks.ts. */
export const RETENTION_TIMERS: Record<string, TimerHandler> = {
  [PROMOTION_END_TASK]: (ctx, firing) => endPromotion(firing.payload as PromotionEndPayload, ctx),
};
