import { defineProcedure } from "../../platform/procedure/procedure.js";
import { ROW_STATUS_LABELS, type RowStatus } from "./rules.js";

/**
 * A row of the adjustment base (seed 004) as a transition table:
 *
 *   received ──validate: evidence missing──▶ escalated_pqr (a PQR opened in the PQR area's queue)
 *   received ──validate: policy and evidence hold──▶ sent_to_backoffice (through the adapter)
 *   sent_to_backoffice ──answer──▶ approved | rejected
 *   rejected ──review: rightly──▶ rejected_rightly;  ──review: wrongly──▶ sent_to_backoffice (re-escalated)
 *   approved / rejected_rightly ──contact──▶ informed (accepts, or voicemail) | appealed | unchanged (no answer)
 */
export interface RowStepFacts {
  route?: "pqr" | "backoffice";
  decision?: "approved" | "rejected";
  review?: "rightly" | "wrongly";
  contact?: "informed" | "appealed" | "attempt_only";
  status: RowStatus;
}

const CELL = ["adjustments_back"] as const;

export const adjustmentRowProcedure = defineProcedure<
  RowStatus,
  "validate" | "answer" | "review_rejection" | "contact",
  RowStepFacts
>({
  code: "adjustments",
  name: "Gestión célula de ajustes",
  states: {
    received: { label: ROW_STATUS_LABELS.received },
    escalated_pqr: { label: ROW_STATUS_LABELS.escalated_pqr, isFinal: true },
    sent_to_backoffice: { label: ROW_STATUS_LABELS.sent_to_backoffice },
    rejected: { label: ROW_STATUS_LABELS.rejected },
    rejected_rightly: { label: ROW_STATUS_LABELS.rejected_rightly },
    approved: { label: ROW_STATUS_LABELS.approved },
    informed: { label: ROW_STATUS_LABELS.informed, isFinal: true },
    appealed: { label: ROW_STATUS_LABELS.appealed, isFinal: true },
  },
  steps: {
    validate: {
      label: "Validar la causal y los soportes",
      seedStep: "2-3",
      from: ["received"],
      to: (facts) => (facts.route === "pqr" ? "escalated_pqr" : "sent_to_backoffice"),
      roles: CELL,
    },
    answer: {
      label: "Registrar la respuesta del back de ajustes",
      seedStep: "4-6",
      from: ["sent_to_backoffice"],
      to: (facts) => (facts.decision === "approved" ? "approved" : "rejected"),
      roles: ["back_office"],
    },
    review_rejection: {
      label: "Revisar el rechazo (bien o mal rechazado)",
      seedStep: "4-5",
      from: ["rejected"],
      to: (facts) => (facts.review === "rightly" ? "rejected_rightly" : "sent_to_backoffice"),
      roles: CELL,
    },
    contact: {
      label: "Contactar al cliente con la respuesta",
      seedStep: "4, 6-8",
      from: ["approved", "rejected_rightly"],
      to: (facts) => (facts.contact === "informed" ? "informed" : facts.contact === "appealed" ? "appealed" : facts.status),
      roles: CELL,
    },
  },
});
