/**
 * A work order's life as a transition table (seed 000 steps 6–8; the same order serves the install,
 * transfer and migration orders of later seeds):
 *
 *   open ──print (Supervisor Centro de Operaciones, 6)──▶ printed ──close (Técnico, 7–8)──▶ closed
 *   open|printed ──annul (seed 001: Gestión de Red 5.2, Centro de Operaciones Comercial 9, 10, 13)──▶ cancelled
 *
 * Printing again keeps the order printed (a lost sheet). An order closes only with at least one
 * checklist task done, its result and the customer's signature captured on screen (8.1).
 */
import { defineProcedure } from "../../platform/procedure/procedure.js";

export type WorkOrderStatus = "open" | "printed" | "closed" | "cancelled";
export type WorkOrderStep = "print" | "close" | "annul";

export interface WorkOrderFacts {
  /** Checklist task codes marked done, and the activity's current task codes. */
  tasksDone: string[];
  knownTasks: string[];
  hasResult: boolean;
  hasSignature: boolean;
  hasSignerName: boolean;
}

const NO_FACTS: WorkOrderFacts = { tasksDone: [], knownTasks: [], hasResult: false, hasSignature: false, hasSignerName: false };

/** Why the technician may not close the order with these facts (Spanish), or null. */
export function closingProblem(facts: WorkOrderFacts): string | null {
  if (!facts.hasSignature) return "La orden no se puede cerrar sin la firma del cliente capturada en pantalla (paso 8.1)";
  if (!facts.hasSignerName) return "Indique el nombre de quien firma la orden";
  if (facts.tasksDone.length === 0) return "Marque al menos una tarea realizada de la lista";
  const unknown = facts.tasksDone.filter((task) => !facts.knownTasks.includes(task));
  if (unknown.length > 0) return `Tareas que no son de esta actividad: ${unknown.join(", ")}`;
  if (!facts.hasResult) return "Describa el resultado del trabajo (servicios funcionando)";
  return null;
}

export const WORK_ORDER_PROCEDURE = defineProcedure<WorkOrderStatus, WorkOrderStep, WorkOrderFacts>({
  code: "workorders",
  name: "Orden de trabajo",
  states: {
    open: { label: "Abierta" },
    printed: { label: "Impresa" },
    closed: { label: "Cerrada", isFinal: true },
    cancelled: { label: "Anulada", isFinal: true },
  },
  steps: {
    print: {
      label: "Imprime órdenes de trabajo",
      seedStep: "6",
      from: ["open", "printed"],
      to: "printed",
      roles: ["supervisor"],
    },
    close: {
      label: "Realiza el trabajo y recaba la firma del cliente",
      seedStep: "7–8",
      from: ["printed"],
      to: "closed",
      roles: ["technician"],
      guard: closingProblem,
    },
    annul: {
      label: "Anula la orden de trabajo",
      seedStep: "001: 5.2, 9, 10, 13",
      from: ["open", "printed"],
      to: "cancelled",
      roles: ["network_dept", "commercial_ops_center", "zonal_ops_center"],
    },
  },
});

export { NO_FACTS as NO_WORK_ORDER_FACTS };
