import type { CommandContext } from "../../../platform/context.js";
import type { TimelineAction } from "../../../platform/timeline/actions.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { CatalogDocument } from "../../catalogs/index.js";
import { issueClosingInstruction, supersedeClosingInstruction } from "../../closings/index.js";
import { completeDeadline, listDeadlines, startDeadline } from "../../deadlines/index.js";
import { type CaseRow, type CaseState, saveCase } from "../case/repo.js";
import { type DispositionKind, insertDisposition } from "../case/repo-history.js";
import { queueAfter, statusAfter } from "../case/rules.js";
import { armCallbackRelease, disarmCallbackRelease } from "../case/schedule.js";
import type { CheckedFields } from "../catalog/field-rules.js";
import type { BenefitsCatalog, DispositionCatalog, MotiveDefinition, StateDefinition } from "../catalog/schema.js";

/** The deadline a pending case runs on until it reaches a final state (docs/catalogs.md, J2). */
export const PENDING_CLOSING_KIND = "pending_closing";

export interface DispositionWrite {
  /** The case, locked by the command. */
  row: CaseRow;
  kind: DispositionKind;
  catalog: CatalogDocument<DispositionCatalog>;
  benefits: CatalogDocument<BenefitsCatalog> | null;
  state: StateDefinition;
  motive: MotiveDefinition;
  fields: CheckedFields;
  generatedNote: string;
  note: string;
  /** An intermediate disposition's callback or next attempt. */
  nextContactAt: Date | null;
  /** The case's counters after the attempt that caused an automatic disposition. */
  attempts?: Pick<CaseState, "attempts" | "unanswered_attempts" | "last_attempt_at">;
}

export interface WrittenDisposition {
  dispositionId: string;
  seq: number;
  version: number;
  status: CaseState["status"];
  instruction: { id: string; version: number; dueAt: Date } | null;
}

const ACTIONS: Record<DispositionKind, TimelineAction> = {
  manual: "disposition_set",
  automatic: "disposition_set_automatically",
  correction: "disposition_corrected",
};

async function runningPendingDeadline(ctx: CommandContext, caseId: string) {
  const deadlines = await listDeadlines(ctx.tx, { subjectType: "complaint_case", subjectId: caseId, limit: 50 });
  return deadlines.find((d) => d.kind === PENDING_CLOSING_KIND && (d.status === "running" || d.status === "paused"));
}

/**
 * Writes a decided disposition and every consequence, in the command's transaction: the history row;
 * for a final state the closing instruction with its deadline (and the pending deadline completed);
 * for an intermediate one the callback, its release timer and the pending deadline; the case itself
 * (status, queue, holder, version); and one timeline event with what it was before.
 */
export async function writeDisposition(write: DispositionWrite, ctx: CommandContext): Promise<WrittenDisposition> {
  const { row, state, motive } = write;
  const isFinal = state.type === "final";
  const actor = ctx.actor.userId;
  if (write.kind === "correction") await supersedeClosingInstruction(row.id, ctx);

  const disposition = await insertDisposition(ctx.tx, {
    caseId: row.id,
    kind: write.kind,
    supersedesId: write.kind === "correction" ? row.current_disposition_id : null,
    stateCode: state.code,
    motiveCode: motive.code,
    isFinal,
    catalogVersion: write.catalog.version,
    benefitsScope: write.benefits?.scope ?? null,
    benefitsVersion: write.benefits?.version ?? null,
    benefitCodes: write.fields.benefitCodes,
    fields: write.fields.values,
    generatedNote: write.generatedNote,
    note: write.note,
    callbackAt: isFinal ? null : write.nextContactAt,
    decidedBy: actor,
    decidedAt: ctx.now,
  });

  let instruction: WrittenDisposition["instruction"] = null;
  const pending = await runningPendingDeadline(ctx, row.id);
  if (isFinal) {
    if (pending) await completeDeadline(pending.id, { reason: `Caso finalizado: ${state.label} / ${motive.label}` }, ctx);
    instruction = await issueClosingInstruction(
      {
        caseId: row.id,
        customerId: row.customer_id,
        campaign: row.campaign,
        complaintNumber: row.complaint_number,
        dispositionId: disposition.id,
        action: motive.closing!.action,
        deadline: motive.closing!.deadline,
        note: write.note,
      },
      ctx,
    );
  } else if (!pending && motive.closing) {
    await startDeadline(
      {
        subjectType: "complaint_case",
        subjectId: row.id,
        customerId: row.customer_id,
        kind: PENDING_CLOSING_KIND,
        rule: motive.closing.deadline,
      },
      ctx,
    );
  }

  // The advisor who decides keeps the case (a case decided from the pool becomes theirs).
  const holder = row.assigned_to ?? actor;
  const next: CaseState = {
    status: statusAfter(state),
    queue: queueAfter(state),
    assigned_to: holder,
    assigned_at: row.assigned_to ? row.assigned_at : holder ? ctx.now : null,
    attempts: write.attempts?.attempts ?? row.attempts,
    unanswered_attempts: write.attempts?.unanswered_attempts ?? row.unanswered_attempts,
    last_attempt_at: write.attempts?.last_attempt_at ?? row.last_attempt_at,
    next_contact_at: isFinal ? null : write.nextContactAt,
    current_disposition_id: disposition.id,
    state_code: state.code,
    motive_code: motive.code,
    catalog_version: write.catalog.version,
    finished_at: isFinal ? ctx.now : null,
  };
  const version = await saveCase(ctx.tx, row.id, next, ctx.now);

  if (!isFinal && holder && write.nextContactAt) {
    await armCallbackRelease(ctx, {
      caseId: row.id,
      keeper: holder,
      nextContactAt: write.nextContactAt,
      returnMinutes: write.catalog.content.callbacks.returnToPoolAfterMinutes,
    });
  } else if (row.status === "pending") {
    await disarmCallbackRelease(ctx, row.id);
  }

  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: row.id,
    customerId: row.customer_id,
    action: ACTIONS[write.kind],
    before: { status: row.status, stateCode: row.state_code, motiveCode: row.motive_code, version: row.version },
    after: {
      status: next.status,
      queue: next.queue,
      dispositionId: disposition.id,
      seq: disposition.seq,
      stateCode: state.code,
      stateLabel: state.label,
      motiveCode: motive.code,
      motiveLabel: motive.label,
      catalogVersion: write.catalog.version,
      fields: write.fields.values,
      note: write.note,
      ...(write.note !== write.generatedNote ? { generatedNote: write.generatedNote } : {}),
      nextContactAt: next.next_contact_at,
      instruction,
      version,
    },
  });
  return { dispositionId: disposition.id, seq: disposition.seq, version, status: next.status, instruction };
}
