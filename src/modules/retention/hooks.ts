import type { OutboundHooks } from "../integrations/index.js";
import { confirmOffer, failOffer } from "./commands/record-offer-answer.js";

/**
 * The billing system's filing number and the provisioning system's activation number are kept on the
 * offer; when they give up, the offer is marked failed (and a promotion's end timer cancelled).
 */
export const RETENTION_OUTBOUND_HOOKS: OutboundHooks = {
  "billing_claim.file": { onSent: confirmOffer, onFailed: failOffer },
  "promotion.activate": { onSent: confirmOffer, onFailed: failOffer },
};
