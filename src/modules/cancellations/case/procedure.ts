import { defineProcedure } from "../../../platform/procedure/procedure.js";
import type { CaseStatus } from "./rules.js";

/**
 * A cancellation case of a campaign (seed 003) as a transition table. The catalog's state decides where
 * a disposition leads (intermediate → pending, final → finished); the steps say who may act and when.
 *
 *   open ──take / assign / attempt──▶ open
 *   open / pending ──disposition: intermediate──▶ pending (callback scheduled)
 *   open / pending ──disposition: final, or the last unanswered attempt──▶ finished
 *   pending / finished ──correction (instruction not sent)──▶ pending or finished
 *   pending ──callback not taken in time (timer)──▶ pending, back in the pool
 */

export interface CaseStepFacts {
  status: CaseStatus;
  actorUserId: string | null;
  isSupervisor: boolean;
  assignedTo: string | null;
  assigneeName: string | null;
  /** Where a disposition leads (from its state in the catalog). */
  leadsTo?: CaseStatus;
}

/** Only the advisor holding the case works it; a case in the pool is anyone's; a supervisor may act on any. */
function holderGuard(facts: CaseStepFacts): string | null {
  if (facts.isSupervisor || facts.assignedTo === null || facts.assignedTo === facts.actorUserId) return null;
  return `El caso está asignado a ${facts.assigneeName ?? "otro asesor"}; solo esa persona o un supervisor pueden gestionarlo`;
}

const stay = (facts: CaseStepFacts) => facts.status;
const dispositionTarget = (facts: CaseStepFacts) => facts.leadsTo ?? facts.status;

export const cancellationCaseProcedure = defineProcedure<
  CaseStatus,
  "take" | "assign" | "record_attempt" | "set_disposition" | "correct_disposition" | "release_callback",
  CaseStepFacts
>({
  code: "cancellations",
  name: "Gestión de quejas de cancelación",
  states: {
    open: { label: "Por gestionar" },
    pending: { label: "Pendiente" },
    finished: { label: "Finalizado", isFinal: true },
  },
  steps: {
    take: {
      label: "Tomar el caso",
      from: ["open", "pending"],
      to: stay,
      roles: ["advisor", "supervisor"],
      guard: (facts) =>
        facts.assignedTo !== null && facts.assignedTo !== facts.actorUserId
          ? `El caso ya lo tiene ${facts.assigneeName ?? "otro asesor"}`
          : null,
    },
    assign: {
      label: "Asignar a un asesor",
      from: ["open", "pending"],
      to: stay,
      // The roles holding complaints:manage (catalogs/roles.json), the permission of its routes.
      roles: ["supervisor", "back_office", "admin"],
    },
    record_attempt: {
      label: "Registrar intento de contacto",
      from: ["open", "pending"],
      to: dispositionTarget,
      roles: ["advisor", "supervisor"],
      guard: holderGuard,
    },
    set_disposition: {
      label: "Tipificar",
      from: ["open", "pending"],
      to: dispositionTarget,
      roles: ["advisor", "supervisor"],
      guard: holderGuard,
    },
    correct_disposition: {
      label: "Corregir tipificación",
      from: ["pending", "finished"],
      to: dispositionTarget,
      roles: ["advisor", "supervisor"],
      guard: holderGuard,
    },
    release_callback: {
      label: "Devolver la llamada pendiente al grupo",
      from: ["pending"],
      to: "pending",
      roles: ["system"],
    },
  },
});
