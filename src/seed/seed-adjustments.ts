import {
  answerAdjustment,
  createAdjustmentRow,
  generateWeeklyFeedback,
  recordAdjustmentContact,
  reviewRejection,
  validateAdjustmentRow,
} from "../modules/adjustments/index.js";
import type { Actor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";

/**
 * The demo's billing-adjustments cell (seed 004): one cut whose base has a row of every cause (A–M) and,
 * walked through the product's commands, every outcome — escalated to PQR, sent and pending, rejected
 * rightly (informed, voicemail, still to call), rejected wrongly and re-escalated, approved and informed,
 * approved and appealed (reposición, subsidio de apelación), and one still to validate — then the week's
 * feedback to the agents with most rejections.
 */

export interface AdjustmentsDemoOptions {
  tenantId: string;
  now: Date;
  /** Customers with a phone: the rows' accounts. */
  customers: Array<{ customerCode: string }>;
  /** The front-office agents who requested the adjustments. */
  agents: Actor[];
  cell: Actor;
  backOffice: Actor;
  supervisor: Actor;
}

export interface AdjustmentsDemoCounts {
  cutDate: string;
  rows: number;
}

const EVIDENCE: Record<string, string[]> = {
  A: ["certificado_falla", "factura"],
  B: ["soporte_campana"],
  C: ["solicitud_suspension", "marcacion_rr"],
  D: ["acta_entrega_equipo", "factura"],
  E: ["soporte_pago", "factura"],
  F: ["reporte_claro_video"],
  G: ["certificado_estrato"],
  H: ["orden_trabajo", "factura"],
  I: ["soporte_pago"],
  J: ["solicitud_retiro", "factura"],
  K: ["factura"],
  L: ["solicitud_traslado", "orden_trabajo"],
  M: ["diagnostico_garantia"],
};

/** The last day of the month before `now` (the cut whose base the demo received). */
function lastCut(now: Date): string {
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return new Date(firstOfMonth.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export async function seedAdjustmentsDemo(tx: Tx, options: AdjustmentsDemoOptions): Promise<AdjustmentsDemoCounts> {
  const { now } = options;
  const as = (actor: Actor) => ({ tx, actor, now });
  // The escalations' CUNs come from the range the PQR demo configured (seed-pqr.ts runs first).
  const cutDate = lastCut(now);
  const causes = "ABCDEFGHIJKLM".split("");
  const ids = new Map<string, string>();
  for (const [index, cause] of [...causes, "A", "C", "E"].entries()) {
    const customer = options.customers[index % options.customers.length]!;
    const agent = options.agents[index % options.agents.length]!;
    const filing = `PQR-${cutDate.replaceAll("-", "")}-${String(index + 1).padStart(3, "0")}`;
    const row = await createAdjustmentRow(
      {
        cutDate,
        filingNumber: filing,
        account: customer.customerCode,
        cause,
        baseStatus: "PENDIENTE",
        radicado: `RAD-${String(880_000 + index)}`,
        agentEmail: agent.email,
        requestedAmount: 15_000 + 5_000 * index,
        evidence: EVIDENCE[cause]!,
        note: `Ajuste solicitado por causal ${cause}`,
      },
      as(options.cell),
    );
    ids.set(`${cause}${index >= causes.length ? index : ""}`, row.id);
  }
  const id = (key: string) => ids.get(key)!;
  const cell = as(options.cell);
  const back = as(options.backOffice);
  // Steps 2–3: every row but J validated; B and K lack evidence and go to the PQR area.
  for (const key of ids.keys()) if (key !== "J") await validateAdjustmentRow({ rowId: id(key) }, cell);
  const approve = (key: string, amount: number) =>
    answerAdjustment({ rowId: id(key), decision: "approved", appliedAmount: amount }, back);
  const reject = (key: string, reason: string) => answerAdjustment({ rowId: id(key), decision: "rejected", reason }, back);
  // Steps 4–5.
  for (const key of ["C", "G", "L", "C14"]) {
    await reject(key, "No se evidencia la marcación en RR");
    await reviewRejection({ rowId: id(key), review: "rightly", note: "No hay pruebas según la política de la causal" }, cell);
  }
  await reject("D", "Equipo en poder del cliente");
  await reviewRejection({ rowId: id("D"), review: "wrongly", note: "Acta de devolución adjunta: nueva marcación" }, cell);
  await reject("M", "Daño físico");
  await reviewRejection({ rowId: id("M"), review: "wrongly", note: "Diagnóstico de fábrica" }, cell);
  // Step 6: approvals; contacts.
  for (const [key, amount] of [
    ["A", 15_000],
    ["D", 30_000],
    ["E", 35_000],
    ["F", 40_000],
    ["H", 45_000],
    ["A13", 60_000],
  ] as const) {
    await approve(key, amount);
  }
  for (const key of ["A", "D", "A13"])
    await recordAdjustmentContact({ rowId: id(key), result: "answered", customerAccepts: true }, cell);
  await recordAdjustmentContact({ rowId: id("C"), result: "answered", customerAccepts: true }, cell);
  // Step 7: not accepted → appeal.
  await recordAdjustmentContact({ rowId: id("E"), result: "answered", customerAccepts: false, appealType: "reposicion" }, cell);
  await recordAdjustmentContact(
    { rowId: id("H"), result: "answered", customerAccepts: false, appealType: "subsidio_apelacion" },
    cell,
  );
  // Step 8: unreachable → voicemail.
  await recordAdjustmentContact({ rowId: id("F"), result: "no_answer" }, cell);
  await recordAdjustmentContact({ rowId: id("F"), result: "busy", leaveVoicemail: true }, cell);
  await recordAdjustmentContact({ rowId: id("G"), result: "no_answer", leaveVoicemail: true }, cell);
  await recordAdjustmentContact({ rowId: id("L"), result: "busy" }, cell);
  // Step 9: the week's feedback.
  await generateWeeklyFeedback({ week: now.toISOString().slice(0, 10) }, as(options.supervisor));
  return { cutDate, rows: ids.size };
}
