import {
  alertPqrAtRisk,
  answerPqr,
  closePqrAppealWindow,
  decideReconsideration,
  desistPqr,
  type FilePqrInput,
  fileAppeal,
  filePqr,
  flagPqrSilence,
  forwardToAuthority,
  getPqrSummary,
  previewAnswerClock,
  recordAuthorityDecision,
  setCunRange,
} from "../modules/pqr/index.js";
import type { Actor, CommandContext } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";
import { listPqrDemoCustomers } from "./pqr-repo.js";

export type PqrDemoCounts = Record<string, number>;

const DAY = 86_400_000;
/** A one-page PDF: the demo's evidence and notification proofs. */
const DEMO_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);
const proof = (name: string) => ({ fileName: name, mediaType: "application/pdf", content: DEMO_PDF });

const SUBJECTS: Array<Pick<FilePqrInput, "type" | "subject" | "amountInDispute">> = [
  { type: "complaint", subject: "Cobro doble del cargo fijo del mes", amountInDispute: "89900" },
  { type: "complaint", subject: "Cobro de reconexión sin haber tenido suspensión", amountInDispute: "35000" },
  { type: "petition", subject: "Copia del contrato y de la grabación de la venta", amountInDispute: null },
  { type: "complaint", subject: "Fallas del servicio de Internet por más de tres días", amountInDispute: "45000" },
  { type: "appeal", subject: "Desacuerdo con la decisión sobre el cobro de equipos", amountInDispute: "120000" },
  { type: "complaint", subject: "Campaña de descuento no aplicada en la factura", amountInDispute: "30000" },
  { type: "petition", subject: "Cambio de estrato en la facturación", amountInDispute: null },
  { type: "complaint", subject: "Cobro de puntos adicionales no instalados", amountInDispute: "24000" },
];

/**
 * PQRs in every state for the demo, through the PQR module's commands with the clock at each step's moment:
 * on time, at risk, positive administrative silence, answered (window open), closed, appeal pending,
 * forwarded to the SIC, decided by the SIC, desisted. The operator's CUN range is configured first.
 */
export async function seedPqrDemo(tx: Tx, actors: (role: string) => Actor, options: { now: Date }): Promise<PqrDemoCounts> {
  const at = (role: string, when: Date): CommandContext => ({ tx, actor: actors(role), now: when });
  const now = options.now;
  const ago = (days: number, hour = 0) => new Date(now.getTime() - days * DAY + hour * 3_600_000);
  await setCunRange(
    {
      prefix: "4001",
      firstNumber: 1,
      lastNumber: 99_999_999,
      width: 8,
      basis: "Rango de demostración (asignación SIC simulada)",
    },
    at("admin", ago(60)),
  );
  const customers = await listPqrDemoCustomers(tx, 16);
  let next = 0;
  const file = async (filedDaysAgo: number, role = "advisor", extra: Partial<FilePqrInput> = {}) => {
    const customer = customers[next % customers.length]!;
    const subject = SUBJECTS[next % SUBJECTS.length]!;
    next++;
    const when = ago(filedDaysAgo);
    return filePqr(
      {
        ...subject,
        customerId: customer.id,
        productId: customer.product_id,
        filingChannel: "phone",
        responseChannel: "email",
        responseAddress: "cliente@example.com",
        evidence: [proof("soporte.pdf")],
        ...extra,
      },
      at(role, when),
    );
  };
  const answer = (id: string, when: Date) =>
    answerPqr(
      {
        pqrId: id,
        outcome: "denied",
        answerText: "Revisada la cuenta, el cobro corresponde a los servicios prestados en el periodo.",
        notificationChannel: "email",
        notifiedAt: when,
        notificationProof: proof("constancia-notificacion.pdf"),
      },
      at("pqr_area", when),
    );

  // On time: filed in the last days (one escalated by the adjustments cell).
  await file(1);
  await file(2, "back_office", { origin: "adjustments", originReference: "ajustes-demo-1" });
  await file(3);
  // At risk: the first filing date whose clock is at risk today.
  for (let days = 12; days < 30; days++) {
    if ((await previewAnswerClock(tx, ago(days), now)).status === "at_risk") {
      const pqr = await file(days);
      await alertPqrAtRisk({ pqrId: pqr.id, stage: "answer", dueOn: pqr.dueOn }, { tx, actor: systemOf(actors), now });
      break;
    }
  }
  // Silence: filed 40 days ago and never answered.
  const silent = await file(40);
  await flagPqrSilence({ pqrId: silent.id, stage: "answer", dueOn: silent.dueOn }, { tx, actor: systemOf(actors), now });
  // Answered, appeal window open.
  const answered = await file(8);
  await answer(answered.id, ago(2));
  // Answered long ago, window ended: closed.
  const closed = await file(45);
  await answer(closed.id, ago(35));
  const closedSummary = await getPqrSummary(tx, closed.id);
  await closePqrAppealWindow(
    { pqrId: closed.id, endsOn: closedSummary!.appealWindowEndsOn! },
    { tx, actor: systemOf(actors), now },
  );
  // Appeal pending: answered, the customer files a reposición in subsidio apelación.
  const appealed = await file(12);
  await answer(appealed.id, ago(6));
  await fileAppeal(
    {
      pqrId: appealed.id,
      kind: "with_subsidiary",
      grounds: "El cliente no acepta la respuesta: pagó por anticipado.",
      filingChannel: "phone",
    },
    at("advisor", ago(4)),
  );
  // Forwarded to the SIC.
  const forwarded = await file(40);
  await answer(forwarded.id, ago(30));
  await fileAppeal(
    { pqrId: forwarded.id, kind: "with_subsidiary", grounds: "No está de acuerdo con el cobro.", filingChannel: "web" },
    at("advisor", ago(27)),
  );
  await decideReconsideration(
    { pqrId: forwarded.id, decision: "upheld", decisionText: "Se confirma la respuesta." },
    at("pqr_area", ago(20)),
  );
  await forwardToAuthority({ pqrId: forwarded.id, authorityReference: "SIC-DEMO-0001" }, at("pqr_area", ago(19)));
  // Decided by the SIC.
  const decided = await file(90);
  await answer(decided.id, ago(80));
  await fileAppeal(
    { pqrId: decided.id, kind: "with_subsidiary", grounds: "Solicita revisión por la SIC.", filingChannel: "phone" },
    at("advisor", ago(78)),
  );
  await decideReconsideration(
    { pqrId: decided.id, decision: "upheld", decisionText: "Se confirma la respuesta." },
    at("pqr_area", ago(70)),
  );
  await forwardToAuthority({ pqrId: decided.id }, at("pqr_area", ago(69)));
  const decidedOn = new Date(ago(5)).toISOString().slice(0, 10);
  await recordAuthorityDecision(
    { pqrId: decided.id, decision: "revoked", decisionText: "La SIC ordena devolver el valor cobrado.", decidedOn },
    at("pqr_area", ago(4)),
  );
  // Desisted: the customer accepted the explanation on the call.
  const desisted = await file(5);
  await desistPqr({ pqrId: desisted.id, note: "El cliente acepta la explicación y desiste" }, at("advisor", ago(4)));

  const { rows } = await tx.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM pqrs GROUP BY status");
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** The timers' actor: the system, as the worker runs them. */
function systemOf(actors: (role: string) => Actor): Actor {
  const someone = actors("admin");
  return { ...someone, userId: null, email: "system", fullName: "Sistema", roles: ["system"], via: "system" };
}
