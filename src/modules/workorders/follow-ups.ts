import type { CommandContext } from "../../platform/context.js";
import { scheduleFollowUp } from "../followups/index.js";
import type { Activity } from "./catalog-types.js";
import type { WorkOrderRow } from "./repo.js";

/**
 * Schedules the follow-ups the order's activity counts from `moment` (its creation or its closing),
 * each due its delay after `since`, for the team of the follow-up's kind. An order born of a retention case
 * hands the case to them, so their outcome lands on the case's timeline.
 */
export async function scheduleActivityFollowUps(
  activity: Activity | undefined,
  order: WorkOrderRow,
  moment: "created" | "closed",
  since: Date,
  ctx: CommandContext,
): Promise<void> {
  for (const followUp of activity?.followUps.filter((f) => f.from === moment) ?? []) {
    await scheduleFollowUp(
      {
        kind: followUp.kind,
        subjectType: "work_order",
        subjectId: order.id,
        customerId: order.customer_id,
        productId: order.product_id,
        caseId: order.origin_type === "retention_case" ? order.origin_id : null,
        since,
        due: { after: followUp.after },
      },
      ctx,
    );
  }
}
