/**
 * A PQR's life as a transition table (src/platform/procedure): filed → answered (with the notification's
 * proof) → closed when the appeal window ends, or appeal filed → reconsideration decided → forwarded to
 * the authority (SIC) → authority decided. Past due: positive administrative silence → granted. The
 * customer may desist while something is pending.
 */
import { defineProcedure } from "../../platform/procedure/procedure.js";

export const PQR_STATES = [
  "new",
  "filed",
  "answered",
  "closed",
  "appeal_filed",
  "reconsideration_decided",
  "with_authority",
  "authority_decided",
  "silence",
  "silence_granted",
  "desisted",
] as const;
export type PqrState = (typeof PQR_STATES)[number];
export type PqrStatus = Exclude<PqrState, "new">;

export type PqrStep =
  | "file"
  | "answer"
  | "close_appeal_window"
  | "file_appeal"
  | "decide_reconsideration"
  | "forward_to_authority"
  | "record_authority_decision"
  | "flag_silence"
  | "grant_silence"
  | "desist";

/** What the guards need, gathered by the command. */
export interface PqrFacts {
  /** Spanish reason the running clock no longer allows the step (past due), or null. */
  lateProblem: string | null;
  /** Answer: whether the notification's proof was given. */
  hasNotificationProof: boolean;
  /** Appeal: Spanish reason it is out of its window, or null. */
  appealWindowProblem: string | null;
  /** Reconsideration decision: what the operator decided, and whether the subsidiary appeal was asked. */
  decision: "reversed" | "partially_reversed" | "upheld" | null;
  hasSubsidiaryAppeal: boolean;
  /** Silence: whether the clock is past due (the timer's own check). */
  isPastDue: boolean;
}

export const NO_PQR_FACTS: PqrFacts = {
  lateProblem: null,
  hasNotificationProof: false,
  appealWindowProblem: null,
  decision: null,
  hasSubsidiaryAppeal: false,
  isPastDue: false,
};

/** Who files and consults PQRs: the advisor (seed 002), the adjustments cell (seed 004) and the PQR area. */
const FILERS = ["advisor", "back_office", "adjustments_back", "pqr_area"] as const;
/** Filing and appealing may also come from automation (an imported adjustments base, a job). */
const FILERS_OR_SYSTEM = [...FILERS, "system"] as const;
const PQR_AREA = ["pqr_area"] as const;
const SYSTEM = ["system"] as const;

export const PQR_PROCEDURE = defineProcedure<PqrState, PqrStep, PqrFacts>({
  code: "pqr",
  name: "PQR (petición, queja, recurso)",
  states: {
    new: { label: "Nueva" },
    filed: { label: "Radicada" },
    answered: { label: "Respondida y notificada" },
    closed: { label: "Cerrada", isFinal: true },
    appeal_filed: { label: "Recurso de reposición interpuesto" },
    reconsideration_decided: { label: "Reposición decidida; apelación por enviar" },
    with_authority: { label: "En apelación ante la autoridad" },
    authority_decided: { label: "Decidida por la autoridad", isFinal: true },
    silence: { label: "Silencio administrativo positivo" },
    silence_granted: { label: "Concedida por silencio administrativo", isFinal: true },
    desisted: { label: "Desistida por el cliente", isFinal: true },
  },
  steps: {
    file: { label: "Radicar la PQR", seedStep: "002.5", from: ["new"], to: "filed", roles: FILERS_OR_SYSTEM },
    answer: {
      label: "Responder y notificar",
      from: ["filed"],
      to: "answered",
      roles: PQR_AREA,
      guard: (f) =>
        f.lateProblem ?? (f.hasNotificationProof ? null : "Adjunte la prueba de la notificación de la respuesta al cliente"),
    },
    close_appeal_window: { label: "Cerrar al vencer el plazo del recurso", from: ["answered"], to: "closed", roles: SYSTEM },
    file_appeal: {
      label: "Interponer recurso de reposición",
      seedStep: "004.7",
      from: ["answered"],
      to: "appeal_filed",
      roles: FILERS_OR_SYSTEM,
      guard: (f) => f.appealWindowProblem,
    },
    decide_reconsideration: {
      label: "Decidir el recurso de reposición",
      from: ["appeal_filed"],
      to: (f) => (f.decision !== "reversed" && f.hasSubsidiaryAppeal ? "reconsideration_decided" : "closed"),
      roles: PQR_AREA,
      guard: (f) => f.lateProblem ?? (f.decision ? null : "Indique la decisión del recurso"),
    },
    forward_to_authority: {
      label: "Enviar el expediente a la autoridad (apelación)",
      from: ["reconsideration_decided"],
      to: "with_authority",
      roles: PQR_AREA,
    },
    record_authority_decision: {
      label: "Registrar la decisión de la autoridad",
      from: ["with_authority"],
      to: "authority_decided",
      // The PQR area by hand, or the system when the authority's own answer through its adapter carries it.
      roles: [...PQR_AREA, "system"],
    },
    flag_silence: {
      label: "Marcar silencio administrativo positivo",
      from: ["filed", "appeal_filed"],
      to: "silence",
      roles: SYSTEM,
      guard: (f) => (f.isPastDue ? null : "El plazo de respuesta aún no ha vencido"),
    },
    grant_silence: { label: "Conceder lo pedido", from: ["silence"], to: "silence_granted", roles: PQR_AREA },
    desist: {
      label: "Registrar el desistimiento del cliente",
      seedStep: "002.5",
      from: ["filed", "appeal_filed", "reconsideration_decided", "with_authority"],
      to: "desisted",
      roles: FILERS,
    },
  },
});
