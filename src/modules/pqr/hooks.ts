import { AppError } from "../../platform/errors.js";
import type { OutboundHooks } from "../integrations/index.js";
import { FORWARD_APPEAL_OPERATION } from "./commands/forward-to-authority.js";
import { recordAuthorityDecision } from "./commands/record-authority-decision.js";
import { findAppeal } from "./queries.js";
import { updateAppeal } from "./repo.js";
import { readAuthorityAnswer } from "./rules.js";

/**
 * The authority's answer to a forwarded file: its filing number is kept on the appeal; when the answer
 * carries the decision itself, it is recorded as the PQR's last step (by the system, on the timeline).
 * An acknowledgement alone, or a decision the PQR's state refuses (checked before anything is written),
 * leaves the PQR with the authority, for the PQR area to record the decision by hand.
 */
export const PQR_OUTBOUND_HOOKS: OutboundHooks = {
  [FORWARD_APPEAL_OPERATION]: {
    async onSent(message, ctx) {
      const appeal = await findAppeal(ctx.tx, message.subject_id);
      if (!appeal) return;
      const answer = readAuthorityAnswer(message.response);
      if (answer) {
        try {
          await recordAuthorityDecision({ pqrId: message.subject_id, ...answer, authorityReference: message.reference }, ctx);
          return;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
      }
      if (message.reference && !appeal.authority_reference) {
        await updateAppeal(ctx.tx, appeal.id, { authorityReference: message.reference }, ctx.now);
      }
    },
  },
};
