import { api, queryString } from "../../../api/client";
import type { ImportDetail } from "../../imports/api/imports-api";

/** The complaint cases of a campaign as the server shows them (src/modules/dispositions/schemas.ts). */

export type CaseStatus = "open" | "pending" | "finished";
export type AttemptResult = "answered" | "no_answer" | "busy" | "wrong_number";
export const ATTEMPT_RESULTS: AttemptResult[] = ["answered", "no_answer", "busy", "wrong_number"];

export interface CaseSummary {
  id: string;
  campaign: string;
  complaintNumber: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  customerPhone: string | null;
  serviceNumber: string;
  reason: string;
  receivedAt: string;
  status: CaseStatus;
  queue: string;
  queueLabel: string | null;
  assignedTo: string | null;
  assigneeName: string | null;
  attempts: number;
  unansweredAttempts: number;
  lastAttemptAt: string | null;
  nextContactAt: string | null;
  stateCode: string | null;
  motiveCode: string | null;
  stateLabel: string | null;
  motiveLabel: string | null;
  catalogVersion: number | null;
  finishedAt: string | null;
  version: number;
}

export interface Instruction {
  id: string;
  caseId: string;
  instructionVersion: number;
  complaintNumber: string;
  customerName: string;
  serviceNumber: string;
  stateCode: string;
  motiveCode: string;
  action: "ATENDIDO" | "ANULADO";
  dueAt: string;
  note: string;
  status: "ready" | "queued" | "sent" | "failed" | "superseded";
  isOverdue: boolean;
  billingReference: string | null;
  decidedByName: string | null;
  sentAt: string | null;
}

export interface Disposition {
  id: string;
  seq: number;
  kind: "manual" | "automatic" | "correction";
  stateCode: string;
  motiveCode: string;
  stateLabel: string | null;
  motiveLabel: string | null;
  isFinal: boolean;
  catalogVersion: number;
  fields: Record<string, unknown>;
  generatedNote: string;
  note: string;
  callbackAt: string | null;
  decidedByName: string | null;
  decidedAt: string;
  supersededBy: string | null;
}

export interface CaseDetail extends CaseSummary {
  catalogCurrentVersion: number;
  maxUnansweredAttempts: number;
  attemptsList: Array<{
    id: string;
    seq: number;
    attemptedAt: string;
    dialledNumber: string;
    result: AttemptResult;
    note: string | null;
    recordedByName: string | null;
  }>;
  dispositions: Disposition[];
  instructions: Instruction[];
  pendingDeadline: { status: string; dueAt: string } | null;
  steps: Array<{ step: string; label: string; allowed: boolean; reason: string | null }>;
  refusals: { attempt: string | null; disposition: string | null; correction: string | null };
}

export interface DispositionResult {
  dispositionId: string;
  version: number;
  status: CaseStatus;
  instruction: { id: string; version: number; dueAt: string } | null;
}

export interface CaseQuery {
  campaign?: string;
  status?: CaseStatus | "active";
  queue?: string;
  mine?: boolean;
  pool?: boolean;
  due?: boolean;
  q?: string;
  limit?: number;
  offset?: number;
}

const CASES = "/api/complaint-cases";
const flag = (value: boolean | undefined) => (value ? "true" : undefined);

export const casesPath = (query: CaseQuery) =>
  `${CASES}${queryString({ ...query, mine: flag(query.mine), pool: flag(query.pool), due: flag(query.due) })}`;
export const casePath = (id: string) => `${CASES}/${encodeURIComponent(id)}`;

export const takeCase = (id: string, expectedVersion: number) =>
  api.post<{ version: number }>(`${casePath(id)}/take`, { expectedVersion });
export const takeNextCase = (campaign: string) =>
  api.post<{ case: CaseSummary | null }>(`/api/campaigns/${encodeURIComponent(campaign)}/take-next`);
export const recordAttempt = (
  id: string,
  body: { dialledNumber: string; result: AttemptResult; note?: string; expectedVersion: number },
) =>
  api.post<{ outcome: "none" | "no_answer" | "hand_off"; version: number; disposition: DispositionResult | null }>(
    `${casePath(id)}/attempts`,
    body,
  );

export interface DispositionChoice {
  stateCode: string;
  motiveCode: string;
  fields: Record<string, unknown>;
}

export const previewNote = (id: string, choice: DispositionChoice) =>
  api.post<{ note: string; maxLength: number; isFinal: boolean; nextContactAt: string | null; closing: unknown }>(
    `${casePath(id)}/note-preview`,
    choice,
  );
export const submitDisposition = (
  id: string,
  body: DispositionChoice & { note: string; expectedVersion: number },
  correction: boolean,
) => api.post<DispositionResult>(`${casePath(id)}/${correction ? "correction" : "disposition"}`, body);

export const assignCases = (caseIds: string[], advisorId: string | null) =>
  api.post<{ assigned: number }>(`${CASES}/assign`, { caseIds, advisorId });
export const distributeCases = (campaign: string, advisorIds: string[], limit: number) =>
  api.post<{ assigned: Array<{ advisorId: string; cases: number }> }>(
    `/api/campaigns/${encodeURIComponent(campaign)}/distribute`,
    {
      advisorIds,
      limit,
    },
  );
export const ADVISORS_PATH = "/api/complaint-advisors";

export const instructionsPath = (query: { campaign?: string; status?: string; overdue?: boolean; limit?: number }) =>
  `/api/closing-instructions${queryString({ ...query, overdue: flag(query.overdue) })}`;
export const instructionsExportPath = (query: {
  campaign?: string;
  status?: string;
  overdue?: boolean;
  format: "xlsx" | "csv";
}) => `/api/closing-instructions/export${queryString({ ...query, overdue: flag(query.overdue) })}`;
export const sendInstructions = (body: { ids?: string[]; campaign?: string }) =>
  api.post<{ queued: Instruction[] }>("/api/closing-instructions/send", body);

/** Where a campaign's complaints file is staged (the import pipeline's route for complaints). */
export const complaintsUploadPath = (campaign: string) => `/api/complaints/imports${queryString({ campaign })}`;
export const commitComplaints = (importId: string) =>
  api.post<ImportDetail>(`/api/complaints/imports/${encodeURIComponent(importId)}/commit`);
