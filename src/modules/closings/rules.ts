/** Where a closing instruction stands on its way to the billing system. */
export type InstructionStatus = "ready" | "queued" | "sent" | "failed" | "superseded";

/** Closing instructions' vocabulary and decisions. Pure. */

/** The deadline kind and subject of an instruction's due date (deadlines table). */
export const CLOSING_DEADLINE_KIND = "closing_instruction";
export const INSTRUCTION_SUBJECT = "closing_instruction";

/** The billing adapter's operation that closes a cancellation request; its outbound hook records the answer. */
export const CLOSE_CANCELLATION_OPERATION = "complaint.close";

/** What a closing message asks the billing system (the outbox payload); its answer finds the instruction by `instructionId`. */
export interface ClosingMessagePayload {
  instructionId: string;
  complaintNumber: string;
  action: "ATENDIDO" | "ANULADO";
  dueAt: string;
  note: string;
}

/** One outbox message per instruction version: sending the same version twice is the same request. */
export function closingIdempotencyKey(caseId: string, instructionVersion: number): string {
  return `closing:${caseId}:v${instructionVersion}`;
}

export const INSTRUCTION_STATUS_ES: Record<InstructionStatus, string> = {
  ready: "lista para enviar",
  queued: "enviada, esperando respuesta",
  sent: "confirmada por facturación",
  failed: "rechazada por facturación",
  superseded: "reemplazada por una corrección",
};

/** Why an instruction cannot be sent now, or null when it is ready. */
export function sendRefusal(status: InstructionStatus): string | null {
  return status === "ready"
    ? null
    : `La instrucción está ${INSTRUCTION_STATUS_ES[status]}; solo se envían las listas para enviar`;
}

/** The statuses of an instruction the billing system has not confirmed (nor a correction replaced). */
export const UNCONFIRMED_STATUSES: readonly InstructionStatus[] = ["ready", "queued", "failed"];

/** Overdue: past its due instant and not yet confirmed by the billing system (the SQL lists use the same statuses). */
export function isOverdue(instruction: { status: InstructionStatus; due_at: Date }, now: Date): boolean {
  return UNCONFIRMED_STATUSES.includes(instruction.status) && instruction.due_at.getTime() < now.getTime();
}
