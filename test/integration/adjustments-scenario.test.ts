import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BaseRow,
  baseWorkbook,
  configureCunRange,
  importBase,
  rowIds,
  rowStep,
  uploadBase,
} from "../support/adjustments.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { addAdvisor, type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Seed 004 walked end to end on one billing cut with a row of every cause (A–M) and every outcome:
// received base (1), causes identified (2), evidence verified → PQR or back office (3), rejected rightly (4),
// rejected wrongly and re-escalated (5), approved with radicado and value (6), not accepted → appeal (7),
// unreachable → voicemail (8), the weekly top 5 and its signatures (9); then the indicators and the export back.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let cell: Session;
let backOffice: Session;
let supervisor: Session;
let agentA: Session;
let agentB: Session;
let agentBId: string;
let customers: ServiceCustomer[];
let ids: Map<string, string>;

const CUT = "2025-06-30";
const AGENT_B = "asesora-b@ajustes-co.test";
const id = (filing: string) => ids.get(filing)!;

/** Evidence complete for each cause, except the rows meant to go to PQR (B and K). */
const EVIDENCE: Record<string, string> = {
  A: "certificado_falla;factura",
  B: "soporte_campana",
  C: "solicitud_suspension;marcacion_rr",
  D: "acta_entrega_equipo;factura",
  E: "soporte_pago;factura",
  F: "reporte_claro_video",
  G: "certificado_estrato",
  H: "orden_trabajo;factura",
  I: "soporte_pago",
  J: "solicitud_retiro;factura",
  K: "factura",
  L: "solicitud_traslado;orden_trabajo",
  M: "diagnostico_garantia",
};
/** Agent B requested M; agent A everything else. */
const baseRows = (): BaseRow[] =>
  "ABCDEFGHIJKLM".split("").map((cause, i) => ({
    cut: CUT,
    filing: `PQR-${cause}`,
    account: customers[i]!.code,
    cause,
    agent: cause === "M" ? AGENT_B : tenant.users.advisor!.email,
    amount: 10_000 * (i + 1),
    radicado: `RAD-${cause}`,
    evidence: EVIDENCE[cause],
  }));

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "ajustes-co", "CO");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  cell = await login(testApp.app, tenant.users.adjustments_back!.email);
  backOffice = await login(testApp.app, tenant.users.back_office!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  agentA = await login(testApp.app, tenant.users.advisor!.email);
  agentBId = await addAdvisor(admin, AGENT_B, "Asesora B");
  agentB = await login(testApp.app, AGENT_B);
  customers = await seedServiceCustomers(admin, "aj", 13);
  await configureCunRange(testDb.db, tenant.users.admin!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const answer = (filing: string, payload: object) => rowStep(backOffice, id(filing), "answer", payload);
const review = (filing: string, payload: object) => rowStep(cell, id(filing), "review", payload);
const contact = (filing: string, payload: object) => rowStep(cell, id(filing), "contacts", payload);
// biome-ignore lint/suspicious/noExplicitAny: the tests read JSON bodies loosely
const ok = async (response: Promise<{ statusCode: number; body: string; json(): any }>) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe("seed 004 on one cut", () => {
  it("1. the base ajustes_<corte> is received: 13 rows «por validar»; the same file twice changes nothing", async () => {
    const file = await baseWorkbook(baseRows());
    const summary = await importBase(cell, `ajustes_${CUT}.xlsx`, file);
    expect(summary).toMatchObject({ inserted: 13 });
    const again = await uploadBase(cell, `ajustes_${CUT}.xlsx`, file);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().alreadyImported).toBe(true);
    ids = await rowIds(cell, CUT);
    expect(ids.size).toBe(13);
    const cuts = await ok(cell.request({ url: "/api/adjustments/cuts" }));
    expect(cuts).toEqual([expect.objectContaining({ cutDate: CUT, total: 13, open: 13, done: 0 })]);
  });

  it("2–3. each row's cause is checked against the policy: without evidence → PQR area with a PQR; otherwise → back office", async () => {
    const rows = [..."ACDEFGHILM"].map((c) => `PQR-${c}`);
    const bulk = await ok(
      cell.request({ method: "POST", url: "/api/adjustments/bulk", payload: { action: "validate", ids: rows.map(id) } }),
    );
    expect(bulk.done).toBe(10);
    expect(new Set(bulk.results.map((r: { status: string }) => r.status))).toEqual(new Set(["sent_to_backoffice"]));

    const b = await ok(rowStep(cell, id("PQR-B"), "validate", {}));
    expect(b).toMatchObject({ status: "escalated_pqr", missingEvidence: ["grabacion"], outcome: "escalated_pqr" });
    expect(b.pqr).toMatchObject({ type: "complaint", origin: "adjustments", originReference: id("PQR-B") });
    expect(b.pqrCun).toBe(b.pqr.cun);
    // K's base lacks the work order its cause requires, and the validator did not find it either.
    const k = await ok(rowStep(cell, id("PQR-K"), "validate", { evidenceChecked: [] }));
    expect(k.status).toBe("escalated_pqr");

    // Sent rows left an outbound message for the adjustments back office (DIME) through the billing adapter.
    const { rows: outbound } = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT operation, count(*)::int AS n FROM outbound_messages GROUP BY operation"),
    );
    expect(outbound).toEqual([{ operation: "adjustment.request", n: 10 }]);
    // Validating twice is out of order.
    const twice = await rowStep(cell, id("PQR-A"), "validate", {});
    expect(twice.statusCode).toBe(409);
  });

  it("only the back office answers, and an answer for a row already decided is refused", async () => {
    expect((await rowStep(cell, id("PQR-A"), "answer", { decision: "approved" })).statusCode).toBe(403);
    await ok(answer("PQR-A", { decision: "approved", appliedAmount: 10_000 }));
    const again = await answer("PQR-A", { decision: "rejected", reason: "No procede" });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/ya fue decidido por el back de ajustes/);
    expect((await answer("PQR-C", { decision: "rejected" })).statusCode).toBe(400);
    expect((await answer("PQR-J", { decision: "approved", appliedAmount: 1 })).statusCode).toBe(409);
  });

  it("4. rejected rightly → the customer is contacted and informed; 5. rejected wrongly → re-marked and re-escalated", async () => {
    for (const filing of ["PQR-C", "PQR-G", "PQR-L", "PQR-D", "PQR-M"]) {
      await ok(answer(filing, { decision: "rejected", reason: "Sin marcación en RR" }));
    }
    for (const filing of ["PQR-C", "PQR-G", "PQR-L"]) {
      expect(await ok(review(filing, { review: "rightly", note: "No hay pruebas según la política" }))).toMatchObject({
        status: "rejected_rightly",
        rightlyRejected: true,
      });
    }
    const informed = await ok(contact("PQR-C", { result: "answered", customerAccepts: true }));
    expect(informed).toMatchObject({ status: "informed", outcome: "informed" });

    expect((await review("PQR-D", { review: "wrongly" })).statusCode).toBe(400);
    const d = await ok(review("PQR-D", { review: "wrongly", note: "Marcación corregida: razón 12 sub-razón 4" }));
    expect(d).toMatchObject({ status: "sent_to_backoffice", reescalations: 1, decision: null });
    const d2 = await ok(answer("PQR-D", { decision: "approved", appliedAmount: 40_000 }));
    expect(d2.answers.map((a: { decision: string; review: string | null }) => [a.decision, a.review])).toEqual([
      ["rejected", "wrongly"],
      ["approved", null],
    ]);
    // M: wrongly rejected, re-escalated, rejected again and this time rightly.
    await ok(review("PQR-M", { review: "wrongly", note: "Nueva marcación" }));
    await ok(answer("PQR-M", { decision: "rejected", reason: "Daño físico del equipo" }));
    expect(await ok(review("PQR-M", { review: "rightly" }))).toMatchObject({ reescalations: 1, rightlyRejected: true });
  });

  it("6. approved → contact with the radicado from the base and the applied value; 7. not accepted → appeal PQR; 8. unreachable → voicemail", async () => {
    for (const [filing, value] of [
      ["PQR-E", 50_000],
      ["PQR-F", 60_000],
      ["PQR-H", 40_000],
    ] as const) {
      const row = await ok(answer(filing, { decision: "approved", appliedAmount: value }));
      expect(row.radicado).toBe(`RAD-${filing.slice(-1)}`);
    }
    expect(await ok(contact("PQR-A", { result: "answered", customerAccepts: true }))).toMatchObject({ status: "informed" });
    expect(await ok(contact("PQR-D", { result: "answered", customerAccepts: true }))).toMatchObject({ status: "informed" });

    expect((await contact("PQR-E", { result: "answered", customerAccepts: false })).statusCode).toBe(400);
    const e = await ok(contact("PQR-E", { result: "answered", customerAccepts: false, appealType: "reposicion" }));
    expect(e).toMatchObject({ status: "appealed", appealType: "reposicion", outcome: "appealed" });
    expect(e.appeal).toMatchObject({ type: "appeal", origin: "adjustments", originReference: id("PQR-E") });
    const h = await ok(contact("PQR-H", { result: "answered", customerAccepts: false, appealType: "subsidio_apelacion" }));
    expect(h).toMatchObject({ status: "appealed", appealType: "subsidio_apelacion" });

    await ok(contact("PQR-F", { result: "no_answer" }));
    const f = await ok(contact("PQR-F", { result: "busy", leaveVoicemail: true }));
    expect(f).toMatchObject({ status: "informed", outcome: "voicemail" });
    expect(f.contacts).toHaveLength(2);
    expect(f.contacts[1].voicemailMessage).toContain("aprobada");
    expect(f.contacts[1].voicemailMessage).toContain("RAD-F");
    expect(f.contacts[1].voicemailReference).toMatch(/^VM-/);
    const g = await ok(contact("PQR-G", { result: "no_answer", leaveVoicemail: true }));
    expect(g.contacts[0].voicemailMessage).toContain("no fue aprobada");
    // L: one attempt, still to inform.
    expect(await ok(contact("PQR-L", { result: "busy" }))).toMatchObject({ status: "rejected_rightly" });
  });

  it("the desk filters a cut's rows by status, cause and agent, and shows its progress", async () => {
    const approvedInformed = await ok(cell.request({ url: `/api/adjustments/cuts/${CUT}/rows?status=informed` }));
    expect(approvedInformed.items.map((r: { filingNumber: string }) => r.filingNumber).sort()).toEqual([
      "PQR-A",
      "PQR-C",
      "PQR-D",
      "PQR-F",
      "PQR-G",
    ]);
    const byCause = await ok(cell.request({ url: `/api/adjustments/cuts/${CUT}/rows?cause=M` }));
    expect(byCause.total).toBe(1);
    const byAgent = await ok(cell.request({ url: `/api/adjustments/cuts/${CUT}/rows?agent=${agentBId}` }));
    expect(byAgent.items.map((r: { filingNumber: string }) => r.filingNumber)).toEqual(["PQR-M"]);
    const paged = await ok(cell.request({ url: `/api/adjustments/cuts/${CUT}/rows?pageSize=5&page=3` }));
    expect(paged).toMatchObject({ total: 13, page: 3, pageSize: 5 });
    expect(paged.items).toHaveLength(3);
    const [cut] = await ok(cell.request({ url: "/api/adjustments/cuts" }));
    expect(cut.byStatus).toMatchObject({
      informed: 5,
      appealed: 2,
      escalated_pqr: 2,
      rejected_rightly: 2,
      sent_to_backoffice: 1,
      received: 1,
    });
  });

  it("indicators per cut, agent and week with the seed's formulas, from the one engine, each drilling down to its rows", async () => {
    const month = `last=${CUT}&periods=1`;
    const value = async (session: Session, code: string, query: string) =>
      (await ok(session.request({ url: `/api/indicators/adjustments.${code}?${month}&${query}` }))).series;
    // rejected: C, G, L, M (4/13); corrected: D, M (2/13); applied: A, D, E, F, H (5/13). The cell reads them on its desk.
    const cellOf = (code: string) => value(cell, code, `by=cut&key=${CUT}`);
    const expected = { rejected: [4, 30.77], corrected: [2, 15.38], applied: [5, 38.46] } as const;
    for (const [code, [numerator, percent]] of Object.entries(expected)) {
      expect(await cellOf(code), code).toEqual([
        {
          key: CUT,
          label: null,
          cells: [{ period: "2025-06-01", numerator, denominator: 13, value: percent, verdict: null, trend: null }],
        },
      ]);
    }
    const byAgent = await value(supervisor, "rejected", "by=advisor");
    expect(byAgent.find((s: { key: string }) => s.key === agentBId)).toMatchObject({
      label: "Asesora B",
      cells: [{ numerator: 1, denominator: 1, value: 100 }],
    });
    const corrected = await value(supervisor, "corrected", `by=advisor&key=${agentBId}`);
    expect(corrected[0].cells[0]).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    const byWeek = await ok(supervisor.request({ url: `/api/indicators/adjustments.applied?last=${CUT}&grain=week&periods=1` }));
    expect(byWeek.series[0].cells).toEqual([expect.objectContaining({ period: "2025-06-30", numerator: 5, denominator: 13 })]);

    const drill = await ok(
      backOffice.request({ url: `/api/indicators/adjustments.rejected/rows?period=${CUT}&by=cut&key=${CUT}&limit=50` }),
    );
    const rejected = drill.rows.filter((r: { numerator_weight: number }) => r.numerator_weight === 1);
    expect(rejected.map((r: { filing: string }) => r.filing)).toEqual(["PQR-C", "PQR-G", "PQR-L", "PQR-M"]);
    // The cause shows its letter and its name from the causes catalog, the state in words.
    expect(rejected[0].cause).toMatch(/^C — \S/);
    expect(drill.totals).toEqual({ rows: 13, numerator: 4, denominator: 13 });

    const file = await cell.request({ url: `/api/indicators/adjustments.rejected/export?${month}&by=cut&period=${CUT}` });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("valores")!.getRow(2).values).toEqual([undefined, "2025-06-01", CUT, 4, 13, 30.77, ""]);
    expect(workbook.getWorksheet("detalle 2025-06-01")!.rowCount).toBe(14);
    // An advisor reads neither the engine's adjustments indicators nor their list.
    expect((await agentA.request({ url: `/api/indicators/adjustments.rejected?${month}` })).statusCode).toBe(403);
  });

  it("9. weekly feedback: top agents by rejections with their causes; the agent signs; the supervisor sees who has not", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const week = await ok(supervisor.request({ method: "POST", url: "/api/adjustments/feedback", payload: { week: today } }));
    expect(
      week.items.map((f: { agentName: string; rejections: number; topCauses: string[] }) => [
        f.agentName,
        f.rejections,
        f.topCauses,
      ]),
    ).toEqual([
      [expect.any(String), 3, ["C", "G", "L"]],
      ["Asesora B", 1, ["M"]],
    ]);
    expect(week.unsigned).toHaveLength(2);
    const [first, second] = week.items;

    expect(
      (
        await agentB.request({
          method: "POST",
          url: `/api/adjustments/feedback/${first.id}/sign`,
          payload: { commitment: "Me comprometo a…", acknowledged: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await agentA.request({
          method: "POST",
          url: `/api/adjustments/feedback/${first.id}/sign`,
          payload: { commitment: "Revisaré la marcación en RR antes de escalar", acknowledged: false },
        })
      ).statusCode,
    ).toBe(400);
    await ok(
      agentA.request({
        method: "POST",
        url: `/api/adjustments/feedback/${first.id}/sign`,
        payload: { commitment: "Revisaré la marcación en RR antes de escalar", acknowledged: true },
      }),
    );
    expect(
      (
        await agentA.request({
          method: "POST",
          url: `/api/adjustments/feedback/${first.id}/sign`,
          payload: { commitment: "Otra vez lo mismo", acknowledged: true },
        })
      ).statusCode,
    ).toBe(409);

    const after = await ok(supervisor.request({ url: `/api/adjustments/feedback?week=${today}` }));
    expect(after.unsigned).toEqual([{ agentUserId: second.agentUserId, agentName: "Asesora B" }]);
    // Regenerating the week keeps the signature.
    const regenerated = await ok(
      supervisor.request({ method: "POST", url: "/api/adjustments/feedback", payload: { week: today } }),
    );
    expect(regenerated.items[0].isSigned).toBe(true);

    const mine = await ok(agentB.request({ url: "/api/adjustments/my/rejections" }));
    expect(mine.items.map((r: { filingNumber: string }) => r.filingNumber)).toEqual(["PQR-M"]);
    expect((await ok(agentB.request({ url: "/api/adjustments/my/feedback" })))[0]).toMatchObject({
      isSigned: false,
      topCauses: ["M"],
    });
    expect((await agentA.request({ url: `/api/adjustments/cuts/${CUT}/rows` })).statusCode).toBe(403);
  });

  it("export back: the cut as .xlsx in the operator's column order; approved rows as credit lines, sent once", async () => {
    const file = await cell.request({ url: `/api/adjustments/cuts/${CUT}/export` });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 13)).toEqual([
      "fecha_corte",
      "numero_pqr",
      "cuenta",
      "causal",
      "estado_ajuste",
      "aprobacion_rechazo",
      "radicado",
      "asesor",
      "valor_solicitado",
      "valor_aplicado",
      "soportes",
      "observacion",
    ]);
    expect(sheet.rowCount).toBe(14);
    const e = (sheet.getRow(6).values as unknown[]).slice(1);
    expect(e.slice(0, 4)).toEqual([CUT, "PQR-E", customers[4]!.code, "E"]);
    expect(e).toContain("Recurso de reposición");

    expect(await ok(cell.request({ method: "POST", url: `/api/adjustments/cuts/${CUT}/credit-lines` }))).toEqual({
      cutDate: CUT,
      sent: 5,
    });
    expect(await ok(cell.request({ method: "POST", url: `/api/adjustments/cuts/${CUT}/credit-lines` }))).toEqual({
      cutDate: CUT,
      sent: 0,
    });
    const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT payload FROM outbound_messages WHERE operation = 'billing_credit.apply' ORDER BY number"),
    );
    expect(rows).toHaveLength(5);
    expect(rows[0].payload).toMatchObject({ type: "appliedBillingCredit", taxIncludedAmount: { unit: "COP", value: 10_000 } });
  });

  it("a later file of the same cut updates the base's fields and keeps the row's history and the cell's work", async () => {
    const later = baseRows().map((row) =>
      row.cause === "I" ? { ...row, status: "EN TRÁMITE", note: "El cliente insiste" } : row,
    );
    const summary = await importBase(cell, `ajustes_${CUT}_v2.xlsx`, later);
    expect(summary).toMatchObject({ inserted: 0, updated: 1 });
    const row = await ok(cell.request({ url: `/api/adjustments/rows/${id("PQR-I")}` }));
    expect(row).toMatchObject({ baseStatus: "EN TRÁMITE", note: "El cliente insiste", status: "sent_to_backoffice" });
    const { rows: events } = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query(
        "SELECT action, before->>'baseStatus' AS before, after->>'baseStatus' AS after FROM events WHERE subject_id = $1 AND action LIKE 'adjustment_row_%' ORDER BY occurred_at",
        [id("PQR-I")],
      ),
    );
    expect(events).toEqual([
      { action: "adjustment_row_received", before: null, after: "PENDIENTE" },
      { action: "adjustment_row_updated", before: "PENDIENTE", after: "EN TRÁMITE" },
    ]);
  });

  it("another tenant's row is not found", async () => {
    const other = await buildTenant(testDb.db, "otro-op", "CO");
    const stranger = await login(testApp.app, other.users.adjustments_back!.email);
    expect((await stranger.request({ url: `/api/adjustments/rows/${id("PQR-A")}` })).statusCode).toBe(404);
    expect((await rowStep(stranger, id("PQR-J"), "validate", {})).statusCode).toBe(404);
  });
});
