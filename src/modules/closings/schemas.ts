import { Type } from "@sinclair/typebox";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";

/** The API shapes of closing instructions. */

/** A campaign's code: the scope of its disposition catalog. */
export const CampaignCode = Type.String({
  pattern: "^[a-z0-9][a-z0-9_-]{0,60}$",
  description: "La campaña (ámbito de su catálogo)",
});

export const Instruction = Type.Object({
  id: Uuid,
  caseId: Uuid,
  instructionVersion: Type.Integer(),
  campaign: Type.String(),
  complaintNumber: Type.String(),
  customerName: Type.String(),
  serviceNumber: Type.String(),
  stateCode: Type.String(),
  motiveCode: Type.String(),
  action: literals(["ATENDIDO", "ANULADO"] as const),
  dueAt: Timestamp,
  note: Type.String(),
  status: literals(["ready", "queued", "sent", "failed", "superseded"] as const),
  isOverdue: Type.Boolean(),
  billingReference: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  createdAt: Timestamp,
  queuedAt: Nullable(Timestamp),
  sentAt: Nullable(Timestamp),
});
