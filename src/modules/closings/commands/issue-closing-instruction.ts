import { randomUUID } from "node:crypto";
import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { type DeadlineRule, startDeadline } from "../../deadlines/index.js";
import { insertInstruction } from "../repo.js";
import { CLOSING_DEADLINE_KIND, INSTRUCTION_SUBJECT } from "../rules.js";

export interface IssueInstructionInput {
  caseId: string;
  customerId: string;
  campaign: string;
  complaintNumber: string;
  dispositionId: string;
  action: "ATENDIDO" | "ANULADO";
  /** The motive's closing deadline, counted from the disposition. */
  deadline: DeadlineRule;
  note: string;
}

/**
 * Issues the closing instruction of a finished case (ready to send, still correctable) and starts its
 * deadline on the tenant's calendar, in the disposition's transaction.
 */
export async function issueClosingInstruction(
  input: IssueInstructionInput,
  ctx: CommandContext,
): Promise<{ id: string; version: number; dueAt: Date }> {
  const id = randomUUID();
  const deadline = await startDeadline(
    {
      subjectType: INSTRUCTION_SUBJECT,
      subjectId: id,
      customerId: input.customerId,
      kind: CLOSING_DEADLINE_KIND,
      rule: input.deadline,
    },
    ctx,
  );
  const version = await insertInstruction(ctx.tx, {
    id,
    caseId: input.caseId,
    dispositionId: input.dispositionId,
    campaign: input.campaign,
    complaintNumber: input.complaintNumber,
    action: input.action,
    dueAt: deadline.due_at,
    deadlineId: deadline.id,
    note: input.note,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: input.caseId,
    customerId: input.customerId,
    action: "closing_instruction_issued",
    after: {
      instructionId: id,
      instructionVersion: version,
      complaintNumber: input.complaintNumber,
      action: input.action,
      dueAt: deadline.due_at,
      note: input.note,
    },
  });
  return { id, version, dueAt: deadline.due_at };
}
