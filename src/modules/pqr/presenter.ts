import type { Static } from "@sinclair/typebox";
import { explainSteps } from "../../platform/procedure/procedure.js";
import { roleNameEs } from "../../platform/role-names.js";
import type { ClockContext } from "./clock-context.js";
import { lateProblem } from "./commands/answer-pqr.js";
import { NO_PQR_FACTS, PQR_PROCEDURE, type PqrState, type PqrStatus } from "./procedure.js";
import type { WorklistRow } from "./queries.js";
import type { AppealRow, CunRangeRow, PqrFileMeta, PqrRow } from "./repo.js";
import { clockStatus, formatCun } from "./rules.js";
import type { CunRangeSchema, PqrDetail, PqrListItem } from "./schemas.js";

const RUNNING: readonly string[] = ["filed", "appeal_filed"];

function runningClock(row: PqrRow, appeal: Pick<AppealRow, "due_on" | "at_risk_on"> | null) {
  return row.status === "appeal_filed" && appeal
    ? { dueOn: appeal.due_on, atRiskOn: appeal.at_risk_on }
    : { dueOn: row.due_on, atRiskOn: row.at_risk_on };
}

function statusOfClock(row: PqrRow, clock: { dueOn: string; atRiskOn: string }, now: Date, timezone: string) {
  if (row.status === "silence") return "past_due" as const;
  return RUNNING.includes(row.status) ? clockStatus(now, clock, timezone) : ("stopped" as const);
}

/** A worklist row as the API shows it. */
export function presentPqrListItem(row: WorklistRow, now: Date, timezone: string): Static<typeof PqrListItem> {
  const clock = { dueOn: row.clock_due_on, atRiskOn: row.clock_at_risk_on };
  return presentBase(row, row.customer_name, clock, now, timezone);
}

function presentBase(
  row: PqrRow,
  customerName: string,
  clock: { dueOn: string; atRiskOn: string },
  now: Date,
  timezone: string,
): Static<typeof PqrListItem> {
  const status = row.status as PqrStatus;
  return {
    id: row.id,
    number: row.number,
    cun: row.cun,
    type: row.type,
    status,
    statusLabel: PQR_PROCEDURE.states[status].label,
    customerId: row.customer_id,
    customerName,
    subject: row.subject,
    amountInDispute: row.amount_in_dispute,
    filedAt: row.filed_at.toISOString(),
    dueOn: clock.dueOn,
    atRiskOn: clock.atRiskOn,
    clockStatus: statusOfClock(row, clock, now, timezone),
    isSilence: row.status === "silence" || row.status === "silence_granted",
    origin: row.origin,
  };
}

export interface PqrDetailParts {
  row: PqrRow;
  appeal: AppealRow | null;
  files: PqrFileMeta[];
  customerName: string;
  serviceNumber: string | null;
  names: Map<string, string>;
  grantDueAt: Date | null;
  clock: ClockContext;
  roles: readonly string[];
  now: Date;
}

/** A PQR's page: the record, its answer, appeal, silence or desistance, files, and what can be done next. */
export function presentPqrDetail(parts: PqrDetailParts): Static<typeof PqrDetail> {
  const { row, appeal, clock, now, names } = parts;
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const running = runningClock(row, appeal);
  const late =
    row.status === "appeal_filed" && appeal
      ? lateProblem(now, appeal.due_on, clock.timezone, "decidir el recurso")
      : lateProblem(now, row.due_on, clock.timezone, "responder");
  return {
    ...presentBase(row, parts.customerName, running, now, clock.timezone),
    productId: row.product_id,
    serviceNumber: parts.serviceNumber,
    description: row.description,
    filingChannel: row.filing_channel as Static<typeof PqrDetail>["filingChannel"],
    responseChannel: row.response_channel as Static<typeof PqrDetail>["responseChannel"],
    responseAddress: row.response_address,
    originReference: row.origin_reference,
    filedByName: name(row.filed_by),
    receivedOn: row.received_on,
    answerDueOn: row.due_on,
    answerAtRiskOn: row.at_risk_on,
    clock: {
      country: row.clock_scope.toUpperCase(),
      version: row.clock_version,
      basis: clock.clocks.basis,
      verified: clock.clocks.verified,
      answerBusinessDays: clock.clocks.answerBusinessDays,
      appealBusinessDays: clock.clocks.appealBusinessDays,
      silenceGrantHours: clock.clocks.silenceGrantHours,
      authorityCode: clock.clocks.authority.code,
      authorityName: clock.clocks.authority.name,
    },
    answer:
      row.answer_outcome && row.answered_at && row.notified_at
        ? {
            outcome: row.answer_outcome,
            text: row.answer_text ?? "",
            answeredAt: row.answered_at.toISOString(),
            answeredByName: name(row.answered_by),
            notifiedAt: row.notified_at.toISOString(),
            notificationChannel: row.notification_channel ?? "",
          }
        : null,
    appealWindowEndsOn: row.appeal_window_ends_on,
    appeal: appeal
      ? {
          kind: appeal.kind,
          grounds: appeal.grounds,
          filedAt: appeal.filed_at.toISOString(),
          filedByName: name(appeal.filed_by),
          receivedOn: appeal.received_on,
          dueOn: appeal.due_on,
          decision: appeal.decision,
          decisionText: appeal.decision_text,
          decidedAt: appeal.decided_at?.toISOString() ?? null,
          authority: appeal.authority,
          forwardedAt: appeal.forwarded_at?.toISOString() ?? null,
          authorityReference: appeal.authority_reference,
          authorityDecision: appeal.authority_decision,
          authorityDecisionText: appeal.authority_decision_text,
          authorityDecidedOn: appeal.authority_decided_on,
        }
      : null,
    silence:
      row.silence_at && row.silence_stage
        ? {
            flaggedAt: row.silence_at.toISOString(),
            stage: row.silence_stage,
            grantDueAt: parts.grantDueAt?.toISOString() ?? null,
            grantedAt: row.granted_at?.toISOString() ?? null,
            grantNote: row.grant_note,
          }
        : null,
    desisted: row.desisted_at
      ? { at: row.desisted_at.toISOString(), byName: name(row.desisted_by), note: row.desist_note ?? "" }
      : null,
    files: parts.files.map((f) => ({
      id: f.id,
      kind: f.kind,
      fileName: f.file_name,
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      uploadedAt: f.uploaded_at.toISOString(),
    })),
    nextSteps: explainSteps(
      PQR_PROCEDURE,
      {
        state: row.status as PqrState,
        roles: parts.roles,
        // Guards that depend on what the person will enter (proof, decision) are shown as allowed here.
        facts: { ...NO_PQR_FACTS, lateProblem: late, hasNotificationProof: true, decision: "upheld" },
      },
      roleNameEs,
    ).filter((step) => !PQR_PROCEDURE.steps[step.step].roles.every((role) => role === "system")),
  };
}

/** The CUN range as the API shows it, with how many CUNs remain. */
export function presentCunRange(row: CunRangeRow): Static<typeof CunRangeSchema> {
  return {
    prefix: row.prefix,
    firstNumber: row.first_number,
    lastNumber: row.last_number,
    nextNumber: row.next_number,
    width: row.width,
    pattern: row.pattern,
    basis: row.basis,
    remaining: row.last_number + 1 - row.next_number,
    firstCun: formatCun(row, row.first_number),
    lastCun: formatCun(row, row.last_number),
    updatedAt: row.updated_at.toISOString(),
  };
}
