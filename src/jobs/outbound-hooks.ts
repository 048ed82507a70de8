import { CLOSING_HOOKS } from "../modules/closings/hooks.js";
import type { OutboundHooks } from "../modules/integrations/hooks.js";

/**
 * What each module does when an outside system answers one of its messages, by operation. A module
 * whose messages need an answer recorded adds its hooks here, one line per module.
 */
// biome-ignore format: one line per module, so modules added side by side do not collide
export const OUTBOUND_HOOKS: OutboundHooks = {
  ...CLOSING_HOOKS,
};
