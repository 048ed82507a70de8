import type { Tx } from "../../platform/db/pool.js";
import { insertContactLog } from "../contactpolicy/index.js";
import type { CallOutcome } from "./catalog-types.js";
import { type CallRow, endCall } from "./repo.js";

/**
 * Ends a call and logs it as an attempt in the tenant's contact log — the log the contact policy reads
 * before every attempt (one direct contact a day, the lockout after a dropped call). One place, so every
 * way a call ends (the agent's disposition, the far end hanging up, no answer) logs it the same way.
 */
export async function endCallAndLogAttempt(tx: Tx, call: CallRow, outcome: CallOutcome, now: Date): Promise<void> {
  await endCall(tx, call.id, outcome, now);
  await insertContactLog(tx, {
    customerId: call.customer_id,
    campaignId: call.campaign_id,
    recordId: call.record_id,
    phone: call.phone,
    channel: "call",
    attemptedAt: call.dialed_at,
    outcome,
    directContact: outcome === "completed",
    dropped: outcome === "dropped",
  });
}
