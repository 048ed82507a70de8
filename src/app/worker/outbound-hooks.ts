import { CLOSING_HOOKS } from "../../modules/closings/hooks.js";
import type { OutboundHooks } from "../../modules/integrations/hooks.js";
import { RETENTION_OUTBOUND_HOOKS } from "../../modules/retention/hooks.js";
import { WORK_ORDER_OUTBOUND_HOOKS } from "../../modules/workorders/hooks.js";

/**
 * What each module does when an outside system answers one of its messages, by operation. A module
 * whose messages need an answer recorded adds its hooks here, one line per module.
 */
// biome-ignore format: one line per module, so modules added side by side do not collide
export const OUTBOUND_HOOKS: OutboundHooks = {
  ...RETENTION_OUTBOUND_HOOKS, ...WORK_ORDER_OUTBOUND_HOOKS,
  ...CLOSING_HOOKS,
};
