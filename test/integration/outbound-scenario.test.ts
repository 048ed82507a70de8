import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DialerEngine, installDialer, SimulatedTelephony, uninstallDialer } from "../../src/modules/dialer/index.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { contactListCsv, createCampaign, createCustomers, importFile } from "../support/outbound.js";
import { configureCunRange } from "../support/pqr.js";
import { openSse, type SseClient } from "../support/sse-client.js";
import { firePendingTimer, pendingTimer } from "../support/timers.js";
import { waitFor } from "../support/wait.js";

// Seed 002 (Procedimiento atención outbound Claro premium) walked step by step with the simulated phone system:
// the list received, the predictive dial handed to the free advisor with a sound and visual alert (step 1), what
// the list says (2), guided support and staged offers recorded (3–6), disposition with first-contact resolution
// or a case number (7), closure as closed or follow-up with its callback (9) — and the contact policy before
// every attempt.

const TZ = "America/Bogota";
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();

let testDb: TestDatabase;
let testApp: TestApp;
let baseUrl: string;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let advisor: Session;
let port: SimulatedTelephony;
let engine: DialerEngine;
/** The dialer's clock: Monday 2026-12-07 10:00 in Bogotá unless a test moves it. */
let now = at("2026-12-07T10:00");
const streams: SseClient[] = [];
let behaviour: (phone: string) => "answer" | "busy" | "no_answer" | "machine" | "invalid" | "rejected" | "fail" = () => "answer";

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "premium-salida");
  port = new SimulatedTelephony({ mode: "manual", behaviour: (phone) => behaviour(phone) });
  engine = new DialerEngine(testDb.db, port, "instancia-prueba", () => now);
  installDialer(engine);
  testApp = await buildTestApp(testDb);
  baseUrl = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  await createCustomers(admin, "ps", 16);
});
afterAll(async () => {
  for (const s of streams) s.close();
  uninstallDialer();
  await port?.close();
  await testApp?.close();
  await testDb?.drop();
});

const desktop = async (session = advisor) => {
  const response = await session.request({ url: "/api/outbound/agent" });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const setState = (campaignId: string, state: string, pauseReason?: string, session = advisor) =>
  session.request({ method: "PUT", url: "/api/outbound/agent/state", payload: { campaignId, state, pauseReason } });
const dial = async (campaignId: string) => {
  const response = await supervisor.request({ method: "POST", url: `/api/outbound/campaigns/${campaignId}/dial` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const complete = (callId: string, body: Record<string, unknown>, session = advisor) =>
  session.request({ method: "POST", url: `/api/outbound/calls/${callId}/complete`, payload: body });
const blocks = async (campaignId: string) =>
  (await supervisor.request({ url: `/api/contact-policy/blocks?campaignId=${campaignId}` })).json().items;
const records = async (campaignId: string) =>
  (await supervisor.request({ url: `/api/outbound/campaigns/${campaignId}/records` })).json().items;

async function campaignWithList(code: string, rows: Parameters<typeof contactListCsv>[0], mode = "progressive") {
  const id = await createCampaign(supervisor, code, mode);
  const committed = await importFile(admin, "contact_lists", `${code}.csv`, contactListCsv(rows));
  expect(committed.statusCode, committed.body).toBe(200);
  return id;
}

describe("seed 002: outbound premium care", () => {
  it("steps 1–9: the answered call reaches the free advisor with an alert; list, support, offers, disposition, follow-up", async () => {
    now = at("2026-12-07T10:00");
    behaviour = () => "answer";
    const campaignId = await campaignWithList("premium-uno", [
      {
        campaign: "premium-uno",
        type: "cancelaciones",
        customer: "C-ps-01",
        reason: "Solicitó cancelar Internet por fallas intermitentes",
        offers: "Descuento 30 % por 3 meses | Upgrade a 900 Mb sin costo",
        phones: "3001000001",
      },
    ]);
    const stream = await openSse(`${baseUrl}/api/stream`, advisor.cookie);
    streams.push(stream);
    await waitFor(() => stream.raw().includes(": conectado"), "el flujo abre");

    // Step 1: the advisor is ready; the dialer calls; the customer answers; the call goes to the free advisor.
    expect((await setState(campaignId, "ready")).statusCode).toBe(200);
    expect(await dial(campaignId)).toMatchObject({ placed: 1, blocked: 0 });
    expect(port.originated.at(-1)).toMatchObject({ to: "3001000001" });
    await port.drain();
    const offered = await waitFor(() => stream.events.find((e) => e.event === "outbound.call_offered"), "la alerta de llamada");
    expect(offered?.data).toMatchObject({ customerName: "Cliente ps 1 Restrepo", listType: "cancelaciones" });
    const view = await desktop();
    expect(view.agent.state).toBe("on_call");
    expect(view.call).toMatchObject({ status: "bridged", phone: "3001000001" });
    expect(port.bridged.at(-1)).toEqual({ callId: view.call.id, agentUserId: tenant.users.advisor!.id });

    // Step 2: what the list says about this customer.
    expect(view.record).toMatchObject({
      customerCode: "C-ps-01",
      listType: "cancelaciones",
      listTypeName: "Cancelaciones",
      reason: "Solicitó cancelar Internet por fallas intermitentes",
      offers: ["Descuento 30 % por 3 meses", "Upgrade a 900 Mb sin costo"],
    });

    // Step 7 refuses a case without its number, and a follow-up without its callback date; nothing changes.
    const base = {
      dispositionCode: "visita-agendada",
      resolution: "case",
      notes: "Falla física: se agenda visita técnica. Cliente acepta el descuento.",
      support: [
        { guide: "falla-puntual", step: "servicios-asociados", answer: "sí" },
        { guide: "falla-puntual", step: "falla-masiva", answer: "no" },
        { guide: "falla-puntual", step: "cablemodem-enganchado", answer: "no" },
      ],
      offers: [
        { offer: "Beneficios actuales", accepted: false },
        { offer: "Descuento 30 % por 3 meses", accepted: true },
      ],
      closure: "follow_up",
      followUpArea: "visits",
      callbackAt: "2026-12-09T15:00:00.000Z",
      next: "ready",
    };
    const noCase = await complete(view.call.id, { ...base, caseNumber: null });
    expect(noCase.statusCode).toBe(400);
    expect(noCase.json().detail).toMatch(/número de caso/);
    const noCallback = await complete(view.call.id, { ...base, caseNumber: "OT-778812", callbackAt: null });
    expect(noCallback.statusCode).toBe(400);
    expect(noCallback.json().detail).toBe("Una gestión en seguimiento necesita la fecha de devolución de llamada");
    expect((await desktop()).agent.state).toBe("on_call");

    // Step 7 offers the tree of the record's list type (cancelaciones) and refuses a disposition of another list type's.
    const groups = view.dispositionTree.map((g: { name: string }) => g.name);
    expect(groups).toEqual(["Retención escalonada", "Soporte", "PQR / ajuste", "Sin gestión"]);
    const codes = view.dispositionTree.flatMap((g: { dispositions: Array<{ code: string }> }) =>
      g.dispositions.map((d) => d.code),
    );
    expect(codes).toContain("retenido");
    expect(codes).not.toContain("migracion-ftth-aceptada");
    const otherType = await complete(view.call.id, { ...base, dispositionCode: "migracion-ftth-aceptada", caseNumber: "OT-1" });
    expect(otherType.statusCode).toBe(400);
    expect(otherType.json().detail).toBe(
      "La tipificación «migracion-ftth-aceptada» no está en el árbol de tipificaciones de la base «Cancelaciones»",
    );
    expect((await desktop()).agent.state).toBe("on_call");

    // Steps 7–9: disposition with the case number, closure in follow-up with the callback to this advisor.
    const done = await complete(view.call.id, { ...base, caseNumber: "OT-778812" });
    expect(done.statusCode, done.body).toBe(200);
    const after = await desktop();
    expect(after.agent.state).toBe("ready");
    expect(after.call).toBeNull();
    expect(after.callbacks).toEqual([
      expect.objectContaining({ customerName: "Cliente ps 1 Restrepo", callbackAt: "2026-12-09T15:00:00.000Z" }),
    ]);
    const [record] = await records(campaignId);
    expect(record).toMatchObject({ status: "follow_up", closure: "follow_up", callbackAt: "2026-12-09T15:00:00.000Z" });
    // The timeline of the customer says what was done.
    const timeline = await supervisor.request({ url: `/api/timeline/contact_record/${record.id}` });
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(JSON.stringify(timeline.json())).toContain("OT-778812");
    // The supervisor sees it live.
    const live = (await supervisor.request({ url: `/api/outbound/campaigns/${campaignId}/live` })).json();
    expect(live.agents).toEqual([expect.objectContaining({ state: "ready" })]);
    expect(live.today).toMatchObject({ calls: 1, answered: 1, drops: 0 });
    // Seed 002's indicators from the one engine, for this campaign's month: contacted ÷ managed, retained ÷
    // cancellation requests; FCR has no resolution at first contact to count (the call opened a case): no data.
    const month = async (code: string) =>
      (
        await supervisor.request({
          url: `/api/indicators/dialer.${code}?last=2026-12-07&periods=1&by=campaign&key=premium-uno`,
        })
      ).json().series;
    expect((await month("contactability"))[0].cells[0]).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect((await month("effectiveness"))[0].cells[0]).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
    expect(await month("fcr")).toEqual([]);
    await setState(campaignId, "offline");
  });

  it("contact policy: a second contact the same day is refused across campaigns, with the rule logged", async () => {
    now = at("2026-12-07T11:00");
    behaviour = () => "answer";
    const first = await campaignWithList("politica-a", [
      { campaign: "politica-a", type: "fidelizacion", customer: "C-ps-02", phones: "3001000002" },
    ]);
    await setState(first, "ready");
    expect(await dial(first)).toMatchObject({ placed: 1 });
    await port.drain();
    const call = (await desktop()).call;
    expect(
      (
        await complete(call.id, {
          dispositionCode: "beneficios-informados",
          resolution: "first_contact",
          notes: "Informados",
          closure: "closed",
          next: "ready",
        })
      ).statusCode,
    ).toBe(200);
    await setState(first, "offline");

    const second = await campaignWithList("politica-b", [
      { campaign: "politica-b", type: "detractores", customer: "C-ps-02", phones: "3001000002" },
    ]);
    await setState(second, "ready");
    const before = port.originated.length;
    expect(await dial(second)).toMatchObject({ placed: 0, blocked: 1 });
    expect(port.originated.length).toBe(before);
    expect(await blocks(second)).toEqual([
      expect.objectContaining({
        rule: "daily_contact",
        phone: "3001000002",
        policyScope: "co",
        message: expect.stringMatching(/ya fue contactado hoy/),
      }),
    ]);
    await setState(second, "offline");
  });

  it("contact policy: a number on the RNE is never dialled; Saturday 15:00 and Sunday are outside the window", async () => {
    behaviour = () => "answer";
    const rne = await importFile(
      admin,
      "suppressed_numbers",
      "rne.csv",
      Buffer.from("lista,numero,canal,fecha_consulta\nrne,3001000003,llamada,2026-12-01\n"),
    );
    expect(rne.statusCode, rne.body).toBe(200);
    const campaignId = await campaignWithList("politica-c", [
      { campaign: "politica-c", type: "fidelizacion", customer: "C-ps-03", phones: "3001000003" },
      { campaign: "politica-c", type: "fidelizacion", customer: "C-ps-04", phones: "3001000004" },
    ]);
    await setState(campaignId, "ready");

    now = at("2026-12-12T15:00"); // Saturday, 15:00 sharp
    expect(await dial(campaignId)).toMatchObject({ placed: 0, blocked: 2 });
    now = at("2026-12-13T10:00"); // Sunday
    expect(await dial(campaignId)).toMatchObject({ placed: 0, blocked: 1 });
    const rules = (await blocks(campaignId)).map((b: { rule: string; phone: string }) => `${b.phone}:${b.rule}`).sort();
    expect(rules).toEqual(["3001000003:rne", "3001000004:closed_day", "3001000004:outside_hours"]);
    // The RNE record is exhausted; the other waits for the window and the hour it was deferred.
    const byCode = Object.fromEntries(
      (await records(campaignId)).map((r: { customerCode: string; status: string }) => [r.customerCode, r.status]),
    );
    expect(byCode).toEqual({ "C-ps-03": "exhausted", "C-ps-04": "pending" });
    await setState(campaignId, "offline");
  });

  it("drops: an answered call with no free advisor within 2 s is dropped with the safe-harbour message, and locked out", async () => {
    now = at("2026-12-08T09:00"); // Tuesday 8 December (Inmaculada Concepción) is a holiday in Colombia
    const holiday = await campaignWithList("festivo", [
      { campaign: "festivo", type: "fidelizacion", customer: "C-ps-08", phones: "3001000008" },
    ]);
    await setState(holiday, "ready");
    expect(await dial(holiday)).toMatchObject({ placed: 0, blocked: 1 });
    expect(await blocks(holiday)).toEqual([expect.objectContaining({ rule: "holiday" })]);
    await setState(holiday, "offline");
    now = at("2026-12-09T09:00");
    behaviour = () => "answer";
    const campaignId = await campaignWithList("abandono", [
      { campaign: "abandono", type: "abandonos", customer: "C-ps-05", phones: "3001000005" },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    // The advisor pauses before the customer answers: nobody is free when the call is answered.
    expect((await setState(campaignId, "paused", "break")).statusCode).toBe(200);
    await port.drain();
    now = new Date(now.getTime() + 1999);
    expect(await dial(campaignId)).toMatchObject({ dropped: 0 });
    now = new Date(now.getTime() + 1);
    expect(await dial(campaignId)).toMatchObject({ dropped: 1 });
    expect(port.messages.at(-1)?.message).toMatch(/Le volveremos a llamar/);
    const live = (await supervisor.request({ url: `/api/outbound/campaigns/${campaignId}/live` })).json();
    expect(live.today).toMatchObject({ answered: 1, drops: 1, dropPercent: 100 });
    // A dropped record waits its retry time (24 h in the catalog): 23 h later it is not dialled.
    now = new Date(now.getTime() + 23 * 3_600_000);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 0 });
    // The drop rate per calendar day, rolling 24 h and rolling 30 days: the next morning the day is clean, the 24 h
    // window still holds the drop; 25 h after it only the 30 days do.
    const liveAt = async () => (await supervisor.request({ url: `/api/outbound/campaigns/${campaignId}/live` })).json();
    const nextMorning = await liveAt();
    expect(nextMorning.today).toMatchObject({ drops: 0 });
    expect(nextMorning.last24Hours).toMatchObject({ answered: 1, drops: 1, dropPercent: 100 });
    expect(nextMorning.last30Days).toMatchObject({ drops: 1 });
    now = new Date(now.getTime() + 2 * 3_600_000);
    const later = await liveAt();
    expect(later.last24Hours).toMatchObject({ answered: 0, drops: 0 });
    expect(later.last30Days).toMatchObject({ answered: 1, drops: 1, dropPercent: 100 });
    await setState(campaignId, "offline");
  });

  it("faults: busy is retried later; an adapter that dies mid-call fails the call and the record returns, never twice", async () => {
    now = at("2026-12-10T09:00");
    behaviour = (phone) => (phone.endsWith("6") ? "busy" : "answer");
    const campaignId = await campaignWithList("fallas", [
      { campaign: "fallas", type: "fidelizacion", customer: "C-ps-06", phones: "3001000006" },
      { campaign: "fallas", type: "fidelizacion", customer: "C-ps-07", phones: "3001000007", priority: 9 },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain(); // busy
    const busy = (await records(campaignId)).find((r: { customerCode: string }) => r.customerCode === "C-ps-06");
    expect(busy).toMatchObject({ status: "pending", attempts: 1 });
    // Busy waits 30 minutes: the next round dials the other record instead.
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    expect(port.originated.at(-1)?.to).toBe("3001000007");
    // The adapter dies before the call is answered: the call fails and the record is back in the pool.
    expect(await engine.failCallsOf(tenant.tenantId, "instancia-prueba")).toBe(1);
    const failed = (await records(campaignId)).find((r: { customerCode: string }) => r.customerCode === "C-ps-07");
    expect(failed).toMatchObject({ status: "pending" });
    // Late events of the failed call change nothing.
    await port.drain();
    expect((await desktop()).call).toBeNull();
    await setState(campaignId, "offline");
  });

  it("step 9: a follow-up's callback comes back at its date to its own advisor, ahead of the team's longest-ready", async () => {
    now = at("2026-12-14T09:00");
    behaviour = () => "answer";
    const campaignId = await campaignWithList("devolucion-propia", [
      { campaign: "devolucion-propia", type: "detractores", customer: "C-ps-09", phones: "3001000009" },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const first = (await desktop()).call;
    const callbackAt = at("2026-12-15T10:00");
    const followed = await complete(first.id, {
      dispositionCode: "visita-agendada",
      resolution: "case",
      caseNumber: "OT-1001",
      notes: "Se agenda visita; se devuelve la llamada para confirmar la solución",
      closure: "follow_up",
      followUpArea: "visits",
      callbackAt: callbackAt.toISOString(),
      next: "ready",
    });
    expect(followed.statusCode, followed.body).toBe(200);
    const [record] = await records(campaignId);
    // The callback is a durable timer at its date; until then the record is not dialled.
    const timer = await pendingTimer(testDb.db, tenant.tenantId, `outbound-callback:${record.id}`);
    expect(timer).toMatchObject({ task: "outbound.callback_due", run_at: callbackAt });
    now = at("2026-12-15T09:59");
    expect(await dial(campaignId)).toMatchObject({ placed: 0 });

    // At its date: the supervisor has been ready longer, but the callback is dialled for its own advisor.
    await setState(campaignId, "offline");
    await setState(campaignId, "ready", undefined, supervisor);
    await setState(campaignId, "ready");
    now = callbackAt;
    expect(await firePendingTimer(testDb.db, tenant.tenantId, `outbound-callback:${record.id}`, now)).toBe("fired");
    // In a campaign that dials by itself, the advisor's list to dial by hand holds only their own due callback.
    const mine = (await advisor.request({ url: "/api/outbound/agent/preview" })).json();
    expect(mine).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ isMyCallback: true, customerName: "Cliente ps 9 Restrepo" })],
    });
    expect((await supervisor.request({ url: "/api/outbound/agent/preview" })).json()).toMatchObject({ total: 0 });
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    // The advisor is on the call from the first ring; the answer comes to them.
    expect((await desktop()).agent.state).toBe("on_call");
    await port.drain();
    const back = await desktop();
    expect(back.call).toMatchObject({ status: "bridged", phone: "3001000009" });
    expect(port.bridged.at(-1)).toEqual({ callId: back.call.id, agentUserId: tenant.users.advisor!.id });
    expect((await desktop(supervisor)).agent.state).toBe("ready");
    const closed = await complete(back.call.id, {
      dispositionCode: "resuelto-primer-contacto",
      resolution: "first_contact",
      notes: "Visita realizada; el servicio funciona",
      closure: "closed",
      next: "ready",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await records(campaignId))[0]).toMatchObject({ status: "closed", closure: "closed" });
    const history = JSON.stringify((await supervisor.request({ url: `/api/timeline/contact_record/${record.id}` })).json());
    expect(history).toContain("contact_record_callback_due");
    await setState(campaignId, "offline");
    await setState(campaignId, "offline", undefined, supervisor);
  });

  it("step 9: a callback waits for its paused advisor up to the grace, then goes to the team", async () => {
    now = at("2026-12-16T09:00");
    behaviour = () => "answer";
    const campaignId = await campaignWithList("devolucion-equipo", [
      { campaign: "devolucion-equipo", type: "fidelizacion", customer: "C-ps-10", phones: "3001000010" },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const first = (await desktop()).call;
    const callbackAt = at("2026-12-17T11:00");
    expect(
      (
        await complete(first.id, {
          dispositionCode: "visita-agendada",
          resolution: "case",
          caseNumber: "OT-1002",
          notes: "Seguimiento de la visita",
          closure: "follow_up",
          followUpArea: "visits",
          callbackAt: callbackAt.toISOString(),
          next: "paused",
          pauseReason: "break",
        })
      ).statusCode,
    ).toBe(200);
    const [record] = await records(campaignId);
    now = callbackAt;
    expect(await firePendingTimer(testDb.db, tenant.tenantId, `outbound-callback:${record.id}`, now)).toBe("fired");
    // A second firing of the same timer changes nothing.
    await setState(campaignId, "ready", undefined, supervisor);
    // The advisor is logged in but paused: the callback waits for them (14 minutes later, still).
    expect(await dial(campaignId)).toMatchObject({ placed: 0 });
    now = new Date(callbackAt.getTime() + 14 * 60_000);
    expect(await dial(campaignId)).toMatchObject({ placed: 0 });
    expect((await desktop(supervisor)).agent.state).toBe("ready");
    // Past the 15-minute grace it goes to the team: the supervisor takes it.
    now = new Date(callbackAt.getTime() + 15 * 60_000);
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const taken = await desktop(supervisor);
    expect(taken.call).toMatchObject({ status: "bridged", phone: "3001000010" });
    expect(taken.record).toMatchObject({ customerCode: "C-ps-10" });
    expect((await desktop()).agent.state).toBe("paused");
    await complete(
      taken.call.id,
      {
        dispositionCode: "resuelto-primer-contacto",
        resolution: "first_contact",
        notes: "Resuelto",
        closure: "closed",
        next: "ready",
      },
      supervisor,
    );
    await setState(campaignId, "offline");
    await setState(campaignId, "offline", undefined, supervisor);
  });

  it("preview mode: the advisor sees the records to dial, dials one, takes it on answer; busy puts them back ready", async () => {
    now = at("2026-12-18T09:00");
    const campaignId = await campaignWithList(
      "vista-previa",
      [
        { campaign: "vista-previa", type: "brownfield", customer: "C-ps-11", phones: "3001000011", priority: 1 },
        { campaign: "vista-previa", type: "brownfield", customer: "C-ps-12", phones: "3001000012", priority: 2 },
        { campaign: "vista-previa", type: "brownfield", customer: "C-ps-13", phones: "3001000013", priority: 3 },
      ],
      "preview",
    );
    const rne = await importFile(
      admin,
      "suppressed_numbers",
      "rne-vista.csv",
      Buffer.from("lista,numero,canal,fecha_consulta\nrne,3001000013,llamada,2026-12-01\n"),
    );
    expect(rne.statusCode, rne.body).toBe(200);
    const dialRecord = (recordId: string, session = advisor) =>
      session.request({ method: "POST", url: `/api/outbound/records/${recordId}/dial` });
    // Not ready in the campaign: nothing to dial, and dialling is refused.
    expect((await advisor.request({ url: "/api/outbound/agent/preview" })).json()).toMatchObject({ total: 0 });
    await setState(campaignId, "ready");
    expect((await dial(campaignId)).placed).toBe(0); // preview: the dialer never dials by itself
    const list = (await advisor.request({ url: "/api/outbound/agent/preview?pageSize=2" })).json();
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(list.items.map((i: { customerName: string }) => i.customerName)).toEqual([
      "Cliente ps 11 Restrepo",
      "Cliente ps 12 Restrepo",
    ]);
    const [eleven, twelve] = list.items;
    const notReady = await dialRecord(eleven.recordId, supervisor);
    expect(notReady.statusCode).toBe(422);
    expect(notReady.json().detail).toMatch(/Póngase disponible/);

    behaviour = () => "answer";
    const placed = await dialRecord(eleven.recordId);
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({ placed: true, rule: null });
    expect(port.originated.at(-1)).toMatchObject({ to: "3001000011" });
    expect((await desktop()).agent.state).toBe("on_call");
    // The same record cannot be dialled twice.
    const again = await dialRecord(eleven.recordId);
    expect(again.statusCode).toBe(422);
    await port.drain();
    const onCall = await desktop();
    expect(onCall.call).toMatchObject({ status: "bridged", phone: "3001000011" });
    expect(onCall.record).toMatchObject({ customerCode: "C-ps-11", listType: "brownfield" });
    await complete(onCall.call.id, {
      dispositionCode: "migracion-ftth-rechazada",
      resolution: "first_contact",
      notes: "Migración a fibra explicada",
      closure: "closed",
      next: "ready",
    });

    // Busy: the advisor is back to ready and the record waits its retry.
    behaviour = () => "busy";
    expect((await dialRecord(twelve.recordId)).json()).toMatchObject({ placed: true });
    await port.drain();
    expect((await desktop()).agent.state).toBe("ready");
    const busy = (await records(campaignId)).find((r: { customerCode: string }) => r.customerCode === "C-ps-12");
    expect(busy).toMatchObject({ status: "pending", attempts: 1 });
    const retry = await dialRecord(twelve.recordId);
    expect(retry.statusCode).toBe(422);
    expect(retry.json().detail).toMatch(/reintento/);

    // A number on the RNE: nothing dialled, the refusal logged with its rule.
    const before = port.originated.length;
    const thirteen = (await advisor.request({ url: "/api/outbound/agent/preview" })).json().items[0];
    expect(thirteen.customerName).toBe("Cliente ps 13 Restrepo");
    expect((await dialRecord(thirteen.recordId)).json()).toMatchObject({ placed: false, rule: "rne" });
    expect(port.originated.length).toBe(before);
    expect(await blocks(campaignId)).toEqual([expect.objectContaining({ rule: "rne", phone: "3001000013" })]);
    expect((await desktop()).agent.state).toBe("ready");
    await setState(campaignId, "offline");
  });

  it("step 5: the advisor files the customer's PQR from the call, tells its CUN, due date and channel, and types it", async () => {
    now = at("2026-12-21T09:00");
    behaviour = () => "answer";
    await configureCunRange(testDb.db, tenant, new Date());
    const campaignId = await campaignWithList("pqr-llamada", [
      { campaign: "pqr-llamada", type: "detractores", customer: "C-ps-14", phones: "3001000014" },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const { call, record } = await desktop();
    const file = (body: Record<string, unknown>, session = advisor) =>
      session.request({ method: "POST", url: `/api/outbound/calls/${call.id}/pqr`, payload: body });
    const pqrsOf = async () => (await advisor.request({ url: `/api/pqrs?customerId=${record.customerId}&status=filed` })).json();
    const complaint = {
      type: "complaint",
      subject: "Cobro de un servicio de TV que no tiene instalado",
      amountInDispute: "45000",
      responseChannel: "email",
    };
    // An answer by email needs the address: refused by name, nothing filed.
    const noAddress = await file(complaint);
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().detail).toMatch(/correo|dirección/i);
    expect((await pqrsOf()).total).toBe(0);
    // Another advisor cannot file on this call.
    expect((await file({ ...complaint, responseAddress: "cliente@example.com" }, supervisor)).statusCode).toBe(404);

    const filed = await file({ ...complaint, responseAddress: "cliente@example.com" });
    expect(filed.statusCode, filed.body).toBe(201);
    const pqr = filed.json();
    expect(pqr).toMatchObject({ cun: expect.stringMatching(/^4001/), responseChannel: "email" });
    expect(pqr.dueOn > pqr.receivedOn).toBe(true);
    // The PQR area sees it with its CUN and clock, filed by phone from the call.
    const detail = (await supervisor.request({ url: `/api/pqrs/${pqr.pqrId}` })).json();
    expect(detail).toMatchObject({ cun: pqr.cun, dueOn: pqr.dueOn, filingChannel: "phone", origin: "outbound_call" });
    expect((await pqrsOf()).items).toEqual([expect.objectContaining({ cun: pqr.cun })]);
    // Step 7: the disposition carries the CUN as its case number.
    const done = await complete(call.id, {
      dispositionCode: "pqr-radicada",
      resolution: "case",
      caseNumber: pqr.cun,
      notes: "PQR radicada; se informa la fecha de respuesta por correo",
      closure: "follow_up",
      followUpArea: "pqr",
      callbackAt: at("2026-12-28T10:00").toISOString(),
      next: "ready",
    });
    expect(done.statusCode, done.body).toBe(200);
    // Once typed, the call no longer files PQRs.
    const late = await file({ ...complaint, responseAddress: "cliente@example.com" });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/ya fue tipificada/);
    await setState(campaignId, "offline");
  });

  it("step 4: a technician visit booked in a slot of the agenda; a full agenda is escalated to the back office", async () => {
    now = at("2026-12-22T09:00");
    behaviour = () => "answer";
    // The agenda (its simulator): one place in Chapinero tomorrow morning, on the dialer's clock like the desktop.
    const tomorrow = DateTime.fromJSDate(now, { zone: TZ })
      .plus({ days: 1 })
      .set({ hour: 8, minute: 0, second: 0, millisecond: 0 });
    const opened = await supervisor.request({
      method: "POST",
      url: "/api/outbound/visit-slots",
      payload: { zone: "Chapinero", startsAt: tomorrow.toISO(), endsAt: tomorrow.plus({ hours: 4 }).toISO(), capacity: 1 },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const inverted = await supervisor.request({
      method: "POST",
      url: "/api/outbound/visit-slots",
      payload: { zone: "Suba", startsAt: tomorrow.toISO(), endsAt: tomorrow.minus({ hours: 1 }).toISO(), capacity: 2 },
    });
    expect(inverted.statusCode).toBe(400);
    const campaignId = await campaignWithList("visitas", [
      { campaign: "visitas", type: "abandonos", customer: "C-ps-15", phones: "3001000015" },
      { campaign: "visitas", type: "abandonos", customer: "C-ps-16", phones: "3001000016", priority: 9 },
    ]);
    await setState(campaignId, "ready");
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const first = await desktop();
    const slots = (callId: string, zone: string) =>
      advisor.request({ url: `/api/outbound/calls/${callId}/visit-slots?zone=${encodeURIComponent(zone)}` });
    const book = (callId: string, body: Record<string, unknown>, session = advisor) =>
      session.request({ method: "POST", url: `/api/outbound/calls/${callId}/visit`, payload: body });
    const free = (await slots(first.call.id, "Chapinero")).json();
    expect(free).toEqual([expect.objectContaining({ id: opened.json().id, zone: "Chapinero", capacity: 1, free: 1 })]);
    expect((await slots(first.call.id, "Suba")).json()).toEqual([]);
    // Bad input is refused by name and books nothing.
    const noReason = await book(first.call.id, { zone: "Chapinero", slotId: free[0].id, reason: " " });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toBe("Describa la falla física que motiva la visita");
    expect(
      (await book(first.call.id, { zone: "Chapinero", slotId: free[0].id, reason: "Sin señal" }, supervisor)).statusCode,
    ).toBe(404);
    expect((await slots(first.call.id, "Chapinero")).json()).toHaveLength(1);
    // Booked in the slot agreed with the customer: the agenda has no place left.
    const booked = await book(first.call.id, {
      zone: "Chapinero",
      slotId: free[0].id,
      reason: "Cablemódem sin señal: falla física",
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json()).toEqual({
      status: "booked",
      zone: "Chapinero",
      startsAt: tomorrow.toUTC().toISO(),
      endsAt: tomorrow.plus({ hours: 4 }).toUTC().toISO(),
    });
    expect((await slots(first.call.id, "Chapinero")).json()).toEqual([]);
    const again = await book(first.call.id, { zone: "Chapinero", slotId: null, reason: "Otra" });
    expect(again.statusCode).toBe(409);
    await complete(first.call.id, {
      dispositionCode: "visita-agendada",
      resolution: "case",
      caseNumber: "OT-2201",
      notes: "Visita agendada",
      closure: "follow_up",
      followUpArea: "visits",
      callbackAt: at("2026-12-28T10:00").toISOString(),
      next: "ready",
    });

    // The next customer of Chapinero: the slot is full (refused, nothing written), so the visit goes to the back office.
    expect(await dial(campaignId)).toMatchObject({ placed: 1 });
    await port.drain();
    const second = await desktop();
    expect(second.record.customerCode).toBe("C-ps-16");
    const full = await book(second.call.id, { zone: "Chapinero", slotId: free[0].id, reason: "Sin señal de TV" });
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toMatch(/ya no tiene cupo/);
    const escalated = await book(second.call.id, {
      zone: "Chapinero",
      slotId: null,
      reason: "La agenda no tiene cupo en 14 días; el back office gestiona la agenda más pronta",
    });
    expect(escalated.statusCode, escalated.body).toBe(201);
    expect(escalated.json()).toEqual({ status: "escalated", zone: "Chapinero", startsAt: null, endsAt: null });
    const history = JSON.stringify(
      (await supervisor.request({ url: `/api/timeline/contact_record/${second.record.id}` })).json(),
    );
    expect(history).toContain("visit_escalated");
    await complete(second.call.id, {
      dispositionCode: "escalado",
      resolution: "case",
      caseNumber: "BO-16",
      notes: "Escalado al back office por falta de cupo",
      closure: "follow_up",
      followUpArea: "visits",
      callbackAt: at("2026-12-28T11:00").toISOString(),
      next: "ready",
    });
    await setState(campaignId, "offline");
  });

  it("step 7: a list type's tree is catalog data — a disposition recorded may be retired, not removed, and once retired is refused", async () => {
    now = at("2027-01-12T10:00");
    behaviour = () => "answer";
    await createCustomers(admin, "tip", 2);
    const campaignId = await campaignWithList("arbol-detractores", [
      { campaign: "arbol-detractores", type: "detractores", customer: "C-tip-01", phones: "3001000098" },
      { campaign: "arbol-detractores", type: "detractores", customer: "C-tip-02", phones: "3001000099", priority: 9 },
    ]);
    const answerNext = async () => {
      expect(await dial(campaignId)).toMatchObject({ placed: 1 });
      await port.drain();
      return desktop();
    };
    await setState(campaignId, "ready");
    const first = await answerNext();
    const closed = { resolution: "first_contact", notes: "Causa atendida", closure: "closed", next: "ready" };
    const done = await complete(first.call.id, { ...closed, dispositionCode: "oportunidad-mejora" });
    expect(done.statusCode, done.body).toBe(200);

    const url = "/api/catalogs/outbound_dispositions/detractores";
    const current = (await admin.request({ url })).json();
    const tree = current.content as { groups: Array<{ code: string; dispositions: Array<{ code: string; retired?: boolean }> }> };
    const detractor = tree.groups.find((g) => g.code === "detractor")!;
    const removed = structuredClone(tree);
    removed.groups.find((g) => g.code === "detractor")!.dispositions = detractor.dispositions.filter(
      (d) => d.code !== "oportunidad-mejora",
    );
    const refused = await admin.request({ method: "PUT", url, payload: { basedOnVersion: current.version, content: removed } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("La tipificación «oportunidad-mejora» ya se usa");
    const retired = structuredClone(tree);
    retired.groups.find((g) => g.code === "detractor")!.dispositions.find((d) => d.code === "oportunidad-mejora")!.retired = true;
    const published = await admin.request({ method: "PUT", url, payload: { basedOnVersion: current.version, content: retired } });
    expect(published.statusCode, published.body).toBe(200);

    const second = await answerNext();
    const offered = second.dispositionTree.flatMap((g: { dispositions: Array<{ code: string }> }) =>
      g.dispositions.map((d) => d.code),
    );
    expect(offered).toContain("causa-atendida");
    expect(offered).not.toContain("oportunidad-mejora");
    const stale = await complete(second.call.id, { ...closed, dispositionCode: "oportunidad-mejora" });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().detail).toBe(
      "La tipificación «oportunidad-mejora» no está en el árbol de tipificaciones de la base «Detractores»",
    );
    expect(
      (await complete(second.call.id, { ...closed, dispositionCode: "causa-atendida", next: "paused", pauseReason: "break" }))
        .statusCode,
    ).toBe(200);
    await setState(campaignId, "offline");
  });

  it("agent states: a pause needs a catalog reason; a disposition is the advisor's own; another tenant sees nothing", async () => {
    const campaignId = await createCampaign(supervisor, "estados");
    const noReason = await setState(campaignId, "paused");
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().detail).toMatch(/motivo de pausa/);
    const other = await buildTenant(testDb.db, "premium-otro");
    const outsider = await login(testApp.app, other.users.supervisor!.email);
    expect((await outsider.request({ url: `/api/outbound/campaigns/${campaignId}/live` })).statusCode).toBe(404);
    const technician = await login(testApp.app, tenant.users.technician!.email);
    expect((await technician.request({ url: "/api/outbound/agent" })).statusCode).toBe(403);
  });
});
