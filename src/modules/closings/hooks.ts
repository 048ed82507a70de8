import type { OutboundHooks } from "../integrations/index.js";
import { confirmClosingInstruction, failClosingInstruction } from "./commands/record-billing-answer.js";
import { CLOSE_CANCELLATION_OPERATION } from "./rules.js";

/** What the billing system's answers do to closing instructions; registered in src/jobs/outbound-hooks.ts. */
export const CLOSING_HOOKS: OutboundHooks = {
  [CLOSE_CANCELLATION_OPERATION]: { onSent: confirmClosingInstruction, onFailed: failClosingInstruction },
};
