import type { BusinessCalendar } from "../../../platform/calendar/business-calendar.js";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import type { CatalogDocument } from "../../catalogs/index.js";
import { baseDueAt } from "../../deadlines/index.js";
import { stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import type { CaseRow } from "../case/repo.js";
import { caseNoteValues, chooseMotive, contactPhone, missingNoteValues, noteProblem, statusAfter } from "../case/rules.js";
import { readBenefitsFor, readCampaignCatalog } from "../catalog/campaign-catalog.js";
import { checkFields } from "../catalog/field-rules.js";
import { renderNote, templatePlaceholders } from "../catalog/note-template.js";
import { noteLimit } from "../catalog/rules.js";
import type { DispositionCatalog } from "../catalog/schema.js";
import { type DispositionWrite, type WrittenDisposition, writeDisposition } from "./write-disposition.js";

export interface DispositionRequest {
  stateCode: string;
  motiveCode: string;
  fields?: Record<string, unknown>;
  /** The note as the advisor left it after the last edit; the generated one when absent. */
  note?: string | null;
}

export type PreparedDisposition = Omit<DispositionWrite, "row" | "kind" | "attempts"> & { noteLimit: number };

/**
 * Turns a requested disposition into a decided one against the campaign's current catalog: the motive
 * must be of the state, every required field present and well formed, the note within its limit.
 * Refusals are VALIDATION_FAILED naming the field, with every problem listed; nothing is written.
 * `attempt` is the unanswered attempt an automatic disposition is about ({intento}); `preview` builds the
 * note without refusing its length.
 */
export async function prepareDisposition(
  row: CaseRow,
  request: DispositionRequest,
  ctx: CommandContext,
  options: {
    automatic?: boolean;
    attempt?: number;
    dialledNumber?: string | null;
    preview?: boolean;
    /** The campaign's current catalog when the caller already read it. */
    catalog?: CatalogDocument<DispositionCatalog>;
  } = {},
): Promise<PreparedDisposition> {
  const catalog = options.catalog ?? (await readCampaignCatalog(ctx.tx, row.campaign));
  const choice = chooseMotive(catalog.content, request.stateCode, request.motiveCode, { automatic: options.automatic ?? false });
  if (!choice.ok) throw new AppError("VALIDATION_FAILED", choice.reason, { field: choice.field });
  const { state, motive } = choice;
  const benefits = await readBenefitsFor(ctx.tx, catalog.content, motive);
  const calendar = await loadTenantCalendar(ctx.tx);
  const fields = checkFields(motive, request.fields ?? {}, {
    now: ctx.now,
    timezone: calendar.settings.timezone,
    benefits: benefits?.content ?? null,
  });
  if (fields.issues.length > 0) {
    throw new AppError("VALIDATION_FAILED", fields.issues.map((issue) => issue.message).join("; "), {
      field: `fields.${fields.issues[0]!.field}`,
      errors: fields.issues.map((issue) => ({ field: `fields.${issue.field}`, message: issue.message })),
    });
  }
  const generatedNote = renderNote(motive.template, {
    ...caseNoteValues({
      company: catalog.content.notes.company,
      advisorEmail: ctx.actor.email,
      customerName: row.customer_name,
      phone:
        options.dialledNumber ??
        contactPhone({
          lastAnsweredNumber: row.last_answered_number,
          lastDialledNumber: row.last_dialled_number,
          customerPhone: row.customer_phone,
        }),
      serviceNumber: row.service_number,
      complaintNumber: row.complaint_number,
      motiveLabel: motive.label,
      attempt: options.attempt ?? row.unanswered_attempts,
    }),
    ...fields.rendered,
  });
  const limit = noteLimit(catalog.content, motive);
  const note = request.note?.trim() ? request.note.trim() : generatedNote;
  // A preview shows the generated note even when too long: the advisor shortens it before saving.
  const problem = options.preview ? null : noteProblem(note, limit);
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "note", maxLength: limit, length: note.length });
  if (note !== generatedNote) {
    const placeholders = templatePlaceholders(motive.template);
    const missing = missingNoteValues(
      note,
      motive.fields
        .filter((field) => field.required && placeholders.includes(field.code))
        .map((field) => ({ field: field.code, label: field.label, rendered: fields.rendered[field.code] ?? "" })),
    );
    if (missing.length > 0) {
      throw new AppError("VALIDATION_FAILED", missing.map((m) => m.message).join("; "), {
        field: "note",
        errors: missing.map((m) => ({ field: `fields.${m.field}`, message: m.message })),
      });
    }
  }
  return {
    catalog,
    benefits,
    state,
    motive,
    fields,
    generatedNote,
    note,
    noteLimit: limit,
    nextContactAt: state.type === "final" ? null : (fields.callbackAt ?? nextAttemptAt(catalog, calendar, ctx.now)),
  };
}

/** When the next attempt of an unanswered or pending case is due, on the campaign's spacing. */
export function nextAttemptAt(catalog: CatalogDocument<DispositionCatalog>, calendar: BusinessCalendar, now: Date): Date {
  return baseDueAt(catalog.content.contactPolicy.retryAfter, now, calendar);
}

/**
 * A disposition an advisor decides (new, or a correction): prepared against the catalog, the
 * procedure's step checked for who decides it, then written with all its consequences.
 */
export async function decideDisposition(
  row: CaseRow,
  request: DispositionRequest,
  ctx: CommandContext,
  step: "set_disposition" | "correct_disposition",
): Promise<WrittenDisposition> {
  const prepared = await prepareDisposition(row, request, ctx);
  requireStep(cancellationCaseProcedure, step, {
    state: row.status,
    roles: ctx.actor.roles,
    facts: stepFacts(row, ctx.actor, statusAfter(prepared.state)),
  });
  return writeDisposition({ ...prepared, row, kind: step === "set_disposition" ? "manual" : "correction" }, ctx);
}
