import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DialerEngine, installDialer, SimulatedTelephony, uninstallDialer } from "../../src/modules/dialer/index.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { contactListCsv, createCampaign, createCustomers, importFile } from "../support/outbound.js";

// Seed 002 step 4's fallback, worked end to end: «En caso de que los sistemas no permitan tomar el cupo de la visita
// se debe escalar … para ser tomada la solicitud por el back office y … garantizar una agenda lo más pronto posible».
// The advisor escalates a visit from the desktop (the agenda has no slot in the zone); the back office finds it in its
// worklist, reads the agenda's slots of that zone and books it, or closes it with a reason. Every clock is the
// dialer's, which the test holds: nothing here depends on the hour it runs at.

const TZ = "America/Bogota";
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let advisor: Session;
let backOffice: Session;
let otherBackOffice: Session;
let port: SimulatedTelephony;
/** The dialer's (and the agenda's) clock; each test sets it. Monday 2026-12-07 10:00 in Bogotá, inside Ley 2300's hours. */
let now = at("2026-12-07T10:00");
const customers = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "visitas-bo");
  const other = await buildTenant(testDb.db, "otro-bo");
  port = new SimulatedTelephony({ mode: "manual", behaviour: () => "answer" });
  installDialer(new DialerEngine(testDb.db, port, "instancia-visitas", () => now));
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  backOffice = await login(testApp.app, tenant.users.back_office!.email);
  otherBackOffice = await login(testApp.app, other.users.back_office!.email);
  for (const customer of await createCustomers(admin, "ev", 9)) customers.set(customer.code, customer.id);
});
afterAll(async () => {
  uninstallDialer();
  await port?.close();
  await testApp?.close();
  await testDb?.drop();
});

let campaigns = 0;
/**
 * The advisor calls the customer, finds the agenda with no slot in `zone`, escalates the visit to the back office
 * and closes the call in follow-up; answers the escalated visit's id.
 */
async function escalate(customerCode: string, phone: string, zone: string, reason: string): Promise<string> {
  const code = `visitas-bo-${++campaigns}`;
  const campaignId = await createCampaign(supervisor, code, "progressive");
  const committed = await importFile(
    admin,
    "contact_lists",
    `${code}.csv`,
    contactListCsv([{ campaign: code, type: "abandonos", customer: customerCode, phones: phone }]),
  );
  expect(committed.statusCode, committed.body).toBe(200);
  expect(
    (await advisor.request({ method: "PUT", url: "/api/outbound/agent/state", payload: { campaignId, state: "ready" } }))
      .statusCode,
  ).toBe(200);
  const dialled = await supervisor.request({ method: "POST", url: `/api/outbound/campaigns/${campaignId}/dial` });
  expect(dialled.json(), dialled.body).toMatchObject({ placed: 1 });
  await port.drain();
  const desk = (await advisor.request({ url: "/api/outbound/agent" })).json();
  expect(desk.record.customerCode).toBe(customerCode);
  const offered = await advisor.request({
    url: `/api/outbound/calls/${desk.call.id}/visit-slots?zone=${encodeURIComponent(zone)}`,
  });
  expect(offered.json()).toEqual([]);
  const escalated = await advisor.request({
    method: "POST",
    url: `/api/outbound/calls/${desk.call.id}/visit`,
    payload: { zone, slotId: null, reason },
  });
  expect(escalated.json(), escalated.body).toMatchObject({ status: "escalated", zone });
  const completed = await advisor.request({
    method: "POST",
    url: `/api/outbound/calls/${desk.call.id}/complete`,
    payload: {
      dispositionCode: "escalado",
      resolution: "case",
      caseNumber: `BO-${campaigns}`,
      notes: "Sin cupo en la agenda: escalado al back office",
      closure: "follow_up",
      followUpArea: "visits",
      callbackAt: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
      next: "ready",
    },
  });
  expect(completed.statusCode, completed.body).toBe(200);
  await advisor.request({ method: "PUT", url: "/api/outbound/agent/state", payload: { campaignId, state: "offline" } });
  const open = await backOffice.request({ url: `/api/outbound/escalated-visits?zone=${encodeURIComponent(zone)}&pageSize=50` });
  const mine = open.json().items.find((v: { customerCode: string }) => v.customerCode === customerCode);
  expect(mine, open.body).toBeDefined();
  return mine.id;
}

const list = (query: string, session = backOffice) => session.request({ url: `/api/outbound/escalated-visits?${query}` });
const slotsOf = (id: string, session = backOffice) => session.request({ url: `/api/outbound/escalated-visits/${id}/slots` });
const resolve = (id: string, body: Record<string, unknown>, session = backOffice, headers: Record<string, string> = {}) =>
  session.request({ method: "POST", url: `/api/outbound/escalated-visits/${id}/resolve`, payload: body, headers });
async function openSlot(zone: string, startsAt: string, capacity: number): Promise<string> {
  const start = DateTime.fromISO(startsAt, { zone: TZ });
  const opened = await supervisor.request({
    method: "POST",
    url: "/api/outbound/visit-slots",
    payload: { zone, startsAt: start.toISO(), endsAt: start.plus({ hours: 4 }).toISO(), capacity },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return opened.json().id;
}

describe("seed 002 step 4: the back office works the escalated visits", () => {
  it("advisor escalates (no slot) → back office sees it oldest first → reads the zone's slots → books it → it leaves the open list", async () => {
    now = at("2026-12-07T10:00");
    const older = await escalate("C-ev-01", "3002000001", "Kennedy", "Cablemódem sin señal: falla física");
    now = at("2026-12-07T11:30");
    const newer = await escalate("C-ev-02", "3002000002", "Kennedy", "Decodificador sin imagen");

    // Three days later the back office opens its worklist: the oldest escalation first, with what it needs to call.
    now = at("2026-12-10T09:00");
    const open = await list("zone=Kennedy");
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(open.json().zones).toContain("Kennedy");
    expect(open.json().items.map((v: { id: string }) => v.id)).toEqual([older, newer]);
    expect(open.json().items[0]).toMatchObject({
      customerId: customers.get("C-ev-01"),
      customerCode: "C-ev-01",
      customerName: "Cliente ev 1 Restrepo",
      phone: "3002000001",
      zone: "Kennedy",
      reason: "Cablemódem sin señal: falla física",
      status: "escalated",
      escalatedAt: at("2026-12-07T10:00").toISOString(),
      escalatedBy: "Asesor visitas-bo",
      daysWaiting: 2,
      resolution: null,
      resolvedBy: null,
    });
    // Sorted and paged by the server; another zone's filter leaves them out.
    expect((await list("zone=Kennedy&sort=-escalatedAt")).json().items[0].id).toBe(newer);
    expect((await list("zone=Kennedy&pageSize=1&page=2")).json()).toMatchObject({ total: 2, items: [{ id: newer }] });
    expect((await list("zone=Suba-Norte")).json()).toMatchObject({ total: 0, items: [] });

    // The agenda now has places in Kennedy: one already started, one tomorrow, and one in another zone.
    await openSlot("Kennedy", "2026-12-10T08:00", 3);
    const tomorrow = await openSlot("Kennedy", "2026-12-11T08:00", 1);
    const elsewhere = await openSlot("Fontibón", "2026-12-11T08:00", 2);
    const slots = await slotsOf(older);
    expect(slots.statusCode, slots.body).toBe(200);
    expect(slots.json()).toEqual([
      {
        id: tomorrow,
        zone: "Kennedy",
        startsAt: at("2026-12-11T08:00").toISOString(),
        endsAt: at("2026-12-11T12:00").toISOString(),
        capacity: 1,
        free: 1,
      },
    ]);
    // A slot of another zone is refused by name.
    const wrongZone = await resolve(older, { outcome: "booked", slotId: elsewhere });
    expect(wrongZone.statusCode).toBe(400);
    expect(wrongZone.json()).toMatchObject({
      field: "slotId",
      detail: "La franja es de la zona Fontibón, no de la zona de la visita (Kennedy)",
    });

    const booked = await resolve(older, { outcome: "booked", slotId: tomorrow, note: "Cliente confirma la franja por teléfono" });
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json()).toMatchObject({
      id: older,
      status: "booked",
      resolution: "booked",
      resolvedAt: now.toISOString(),
      resolvedBy: "Back office visitas-bo",
      slotStartsAt: at("2026-12-11T08:00").toISOString(),
      slotEndsAt: at("2026-12-11T12:00").toISOString(),
      note: "Cliente confirma la franja por teléfono",
      daysWaiting: 2,
    });
    // It left the open list and is among the booked ones; the agenda's place is taken.
    expect((await list("zone=Kennedy")).json()).toMatchObject({ total: 1, items: [{ id: newer }] });
    expect((await list("status=booked&zone=Kennedy")).json().items.map((v: { id: string }) => v.id)).toEqual([older]);
    expect((await slotsOf(newer)).json()).toEqual([]);
    // On the customer's timeline, by the back office.
    const history = (await supervisor.request({ url: `/api/customers/${customers.get("C-ev-01")}/timeline` })).json();
    const event = history.events.find((e: { action: string }) => e.action === "visit_escalation_booked");
    expect(event).toMatchObject({ after: { status: "booked", zone: "Kennedy", startsAt: at("2026-12-11T08:00").toISOString() } });
    expect(history.events.map((e: { action: string }) => e.action)).toContain("visit_escalated");
  });

  it("closes an escalation with a reason; resolving it again is refused and changes nothing", async () => {
    now = at("2026-12-07T10:00");
    const id = await escalate("C-ev-03", "3002000003", "Bosa", "Sin servicio de Internet");
    now = at("2026-12-09T16:00");
    const noReason = await resolve(id, { outcome: "closed" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({
      field: "closeReason",
      detail: "Indique el motivo por el que se cierra la visita sin agendar",
    });
    const closed = await resolve(id, {
      outcome: "closed",
      closeReason: "customer_desisted",
      note: "El servicio volvió tras reiniciar el equipo; el cliente no quiere la visita",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: "closed",
      closeReason: "customer_desisted",
      slotStartsAt: null,
      daysWaiting: 2,
    });
    expect((await list("zone=Bosa")).json().total).toBe(0);
    expect((await list("status=closed&zone=Bosa")).json().items).toMatchObject([{ id, closeReason: "customer_desisted" }]);

    // A second resolution — closing or booking — is refused by name, in Spanish or in English, and writes nothing.
    now = at("2026-12-10T09:00");
    const slot = await openSlot("Bosa", "2026-12-12T08:00", 2);
    const again = await resolve(id, { outcome: "booked", slotId: slot });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      detail: "La visita escalada ya fue cerrada por el back office; no se puede resolver de nuevo",
    });
    const english = await resolve(id, { outcome: "closed", closeReason: "duplicate_request" }, backOffice, {
      "accept-language": "en",
    });
    expect(english.json().detail).toBe("The escalated visit was already closed by the back office; it cannot be resolved again");
    const after = (await backOffice.request({ url: `/api/outbound/escalated-visits/${id}` })).json();
    expect(after).toMatchObject({
      status: "closed",
      closeReason: "customer_desisted",
      resolvedAt: at("2026-12-09T16:00").toISOString(),
    });
    expect((await slotsOf(id)).json()).toMatchObject([{ id: slot, free: 2 }]);
    const history = (await supervisor.request({ url: `/api/customers/${customers.get("C-ev-03")}/timeline` })).json();
    expect(history.events.filter((e: { action: string }) => e.action.startsWith("visit_escalation_"))).toMatchObject([
      { action: "visit_escalation_closed", after: { closeReason: "customer_desisted" } },
    ]);
  });

  it("a full slot is refused, even when two back-office users take its last place at once", async () => {
    now = at("2026-12-07T10:00");
    const first = await escalate("C-ev-04", "3002000004", "Usme", "Línea sin tono");
    const second = await escalate("C-ev-05", "3002000005", "Usme", "Internet intermitente");
    const third = await escalate("C-ev-06", "3002000006", "Usme", "Sin señal de TV");
    now = at("2026-12-09T10:00");
    const lastPlace = await openSlot("Usme", "2026-12-10T14:00", 1);
    // Two users, two escalations, one place: the database serves one; the other is refused and stays open.
    const raced = await Promise.all([
      resolve(first, { outcome: "booked", slotId: lastPlace }),
      resolve(second, { outcome: "booked", slotId: lastPlace }),
    ]);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = raced.find((r) => r.statusCode === 409)!;
    expect(refused.json()).toMatchObject({
      code: "CONFLICT",
      field: "slotId",
      detail: "La franja ya no tiene cupo: elija otra franja",
    });
    // The slot is full now: asked again, it is refused the same way, and nothing moved.
    const full = await resolve(third, { outcome: "booked", slotId: lastPlace });
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toBe("La franja ya no tiene cupo: elija otra franja");
    expect((await list("zone=Usme")).json().total).toBe(2);
    expect((await slotsOf(third)).json()).toEqual([]);

    // Two users resolving the same escalation at once: one books it, the other is told it is resolved already.
    const spare = await openSlot("Usme", "2026-12-11T14:00", 5);
    const [one, two] = await Promise.all([
      resolve(third, { outcome: "booked", slotId: spare }),
      resolve(third, { outcome: "closed", closeReason: "duplicate_request" }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    expect([one, two].find((r) => r.statusCode === 409)!.json().code).toBe("ILLEGAL_TRANSITION");
  });

  it("a role without the permission is refused (403) and another tenant's back office does not see it (404); nothing changes", async () => {
    now = at("2026-12-07T10:00");
    const id = await escalate("C-ev-07", "3002000007", "Engativá", "Falla física en la acometida");
    now = at("2026-12-08T09:00");
    const slot = await openSlot("Engativá", "2026-12-09T08:00", 2);
    for (const [session, request] of [
      [advisor, () => list("zone=Engativá", advisor)],
      [supervisor, () => slotsOf(id, supervisor)],
      [supervisor, () => resolve(id, { outcome: "booked", slotId: slot }, supervisor)],
    ] as const) {
      const response = await request();
      expect(response.statusCode, `${session === advisor ? "asesor" : "supervisor"}: ${response.body}`).toBe(403);
      expect(response.json().code).toBe("FORBIDDEN");
    }
    const foreign = await resolve(id, { outcome: "closed", closeReason: "not_attributable" }, otherBackOffice);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe("Visita escalada no encontrada");
    expect((await slotsOf(id, otherBackOffice)).statusCode).toBe(404);
    expect((await list("", otherBackOffice)).json()).toMatchObject({ total: 0, zones: [] });
    expect((await list("zone=Engativá")).json().items).toMatchObject([{ id, status: "escalated" }]);
    expect((await slotsOf(id)).json()).toMatchObject([{ id: slot, free: 2 }]);
  });
});
