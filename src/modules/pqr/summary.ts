import type { Tx } from "../../platform/db/pool.js";
import { PQR_PROCEDURE, type PqrStatus } from "./procedure.js";
import { findAppeal, findPqr, findPqrByCun } from "./queries.js";
import type { PqrRow } from "./repo.js";

/** What another module needs to know of a PQR: its CUN, where it stands and when it is due. */
export interface PqrSummary {
  id: string;
  number: number;
  cun: string;
  type: PqrRow["type"];
  customerId: string;
  status: PqrStatus;
  /** Spanish label of the status. */
  statusLabel: string;
  /** The running clock's last day on time: the answer's, or the reposición decision's while one is pending. */
  dueOn: string;
  /** The answer's last day on time. */
  answerDueOn: string;
  /** The last day a recurso may be received (once the answer was notified). */
  appealWindowEndsOn: string | null;
  hasAppeal: boolean;
  isFinal: boolean;
  origin: string;
  originReference: string | null;
}

async function summarize(tx: Tx, row: PqrRow | undefined): Promise<PqrSummary | undefined> {
  if (!row) return undefined;
  const appeal = await findAppeal(tx, row.id);
  const status = row.status as PqrStatus;
  return {
    id: row.id,
    number: row.number,
    cun: row.cun,
    type: row.type,
    customerId: row.customer_id,
    status,
    statusLabel: PQR_PROCEDURE.states[status].label,
    dueOn: status === "appeal_filed" && appeal ? appeal.due_on : row.due_on,
    answerDueOn: row.due_on,
    appealWindowEndsOn: row.appeal_window_ends_on,
    hasAppeal: appeal !== undefined,
    isFinal: PQR_PROCEDURE.states[status].isFinal === true,
    origin: row.origin,
    originReference: row.origin_reference,
  };
}

/** A PQR's summary by id in the transaction's tenant; undefined when there is none (or it is another tenant's). */
export async function getPqrSummary(tx: Tx, id: string): Promise<PqrSummary | undefined> {
  return summarize(tx, await findPqr(tx, id));
}

/** A PQR's summary by CUN in the transaction's tenant. */
export async function getPqrSummaryByCun(tx: Tx, cun: string): Promise<PqrSummary | undefined> {
  return summarize(tx, await findPqrByCun(tx, cun));
}
