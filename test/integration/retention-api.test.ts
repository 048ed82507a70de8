import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngDataUrl } from "../../src/seed/seed-retention.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, SIGNATURE_PNG } from "../support/retention.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let other: TestTenant;
const sessions: Record<string, Session> = {};
let otherAdvisor: Session;

const COUNTED = ["retention_cases", "retention_offers", "work_orders", "follow_ups", "outbound_messages", "events"] as const;

/** Rows of every table a retention step may write, to prove a refused step changed nothing. */
async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of COUNTED) {
    const { rows } = await testDb.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    result[table] = rows[0]!.n;
  }
  const { rows } = await testDb.db.pool.query<{ state: string }>(
    "SELECT string_agg(state || ':' || version, ',' ORDER BY id) AS state FROM retention_cases",
  );
  result.states = rows[0]!.state as unknown as number;
  return result;
}

/** Expects the request to be refused with `status`, `code` and a Spanish detail matching `detail`, and nothing to change. */
async function expectRefused(
  session: Session,
  request: Parameters<Session["request"]>[0],
  status: number,
  code: string,
  detail: RegExp,
) {
  const before = await counts();
  const response = await session.request(request);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json()).toMatchObject({ code });
  expect(response.json().detail).toMatch(detail);
  expect(await counts()).toEqual(before);
}

const post = (url: string, payload: Record<string, unknown> = {}) => ({ method: "POST" as const, url, payload });

async function openAndCheck(customerId: string, productId?: string): Promise<string> {
  const opened = await sessions.advisor!.request(post("/api/retention/cases", { customerId, productId }));
  expect(opened.statusCode, opened.body).toBe(201);
  const checked = await sessions.advisor!.request(post(`/api/retention/cases/${opened.json().id}/check`));
  expect(checked.statusCode, checked.body).toBe(200);
  return opened.json().id;
}

let fiberCustomer: { id: string; products: Record<string, string> };
let copperCustomer: { id: string; products: Record<string, string> };
let otherCustomer: { id: string; products: Record<string, string> };

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "retencion-api");
  other = await buildTenant(testDb.db, "retencion-otro");
  testApp = await buildTestApp(testDb);
  for (const role of [
    "advisor",
    "supervisor",
    "technician",
    "incident_followup",
    "quality_team",
    "commercial_management",
    "admin",
  ]) {
    sessions[role] = await login(testApp.app, tenant.users[role]!.email);
  }
  otherAdvisor = await login(testApp.app, other.users.advisor!.email);
  const now = new Date();
  fiberCustomer = await buildRetentionCustomer(
    testDb.db,
    tenant,
    {
      code: "API-1",
      fullName: "Ana Fibra",
      products: [{ serviceNumber: "IN-API1", kind: "internet", technology: "ftth" }],
      claims: [
        { code: "RC-API1", serviceNumber: "IN-API1", daysAgo: 2 },
        { code: "RC-API2", serviceNumber: "IN-API1", daysAgo: 10 },
      ],
    },
    now,
  );
  copperCustomer = await buildRetentionCustomer(
    testDb.db,
    tenant,
    {
      code: "API-2",
      fullName: "Bruno Cobre",
      products: [
        { serviceNumber: "IN-API2", kind: "internet", technology: "copper" },
        { serviceNumber: "TV-API2", kind: "tv", technology: "hfc" },
      ],
    },
    now,
  );
  otherCustomer = await buildRetentionCustomer(
    testDb.db,
    other,
    { code: "API-X", fullName: "Otro Operador", products: [{ serviceNumber: "IN-APIX", kind: "internet", technology: "ftth" }] },
    now,
  );
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("the customer 360 over the API", () => {
  it("answers in one request with the repeated damage, the explanation of every offer and the open case's next steps", async () => {
    const response = await sessions.advisor!.request({ url: `/api/retention/customers/${copperCustomer.id}/360` });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.customer.fullName).toBe("Bruno Cobre");
    expect(view.explanation.branch).toMatchObject({ hasRepeatedDamage: false, foreseen: "request_analysis" });
    const bandwidth = view.explanation.offers.find((o: { code: string }) => o.code === "bandwidth-increase");
    expect(bandwidth.checks).toEqual([
      expect.objectContaining({ serviceNumber: "IN-API2", eligible: false, reason: expect.stringContaining("es de cobre") }),
      expect.objectContaining({
        serviceNumber: "TV-API2",
        eligible: false,
        reason: expect.stringContaining("es para productos de Internet"),
      }),
    ]);
    expect(view.explanation.steps).toEqual([expect.objectContaining({ step: "open", allowed: true, seedStep: "1" })]);
    const forSupervisor = (
      await sessions.supervisor!.request({ url: `/api/retention/customers/${copperCustomer.id}/360` })
    ).json();
    expect(forSupervisor.explanation.steps[0]).toMatchObject({
      allowed: false,
      reason: "«Recibe al cliente y revisa los antecedentes» lo realiza Asesor",
    });
  });

  it("lists the customer's complaint cases of the campaigns (seed 003), linked to the same customer", async () => {
    const created = await sessions.supervisor!.request({
      method: "POST",
      url: "/api/complaint-cases",
      payload: {
        campaign: "internet-retention",
        complaintNumber: "Q-360-1",
        serviceNumber: "IN-API2",
        reason: "Solicita la baja del servicio",
        receivedAt: new Date().toISOString(),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = (await sessions.advisor!.request({ url: `/api/retention/customers/${copperCustomer.id}/360` })).json();
    expect(view.complaints).toEqual([
      expect.objectContaining({
        id: created.json().id,
        complaintNumber: "Q-360-1",
        campaign: "internet-retention",
        status: "open",
        stateCode: null,
      }),
    ]);
    const other = (await sessions.advisor!.request({ url: `/api/retention/customers/${fiberCustomer.id}/360` })).json();
    expect(other.complaints).toEqual([]);
  });

  it("a technician may not see it", async () => {
    expect((await sessions.technician!.request({ url: `/api/retention/customers/${copperCustomer.id}/360` })).statusCode).toBe(
      403,
    );
  });
});

describe("bad input is refused with a clear reason and changes nothing", () => {
  it("a step by the wrong role", async () => {
    await expectRefused(
      sessions.supervisor!,
      post("/api/retention/cases", { customerId: fiberCustomer.id }),
      403,
      "FORBIDDEN",
      /permiso/,
    );
    await expectRefused(sessions.technician!, post("/api/work-orders/print", {}), 403, "FORBIDDEN", /permiso/);
  });

  it("a step out of order: the billing claim before the negotiation, a close before the print", async () => {
    const caseId = await openAndCheck(fiberCustomer.id);
    await expectRefused(
      sessions.advisor!,
      post(`/api/retention/cases/${caseId}/xpress-order`),
      409,
      "ILLEGAL_TRANSITION",
      /^«Genera la orden de trabajo.*» no se puede realizar con el caso en estado «Daño reiterado: en negociación»$/,
    );
    expect(
      (await sessions.advisor!.request(post(`/api/retention/cases/${caseId}/offer`, { offerCode: "bill-waiver-month" })))
        .statusCode,
    ).toBe(200);
    expect((await sessions.advisor!.request(post(`/api/retention/cases/${caseId}/billing-claim`))).statusCode).toBe(200);
    const order = await sessions.advisor!.request(
      post(`/api/retention/cases/${caseId}/xpress-order`, { observation: "Visita en 24 h; coordinar al cel 3001234567" }),
    );
    expect(order.statusCode, order.body).toBe(201);
    expect(order.json()).toMatchObject({
      activityCode: "40530",
      observation: "Visita en 24 h; coordinar al cel 3001234567",
      value: 0,
    });
    const orderId = order.json().id;
    await expectRefused(
      sessions.technician!,
      post(`/api/work-orders/${orderId}/close`, {
        tasksDone: ["drop-cable"],
        result: "OK",
        signature: SIGNATURE_PNG,
        signedByName: "Ana",
      }),
      409,
      "ILLEGAL_TRANSITION",
      /no se puede realizar con el caso en estado «Abierta»/,
    );

    // An order closed without the customer's signature.
    const printed = await sessions.supervisor!.request(post("/api/work-orders/print", { ids: [orderId] }));
    expect(printed.statusCode).toBe(200);
    // The sheet carries the tasks to tick, from the activity's catalog version.
    const [sheet] = printed.json() as Array<{ id: string; checklist: Array<{ code: string; name: string }> }>;
    expect(sheet?.id).toBe(orderId);
    expect(sheet?.checklist.map((task) => task.code)).toContain("drop-cable");
    // A reprint (a lost sheet) is the same call on a printed order.
    expect((await sessions.supervisor!.request(post("/api/work-orders/print", { ids: [orderId] }))).statusCode).toBe(200);
    await expectRefused(
      sessions.technician!,
      post(`/api/work-orders/${orderId}/close`, {
        tasksDone: ["drop-cable"],
        result: "Servicios funcionando",
        signedByName: "Ana",
      }),
      422,
      "STEP_NOT_ALLOWED",
      /no se puede cerrar sin la firma del cliente/,
    );
    const closeSigned = (signature: string) =>
      post(`/api/work-orders/${orderId}/close`, { tasksDone: ["drop-cable"], result: "OK", signature, signedByName: "Ana" });
    await expectRefused(
      sessions.technician!,
      closeSigned("data:image/png;base64,AAAA"),
      400,
      "VALIDATION_FAILED",
      /firma debe ser una imagen PNG/,
    );
    // Enough base64 to pass for a drawing, but not a PNG; and a real PNG of an untouched canvas.
    await expectRefused(
      sessions.technician!,
      closeSigned(`data:image/png;base64,${"iVBORw0KGgo".repeat(40)}AA==`),
      400,
      "VALIDATION_FAILED",
      /firma debe ser una imagen PNG/,
    );
    await expectRefused(
      sessions.technician!,
      closeSigned(pngDataUrl(300, 150, Buffer.alloc((300 * 4 + 1) * 150))),
      422,
      "STEP_NOT_ALLOWED",
      /no se puede cerrar sin la firma del cliente/,
    );
    const closed = await sessions.technician!.request(
      post(`/api/work-orders/${orderId}/close`, {
        tasksDone: ["drop-cable"],
        result: "Servicios funcionando",
        signature: SIGNATURE_PNG,
        signedByName: "Ana",
      }),
    );
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", hasSignature: true });
    const detail = (await sessions.supervisor!.request({ url: `/api/work-orders/${orderId}` })).json();
    expect(detail.signature).toBe(SIGNATURE_PNG);
    expect(detail.checklist.map((t: { code: string }) => t.code)).toContain("wifi-access-point");

    // The quality-control follow-up is the incident team's: the quality team is refused it.
    const worklist = await sessions.incident_followup!.request({ url: "/api/follow-ups?scope=upcoming" });
    const quality = worklist
      .json()
      .find((f: { kind: string; subjectId: string }) => f.kind === "quality_control" && f.subjectId === orderId);
    expect(quality).toBeDefined();
    await expectRefused(
      sessions.quality_team!,
      post(`/api/follow-ups/${quality.id}/complete`, { serviceWorking: true, customerSatisfied: true }),
      403,
      "FORBIDDEN",
      /lo realiza Equipo de seguimiento de incidentes/,
    );
    await expectRefused(
      sessions.incident_followup!,
      post(`/api/follow-ups/${quality.id}/complete`, { serviceWorking: true, customerSatisfied: true }),
      422,
      "STEP_NOT_ALLOWED",
      /corresponde a partir del/,
    );
  });

  it("a fiber-only offer to a copper customer", async () => {
    const caseId = await openAndCheck(copperCustomer.id);
    await expectRefused(
      sessions.advisor!,
      post(`/api/retention/cases/${caseId}/promotion`, {
        offerCode: "bandwidth-increase",
        productId: copperCustomer.products["IN-API2"],
      }),
      422,
      "STEP_NOT_ALLOWED",
      /^«Incremento de Ancho de Banda» es solo para clientes de fibra óptica \(FTTH\) o fibra óptica \(GPON\); el producto IN-API2 es de cobre$/,
    );
    await expectRefused(
      sessions.advisor!,
      post(`/api/retention/cases/${caseId}/promotion`, { offerCode: "no-existe", productId: copperCustomer.products["TV-API2"] }),
      422,
      "STEP_NOT_ALLOWED",
      /No existe la promoción «no-existe»/,
    );
    await expectRefused(
      sessions.advisor!,
      post(`/api/retention/cases/${caseId}/cancel`, { reasonCode: "inventado" }),
      422,
      "STEP_NOT_ALLOWED",
      /motivo de baja vigente/,
    );
    const cancelled = await sessions.advisor!.request(
      post(`/api/retention/cases/${caseId}/cancel`, { reasonCode: "price", note: "Se muda" }),
    );
    expect(cancelled.json()).toMatchObject({ state: "cancelled", outcome: "cancelled", cancellationReason: "price" });
  });

  it("the same offer submitted twice: one offer, one billing claim — also when the two requests race", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      { code: "API-3", fullName: "Carla Doble", products: [{ serviceNumber: "IN-API3", kind: "internet", technology: "hfc" }] },
      new Date(),
    );
    const caseId = await openAndCheck(customer.id);
    const offer = post(`/api/retention/cases/${caseId}/offer`, {
      offerCode: "compensation-services",
      productId: customer.products["IN-API3"],
    });
    expect((await sessions.advisor!.request(offer)).statusCode).toBe(200);
    await expectRefused(sessions.advisor!, offer, 409, "ILLEGAL_TRANSITION", /«Compensación ofertada»/);

    const claim = post(`/api/retention/cases/${caseId}/billing-claim`);
    const [first, second] = await Promise.all([sessions.advisor!.request(claim), sessions.advisor!.request(claim)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const { rows } = await testDb.db.pool.query(
      "SELECT count(*)::int AS n FROM outbound_messages WHERE subject_id = $1 AND operation = 'billing_claim.file'",
      [caseId],
    );
    expect(rows[0].n).toBe(1);
    await expectRefused(sessions.advisor!, claim, 409, "ILLEGAL_TRANSITION", /«Reclamo por compensación digitado»/);
    // And the database itself refuses a second row of the same offer on the case.
    await expect(
      testDb.db.pool.query(
        "INSERT INTO retention_offers (tenant_id, case_id, offer_code, offer_type, status) VALUES ($1, $2, 'compensation-services', 'compensation', 'accepted')",
        [tenant.tenantId, caseId],
      ),
    ).rejects.toMatchObject({ code: "23505" });
  });

  it("a customer of another tenant", async () => {
    await expectRefused(
      otherAdvisor,
      { method: "GET", url: `/api/retention/customers/${fiberCustomer.id}/360` },
      404,
      "NOT_FOUND",
      /Cliente no encontrado/,
    );
    await expectRefused(
      otherAdvisor,
      post("/api/retention/cases", { customerId: fiberCustomer.id }),
      404,
      "NOT_FOUND",
      /Cliente no encontrado/,
    );
    await expectRefused(
      sessions.advisor!,
      post("/api/retention/cases", { customerId: otherCustomer.id }),
      404,
      "NOT_FOUND",
      /Cliente no encontrado/,
    );
    const { rows } = await testDb.db.pool.query("SELECT id FROM retention_cases WHERE tenant_id = $1 LIMIT 1", [tenant.tenantId]);
    await expectRefused(
      otherAdvisor,
      post(`/api/retention/cases/${rows[0].id}/check`),
      404,
      "NOT_FOUND",
      /Caso de retención no encontrado/,
    );
  });
});

describe("the product of a case", () => {
  it("the case keeps the product the customer wants to cancel when the offer is on another one", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "API-5",
        fullName: "Elsa Producto",
        products: [
          { serviceNumber: "IN-API5", kind: "internet", technology: "hfc" },
          { serviceNumber: "TV-API5", kind: "tv", technology: "hfc" },
        ],
      },
      new Date(),
    );
    const internet = customer.products["IN-API5"];
    const tv = customer.products["TV-API5"];
    const promotionCase = await openAndCheck(customer.id, internet);
    const granted = await sessions.advisor!.request(
      post(`/api/retention/cases/${promotionCase}/promotion`, { offerCode: "premium-channels", productId: tv }),
    );
    expect(granted.json()).toMatchObject({ state: "promotion_granted", productId: internet });
    const { rows } = await testDb.db.pool.query("SELECT product_id FROM retention_offers WHERE case_id = $1", [promotionCase]);
    expect(rows).toEqual([{ product_id: tv }]);
    expect((await sessions.advisor!.request(post(`/api/retention/cases/${promotionCase}/retain`))).statusCode).toBe(200);

    const compensationCase = await openAndCheck(customer.id, tv);
    const offered = await sessions.advisor!.request(
      post(`/api/retention/cases/${compensationCase}/offer`, { offerCode: "compensation-services", productId: internet }),
    );
    expect(offered.json()).toMatchObject({ state: "compensation_offered", productId: tv });
  });
});

describe("catalogs are data an admin edits, with versions", () => {
  it("refuses removing an offer cases use, and an unknown placeholder; publishes a retired offer as a new version", async () => {
    const current = (await sessions.admin!.request({ url: "/api/catalogs/retention_offers/default" })).json();
    const without = current.content.offers.filter((o: { code: string }) => o.code !== "bill-waiver-month");
    const removed = await sessions.admin!.request({
      method: "PUT",
      url: "/api/catalogs/retention_offers/default",
      payload: { content: { offers: without }, basedOnVersion: current.version },
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().detail).toContain("«bill-waiver-month» ya se usa");
    const retired = current.content.offers.map((o: { code: string }) =>
      o.code === "bill-waiver-month" ? { ...o, retired: true } : o,
    );
    const published = await sessions.admin!.request({
      method: "PUT",
      url: "/api/catalogs/retention_offers/default",
      payload: { content: { offers: retired }, basedOnVersion: current.version, note: "Retiro de factura suspendido" },
    });
    expect(published.json()).toEqual({ version: current.version + 1 });

    const templates = (await sessions.admin!.request({ url: "/api/catalogs/retention_note_templates/default" })).json();
    const bad = await sessions.admin!.request({
      method: "PUT",
      url: "/api/catalogs/retention_note_templates/default",
      payload: {
        content: { templates: [{ ...templates.content.templates[0], text: "MES {mez}" }] },
        basedOnVersion: templates.version,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain("Marcador desconocido {mez}");
  });

  it("refuses retention settings whose 360 history is shorter than the repeated-damage window, or that name a missing template or activity", async () => {
    const current = (await sessions.admin!.request({ url: "/api/catalogs/retention_settings/default" })).json();
    const publish = (change: Record<string, unknown>) =>
      sessions.admin!.request({
        method: "PUT",
        url: "/api/catalogs/retention_settings/default",
        payload: { content: { ...current.content, ...change }, basedOnVersion: current.version },
      });
    const short = await publish({ claimHistoryDays: 20 });
    expect(short.statusCode).toBe(400);
    expect(short.json().detail).toContain(
      "El historial de reclamos del 360 (20 días) no puede ser menor que la ventana del daño reiterado (30 días)",
    );
    const template = await publish({ xpressObservationTemplate: "no-existe" });
    expect(template.statusCode).toBe(400);
    expect(template.json().detail).toContain("No existe la plantilla «no-existe»");
    const activity = await publish({ xpressActivityCode: "99999" });
    expect(activity.statusCode).toBe(400);
    expect(activity.json().detail).toContain("La actividad 99999 no existe o está retirada");
    expect((await publish({ xpressActivityCode: " " })).statusCode).toBe(400);
    expect((await publish({ claimHistoryDays: 30 })).statusCode).toBe(200);
  });

  it("the 360 loads at least the repeated-damage window of claims, even with an older settings version that asks for fewer", async () => {
    const isolated = await buildTenant(testDb.db, "retencion-historial");
    // Written before the rule above existed: 10 days of history for a 30-day window.
    await testDb.db.tenant(isolated.tenantId, (tx) =>
      tx.query(
        `INSERT INTO catalog_versions (tenant_id, kind, scope, version, content)
         SELECT tenant_id, kind, scope, version + 1, jsonb_set(content, '{claimHistoryDays}', '10')
           FROM catalog_versions WHERE kind = 'retention_settings' AND scope = 'default' ORDER BY version DESC LIMIT 1`,
      ),
    );
    const customer = await buildRetentionCustomer(
      testDb.db,
      isolated,
      {
        code: "API-6",
        fullName: "Fabio Ventana",
        products: [{ serviceNumber: "IN-API6", kind: "internet", technology: "hfc" }],
        claims: [
          { code: "RC-API6-1", serviceNumber: "IN-API6", daysAgo: 20 },
          { code: "RC-API6-2", serviceNumber: "IN-API6", daysAgo: 3 },
        ],
      },
      new Date(),
    );
    const advisor = await login(testApp.app, isolated.users.advisor!.email);
    const view = (await advisor.request({ url: `/api/retention/customers/${customer.id}/360` })).json();
    expect(view.claimHistoryDays).toBe(30);
    expect(view.claims.map((c: { code: string }) => c.code)).toEqual(["RC-API6-2", "RC-API6-1"]);
    expect(view.repeatedDamage).toEqual([expect.objectContaining({ productId: customer.products["IN-API6"] })]);
    expect(view.explanation.branch.hasRepeatedDamage).toBe(true);
  });

  it("the 360 explains an open case with the catalog versions its steps decide with; without an open case, the latest", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "API-4",
        fullName: "Diana Versión",
        products: [{ serviceNumber: "TV-API4", kind: "tv", technology: "hfc" }],
      },
      new Date(),
    );
    const caseId = await openAndCheck(customer.id);
    const current = (await sessions.admin!.request({ url: "/api/catalogs/retention_offers/default" })).json();
    const retired = current.content.offers.map((o: { code: string }) =>
      o.code === "premium-channels" ? { ...o, retired: true } : o,
    );
    const published = await sessions.admin!.request({
      method: "PUT",
      url: "/api/catalogs/retention_offers/default",
      payload: { content: { offers: retired }, basedOnVersion: current.version, note: "Canales Premium suspendidos" },
    });
    expect(published.statusCode, published.body).toBe(200);

    const offered = async () =>
      (await sessions.advisor!.request({ url: `/api/retention/customers/${customer.id}/360` }))
        .json()
        .explanation.offers.map((o: { code: string }) => o.code);
    // The case was opened with the version that still has the premium channels: the screen and the step agree.
    expect(await offered()).toContain("premium-channels");
    const granted = await sessions.advisor!.request(
      post(`/api/retention/cases/${caseId}/promotion`, {
        offerCode: "premium-channels",
        productId: customer.products["TV-API4"],
      }),
    );
    expect(granted.statusCode, granted.body).toBe(200);
    expect((await sessions.advisor!.request(post(`/api/retention/cases/${caseId}/retain`))).statusCode).toBe(200);
    // With the case closed, a new call is explained with the latest version, where the offer is retired.
    expect(await offered()).not.toContain("premium-channels");
  });
});
