import type { OutboundHooks } from "../integrations/index.js";
import { setWorkOrderReference } from "./repo.js";

/** The field-service agenda's order number is kept on the work order when it answers. */
export const WORK_ORDER_OUTBOUND_HOOKS: OutboundHooks = {
  "work_order.create": {
    async onSent(message, ctx) {
      if (message.reference) await setWorkOrderReference(ctx.tx, message.subject_id, message.reference);
    },
  },
};
