import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndicator } from "../../src/modules/indicators/read-indicator.js";
import { attendTicket } from "../../src/modules/servicerequests/commands/attend-ticket.js";
import { keyServiceRequest } from "../../src/modules/servicerequests/commands/key-service-request.js";
import { keyZoningCorrection } from "../../src/modules/servicerequests/commands/key-zoning-correction.js";
import { receiveZoningForm } from "../../src/modules/servicerequests/commands/receive-zoning-form.js";
import { recordFormChange } from "../../src/modules/servicerequests/commands/record-form-change.js";
import { sendZoningReport } from "../../src/modules/servicerequests/commands/send-zoning-report.js";
import type { TakeRequestStepInput } from "../../src/modules/servicerequests/commands/take-request-step.js";
import { takeRequestStep } from "../../src/modules/servicerequests/commands/take-request-step.js";
import type { RequestStep } from "../../src/modules/servicerequests/procedure.js";
import {
  findServiceRequest,
  listBoardTickets,
  listTicketsWithDeadline,
  listZoneReferences,
  readRequestFacts,
  summarizeBoard,
} from "../../src/modules/servicerequests/queries.js";
import { zoneReferencesGeoJson } from "../../src/modules/servicerequests/rules.js";
import { closeWorkOrder } from "../../src/modules/workorders/commands/close-work-order.js";
import { printWorkOrders } from "../../src/modules/workorders/commands/print-work-orders.js";
import { findWorkOrder } from "../../src/modules/workorders/repo.js";
import { STREAM_CHANNEL } from "../../src/platform/realtime.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, runAs, SIGNATURE_PNG } from "../support/retention.js";

let testDb: TestDatabase;
let tenant: TestTenant;
const bogota = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();
// Tuesday 10 March 2026, 09:00 in Bogotá.
const MORNING = bogota("2026-03-10T09:00");
const at = (local: string) => bogota(`2026-03-${local}`);
let customerCount = 0;

const as = <T>(role: string, now: Date, work: Parameters<typeof runAs<T>>[4]) => runAs(testDb.db, tenant, role, now, work);

/** Step 1: the advisor keys an installation request for a new customer; returns it with its work order. */
async function keyRequest(now = MORNING, zone = "Chapinero") {
  customerCount++;
  const code = `SR-${customerCount}`;
  const customer = await buildRetentionCustomer(
    testDb.db,
    tenant,
    { code, fullName: `Cliente ${code}`, products: [{ serviceNumber: `IN-${code}`, kind: "internet", technology: "ftth" }] },
    now,
  );
  const { request } = await as("advisor", now, (ctx) =>
    keyServiceRequest(
      {
        requestType: "installation",
        customerId: customer.id,
        productId: customer.products[`IN-${code}`]!,
        address: "Cl 45 # 13-20",
        zone,
        sellerName: "Vendedor Uno",
        observation: "Instalación de fibra",
      },
      ctx,
    ),
  );
  return request;
}

const step = (role: string, now: Date, id: string, name: RequestStep, input: Partial<TakeRequestStepInput> = {}) =>
  as(role, now, (ctx) => takeRequestStep(id, name, { observation: `Paso ${name}`, ...input }, ctx));

const tickets = (requestId: string, now = MORNING) => as("supervisor", now, ({ tx }) => listTicketsWithDeadline(tx, requestId));
const request = (id: string) => as("supervisor", MORNING, ({ tx }) => findServiceRequest(tx, id));
const order = (id: string) => as("supervisor", MORNING, ({ tx }) => findWorkOrder(tx, id));

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("se esperaba un rechazo");
}

async function events(subjectId: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ action: string; actor_role: string }>("SELECT action, actor_role FROM events WHERE subject_id = $1 ORDER BY id", [
      subjectId,
    ]),
  );
  return rows.map((r) => `${r.actor_role}:${r.action}`);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "anulaciones");
});
afterAll(async () => {
  await testDb?.drop();
});

describe("step 1: the advisor keys the request with its work order", () => {
  it("keys an installation with the seller and the advisor, and its order of the installation activity", async () => {
    const keyed = await keyRequest();
    expect(keyed).toMatchObject({ status: "keyed", request_type: "installation", seller_name: "Vendedor Uno", source: "keyed" });
    expect(keyed.advisor_name).toBe("advisor");
    const wo = await order(keyed.work_order_id!);
    expect(wo).toMatchObject({
      activity_code: "30100",
      order_type: "installation",
      status: "open",
      origin_type: "service_request",
    });
  });
});

describe("network department path (steps 2–5)", () => {
  it("2–4, 5.2: observes, opens the ticket with the data asked for, learns the streets; the monitor fixes it the same day; assigned", async () => {
    const r = await keyRequest();
    // 2–3: the ticket carries the request number, observation, seller and advisor, routed to the platform monitors.
    const { ticket } = await step("network_dept", at("10T09:30"), r.id, "network_observe", {
      observation: "Calle mal digitada: no existe la Cl 45 en el sector; falta la caja más cercana",
      team: "platform_monitors",
      dataRequested: ["address_reference", "nearest_box"],
      references: [
        { kind: "landmark", name: "Parque de los Hippies", latitude: 4.6486, longitude: -74.0628 },
        { kind: "street", name: "Calle 60" },
      ],
    });
    expect(ticket).toMatchObject({
      team: "platform_monitors",
      seed_step: "3",
      request_number: r.number,
      seller_name: "Vendedor Uno",
      data_requested: ["address_reference", "nearest_box"],
    });
    const [open] = await tickets(r.id, at("10T09:30"));
    expect(DateTime.fromJSDate(open!.due_at, { zone: "America/Bogota" }).toFormat("yyyy-MM-dd HH:mm")).toBe("2026-03-10 18:00");
    expect(await request(r.id)).toMatchObject({ status: "observed", detected_by: "network" });

    // 3.3: what it learned is reference data for the map layer, exportable as GeoJSON.
    const geo = zoneReferencesGeoJson(await as("network_dept", MORNING, ({ tx }) => listZoneReferences(tx, "Chapinero")));
    expect(geo.features.map((f) => f.properties.nombre)).toEqual(expect.arrayContaining(["Parque de los Hippies", "Calle 60"]));

    // 4: the platform monitor keys the modification in the observation field and closes it as attended, the same day.
    const attended = await as("supervisor", at("10T11:00"), (ctx) =>
      attendTicket(
        ticket!.id,
        {
          resolution: "Dirección corregida con el cliente",
          correction: { observation: "Ref: frente al parque; caja NAP-12", nearestBox: "NAP-12" },
        },
        ctx,
      ),
    );
    expect(attended).toMatchObject({ status: "attended", attended_role: "supervisor" });
    const [met] = await tickets(r.id, at("10T11:00"));
    expect(met!.deadline_status).toBe("met");
    expect(await request(r.id)).toMatchObject({ nearest_box: "NAP-12" });

    // 5.2: verified on the board → assigned for installation.
    const { request: assigned } = await step("network_dept", at("10T12:00"), r.id, "network_assign", {
      observation: "Corrección verificada",
    });
    expect(assigned.status).toBe("assigned");
    expect(await events(r.id)).toEqual([
      "advisor:service_request_keyed",
      "network_dept:service_request_step",
      "network_dept:service_request_step",
    ]);
  });

  it("5.2: annuls only once the ticket went unattended the whole day; the order is annulled too", async () => {
    const r = await keyRequest();
    await step("network_dept", at("10T09:30"), r.id, "network_observe", { observation: "Sin caja NAP en la dirección" });
    const early = await refusal(step("network_dept", at("10T17:00"), r.id, "network_annul", { observation: "No atendido" }));
    expect(early).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    expect(early.message).toContain("paso 5.2");
    expect((await request(r.id))!.status).toBe("observed");

    const facts = await as("network_dept", at("11T08:30"), ({ tx, now }) => readRequestFacts(tx, r.id, now));
    expect(facts.sameDayLapsed).toBe(true);
    const { request: annulled } = await step("network_dept", at("11T08:30"), r.id, "network_annul", {
      observation: "Servicio de ingeniería no atendido en el día",
    });
    expect(annulled).toMatchObject({ status: "annulled", annulment_step: "5.2" });
    expect((await order(r.work_order_id!))!.status).toBe("cancelled");
    const [closed] = await tickets(r.id, at("11T08:30"));
    expect(closed).toMatchObject({ status: "closed", deadline_status: "breached" });
  });

  it("bad input: a ticket routed to a team that does not take the step is refused and nothing is written", async () => {
    const r = await keyRequest();
    const refused = await refusal(step("network_dept", MORNING, r.id, "network_observe", { team: "zonal" }));
    expect(refused.code).toBe("STEP_NOT_ALLOWED");
    expect(refused.message).toContain("Centro de Operaciones Zonal no atiende");
    expect(await tickets(r.id)).toHaveLength(0);
    expect((await request(r.id))!.status).toBe("keyed");
    const wrongRole = await refusal(step("technician", MORNING, r.id, "network_observe"));
    expect(wrongRole.code).toBe("FORBIDDEN");
  });
});

describe("commercial operations center path (steps 6–13)", () => {
  it("6–7 → 4: a fixable observation goes to the network department (automatic assignment), which attends it; others may not", async () => {
    const r = await keyRequest();
    const { ticket } = await step("commercial_ops_center", MORNING, r.id, "coc_route_fix", {
      observation: "Asignación automática sin caja",
      team: "network_dept",
    });
    expect(ticket).toMatchObject({ area: "coc", seed_step: "7", team: "network_dept" });
    const forbidden = await refusal(as("technician", MORNING, (ctx) => attendTicket(ticket!.id, { resolution: "x" }, ctx)));
    expect(forbidden.code).toBe("FORBIDDEN");
    await as("network_dept", at("10T10:00"), (ctx) => attendTicket(ticket!.id, { resolution: "Caja NAP-3 asignada" }, ctx));
    const { request: assigned } = await step("network_dept", at("10T10:30"), r.id, "network_assign");
    expect(assigned.status).toBe("assigned");
  });

  it("8–9 → 19.2: annuls with a re-entry ticket carrying the precise data; the advisor re-enters within 2 hours, linked", async () => {
    const r = await keyRequest();
    const { request: annulled, ticket } = await step("commercial_ops_center", at("10T10:00"), r.id, "coc_annul_for_reentry", {
      observation: "Tipo de solicitud equivocado: es traslado; dirección real Cr 7 # 60-10, caja NAP-9",
      team: "advisor",
    });
    expect(annulled).toMatchObject({ status: "annulled", annulment_step: "8–9" });
    expect(ticket).toMatchObject({ kind: "reentry", team: "advisor", seed_step: "9.1", status: "open" });
    expect((await order(r.work_order_id!))!.status).toBe("cancelled");

    const { request: reentry, reentryLate } = await as("advisor", at("10T11:30"), (ctx) =>
      keyServiceRequest(
        {
          requestType: "transfer",
          customerId: r.customer_id,
          productId: r.product_id,
          address: "Cr 7 # 60-10",
          nearestBox: "NAP-9",
          sellerName: r.seller_name,
          reentryOf: r.id,
        },
        ctx,
      ),
    );
    expect(reentryLate).toBe(false);
    expect(reentry).toMatchObject({ reentry_of: r.id, reentry_late: false, zone: "Chapinero" });
    expect(reentry.observation).toContain(`Re-digitación de la solicitud N° ${r.number}`);
    expect(reentry.observation).toContain("caja NAP-9");
    const [reentryTicket] = await tickets(r.id, at("10T11:30"));
    expect(reentryTicket).toMatchObject({ status: "attended", attended_role: "advisor" });
    const { rows } = await testDb.db.pool.query("SELECT status, measure FROM deadlines WHERE id = $1", [
      (await request(r.id))!.reentry_deadline_id,
    ]);
    expect(rows[0]).toEqual({ status: "met", measure: "clock" });
  });

  it("19.2, late: a re-entry after its 2 hours is kept and flagged late", async () => {
    const r = await keyRequest();
    await step("commercial_ops_center", at("10T16:30"), r.id, "coc_annul_for_reentry", { observation: "Equipo incorrecto" });
    // 16:30 + 2 clock hours = 18:30; keyed the next morning.
    const { request: reentry, reentryLate } = await as("advisor", at("11T08:15"), (ctx) =>
      keyServiceRequest(
        {
          requestType: "installation",
          customerId: r.customer_id,
          productId: r.product_id,
          address: r.address,
          sellerName: "V",
          reentryOf: r.id,
        },
        ctx,
      ),
    );
    expect(reentryLate).toBe(true);
    expect(reentry.reentry_late).toBe(true);
    const { rows } = await testDb.db.pool.query("SELECT status FROM deadlines WHERE id = $1", [
      (await request(r.id))!.reentry_deadline_id,
    ]);
    expect(rows[0]!.status).toBe("breached");
    expect(await events(r.id)).toContain("advisor:service_request_reentered");
  });

  it("10: an annulment without the zonal center's coordination is refused; coordinated and agreed, it goes through", async () => {
    const r = await keyRequest();
    await step("commercial_ops_center", MORNING, r.id, "coc_route_fix", {
      observation: "Cobertura inexistente",
      team: "platform_monitors",
    });
    const refused = await refusal(step("commercial_ops_center", MORNING, r.id, "coc_annul", { observation: "Sin cobertura" }));
    expect(refused).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    expect(refused.message).toContain("Centro de Operaciones Zonal (paso 10)");
    expect((await request(r.id))!.status).toBe("observed");
    expect((await order(r.work_order_id!))!.status).toBe("open");

    const { ticket } = await step("commercial_ops_center", MORNING, r.id, "coc_coordinate_annulment", {
      observation: "Zona sin red: coordinar anulación",
    });
    expect(ticket).toMatchObject({ kind: "coordination", team: "zonal" });
    await as("zonal_ops_center", at("10T10:00"), (ctx) =>
      attendTicket(ticket!.id, { resolution: "Conforme con la anulación" }, ctx),
    );
    const { request: annulled } = await step("commercial_ops_center", at("10T10:30"), r.id, "coc_annul", {
      observation: "Sin cobertura",
    });
    expect(annulled).toMatchObject({ status: "annulled", annulment_step: "10" });
    // The platform monitors' ticket, left open, closes with the decision.
    expect((await tickets(r.id)).map((t) => [t.kind, t.status])).toEqual([
      ["correction", "closed"],
      ["coordination", "attended"],
    ]);
  });
});

describe("field technician path (steps 14–18)", () => {
  it("14–15: reports to the COC with commercial and technical data, equipment and the customer's requests; fixed → installed (12)", async () => {
    const r = await keyRequest();
    const { ticket } = await step("technician", MORNING, r.id, "technician_report", {
      observation: "El equipo de la orden no corresponde a la tecnología",
      details: {
        commercial: "Plan 300 Mbps",
        technical: "FTTH, NAP-4 puerto 6",
        equipment: "ONT requerida",
        customerRequests: "Punto adicional de TV",
      },
    });
    expect(ticket).toMatchObject({ area: "technician", team: "coc", seed_step: "15" });
    expect(ticket!.details).toMatchObject({ equipment: "ONT requerida" });
    const { request: redirected } = await step("commercial_ops_center", at("10T10:00"), r.id, "coc_redirect_install", {
      observation: "Equipo corregido a ONT",
    });
    expect(redirected.status).toBe("assigned");
    expect((await tickets(r.id))[0]).toMatchObject({ status: "attended", attended_role: "commercial_ops_center" });
  });

  it("16 → 18 → 11–12: another sector must act; the zonal center verifies and redirects to the COC, which redirects for installation", async () => {
    const r = await keyRequest();
    const { request: withZonal } = await step("technician", MORNING, r.id, "technician_to_zonal", {
      observation: "Requiere gestión comercial",
    });
    expect(withZonal.status).toBe("with_zonal");
    const early = await refusal(step("commercial_ops_center", MORNING, r.id, "coc_redirect_annul"));
    expect(early.code).toBe("ILLEGAL_TRANSITION");
    const { request: withCoc } = await step("zonal_ops_center", at("10T10:00"), r.id, "zonal_redirect", {
      observation: "Verificado",
    });
    expect(withCoc.status).toBe("with_coc");
    const { request: assigned } = await step("commercial_ops_center", at("10T11:00"), r.id, "coc_redirect_install", {
      observation: "Subsanado",
    });
    expect(assigned.status).toBe("assigned");
    expect((await tickets(r.id)).map((t) => [t.team, t.status])).toEqual([
      ["zonal", "attended"],
      ["coc", "attended"],
    ]);
  });

  it("17 → 18 → 13: not fixable; the zonal center redirects it and the COC confirms the annulment", async () => {
    const r = await keyRequest();
    await step("technician", MORNING, r.id, "technician_to_zonal", { observation: "Predio sin acceso a la red" });
    await step("zonal_ops_center", at("10T10:00"), r.id, "zonal_redirect", { observation: "Verificado para anular" });
    const { request: annulled } = await step("commercial_ops_center", at("10T11:00"), r.id, "coc_redirect_annul", {
      observation: "Se ratifica la anulación",
    });
    expect(annulled).toMatchObject({ status: "annulled", annulment_step: "11, 13", detected_by: "technician" });
    expect((await order(r.work_order_id!))!.status).toBe("cancelled");
  });
});

describe("zoning form (20) and the monthly spreadsheet to billing (21)", () => {
  it("refuses the form for an order not yet executed; receives it once executed, impediments as tickets, keys the correction, sends versions", async () => {
    const r = await keyRequest(MORNING, "Usaquén");
    const refused = await refusal(
      as("network_dept", MORNING, (ctx) => receiveZoningForm(r.id, { zone: "Usaquén Norte", address: "Cl 140 # 12-05" }, ctx)),
    );
    expect(refused.code).toBe("STEP_NOT_ALLOWED");
    expect(refused.message).toContain("paso 20.1");
    const early = await refusal(as("supervisor", MORNING, (ctx) => recordFormChange(r.id, { equipment: "ONT" }, ctx)));
    expect(early).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    expect(early.message).toContain("paso 19.1");

    await as("supervisor", at("10T10:00"), (ctx) => printWorkOrders({ ids: [r.work_order_id!] }, ctx));
    await as("technician", at("10T15:00"), (ctx) =>
      closeWorkOrder(
        r.work_order_id!,
        { tasksDone: ["nap-connection"], result: "Servicio instalado", signature: SIGNATURE_PNG, signedByName: "Cliente" },
        ctx,
      ),
    );
    // 19.1: the equipment change waited for the execution; now it is keyed instead of annulling.
    const changed = await as("supervisor", at("10T15:30"), (ctx) =>
      recordFormChange(r.id, { equipment: "ONT Huawei HG8245" }, ctx),
    );
    expect(changed.equipment).toBe("ONT Huawei HG8245");
    const { form, tickets: impediments } = await as("network_dept", at("10T16:00"), (ctx) =>
      receiveZoningForm(
        r.id,
        {
          zone: "Usaquén Norte",
          address: "Cl 140 # 12-05",
          nearestBox: "NAP-40",
          impediments: [{ cause: "order_not_closed", team: "coc", observation: "OT sin cierre en el sistema" }],
        },
        ctx,
      ),
    );
    expect(form).toMatchObject({ status: "received", month: "2026-03" });
    expect(impediments[0]).toMatchObject({ kind: "impediment", seed_step: "20.2", team: "coc" });
    const blocked = await refusal(as("network_dept", at("10T16:10"), (ctx) => keyZoningCorrection(form.id, ctx)));
    expect(blocked.message).toContain("impedimentos sin atender");
    await as("commercial_ops_center", at("10T16:30"), (ctx) =>
      attendTicket(impediments[0]!.id, { resolution: "OT cerrada" }, ctx),
    );
    await as("network_dept", at("10T17:00"), (ctx) => keyZoningCorrection(form.id, ctx));
    expect(await request(r.id)).toMatchObject({ zone: "Usaquén Norte", nearest_box: "NAP-40" });

    const first = await as("network_dept", at("20T10:00"), (ctx) => sendZoningReport("2026-03", ctx));
    expect(first.report).toMatchObject({ month: "2026-03", version: 1, row_count: 1 });
    const second = await as("network_dept", at("25T10:00"), (ctx) => sendZoningReport("2026-03", ctx));
    expect(second.report.version).toBe(2);
    const { rows: outbound } = await testDb.db.pool.query(
      "SELECT adapter, operation, payload FROM outbound_messages WHERE operation = 'zoning.monthly_report' ORDER BY created_at",
    );
    expect(outbound.map((m) => [m.adapter, m.payload.version])).toEqual([
      ["billing", 1],
      ["billing", 2],
    ]);
    expect(outbound[0].payload.rows[0]).toMatchObject({ request: r.number, zone: "Usaquén Norte", status: "digitada" });
    const { rows: month } = await testDb.db.pool.query(
      "SELECT d.status, d.due_at FROM zoning_billing_months m JOIN deadlines d ON d.id = m.deadline_id WHERE m.month = '2026-03'",
    );
    expect(month[0].status).toBe("met");
    expect(DateTime.fromJSDate(month[0].due_at, { zone: "America/Bogota" }).toFormat("yyyy-MM-dd HH:mm")).toBe(
      "2026-03-31 18:00",
    );
  });
});

describe("control board (5) and the indicator", () => {
  it("a step reaches every open board through the realtime channel, only once it commits", async () => {
    const listener = new pg.Client({ connectionString: testDb.url });
    await listener.connect();
    try {
      const messages: Array<{ tenantId: string; type: string; data: { requestId: string; change: string } }> = [];
      listener.on("notification", (n) => messages.push(JSON.parse(n.payload!)));
      await listener.query(`LISTEN ${STREAM_CHANNEL}`);
      const r = await keyRequest(MORNING, "Zona Vivo");
      await refusal(step("network_dept", MORNING, r.id, "network_observe", { team: "zonal" }));
      await step("network_dept", MORNING, r.id, "network_observe");
      await listener.query("SELECT 1");
      const mine = messages
        .filter((m) => m.type === "servicerequests.board" && m.data.requestId === r.id)
        .map((m) => m.data.change);
      expect(mine).toEqual(["keyed", "ticket_opened", "network_observe"]);
      expect(messages.every((m) => m.tenantId === tenant.tenantId)).toBe(true);
    } finally {
      await listener.end();
    }
  });

  it("the board shows open tickets by area, team and zone, with their phase against the same-day deadline", async () => {
    const r = await keyRequest(MORNING, "Zona Tablero");
    await step("network_dept", MORNING, r.id, "network_observe", { team: "sales_team_leader" });
    const board = await as("network_dept", at("10T17:00"), ({ tx, now }) =>
      listBoardTickets(tx, { zone: "Zona Tablero", limit: 10, offset: 0 }, now),
    );
    expect(board).toHaveLength(1);
    expect(board[0]).toMatchObject({ team: "sales_team_leader", area: "network", request_status: "observed" });
    const groups = await as("network_dept", at("10T17:00"), ({ tx, now }) => summarizeBoard(tx, { zone: "Zona Tablero" }, now));
    expect(groups.find((g) => g.dimension === "team")).toMatchObject({
      value: "sales_team_leader",
      open: 1,
      at_risk: 1,
      breached: 0,
    });
    const breached = await as("network_dept", at("11T09:00"), ({ tx, now }) =>
      listBoardTickets(tx, { zone: "Zona Tablero", phase: "breached", limit: 10, offset: 0 }, now),
    );
    expect(breached).toHaveLength(1);
  });

  it("the board's maintained counts agree with a recount of its open tickets at every edge of their deadlines", async () => {
    const zone = "Zona Conteo";
    const first = await keyRequest(MORNING, zone);
    const second = await keyRequest(at("10T11:07"), zone);
    await step("network_dept", MORNING, first.id, "network_observe", { team: "sales_team_leader" });
    await step("network_dept", at("10T11:07"), second.id, "network_observe", { team: "advisor" });
    const recount = (now: Date) =>
      as("network_dept", now, async ({ tx }) => {
        const { rows } = await tx.query(
          `SELECT CASE WHEN GROUPING(t.area) = 0 THEN 'area' WHEN GROUPING(t.team) = 0 THEN 'team'
                       WHEN GROUPING(t.zone) = 0 THEN 'zone' ELSE 'total' END AS dimension,
                  coalesce(t.area, t.team, t.zone) AS value, count(*)::int AS open,
                  count(*) FILTER (WHERE d.at_risk_at <= $2 AND d.due_at >= $2)::int AS at_risk,
                  count(*) FILTER (WHERE d.due_at < $2)::int AS breached
             FROM engineering_tickets t JOIN deadlines d ON d.id = t.deadline_id
            WHERE t.status = 'open' AND t.zone = $1
            GROUP BY GROUPING SETS ((t.area), (t.team), (t.zone), ()) ORDER BY 1, 2`,
          [zone, now],
        );
        return rows;
      });
    const open = [...(await tickets(first.id)), ...(await tickets(second.id))].filter((t) => t.status === "open");
    expect(open).toHaveLength(2);
    const edges = open
      .flatMap((t) => [t.at_risk_at, t.due_at])
      .flatMap((d) => [-1, 0, 1].map((ms) => new Date(d.getTime() + ms)));
    for (const now of [MORNING, at("10T11:07"), ...edges, at("11T09:00")]) {
      const board = await as("network_dept", now, ({ tx }) => summarizeBoard(tx, { zone }, now));
      expect(board, now.toISOString()).toEqual(await recount(now));
    }
    // Attended, a ticket leaves the counts in the same transaction.
    await as("supervisor", at("10T12:00"), (ctx) => attendTicket(open[0]!.id, { resolution: "Atendido" }, ctx));
    const after = await as("network_dept", at("10T12:00"), ({ tx, now }) => summarizeBoard(tx, { zone }, now));
    expect(after.find((g) => g.dimension === "total")).toMatchObject({ open: 1 });
    expect(after).toEqual(await recount(at("10T12:00")));
  });

  it("the indicator counts non-annulled over probable annulments per zone, with its verdict", async () => {
    const kept = await keyRequest(MORNING, "Zona Indicador");
    const lost = await keyRequest(MORNING, "Zona Indicador");
    await keyRequest(MORNING, "Zona Indicador"); // never observed: not probable of annulment
    for (const r of [kept, lost]) await step("network_dept", MORNING, r.id, "network_observe");
    await step("network_dept", at("11T09:00"), lost.id, "network_annul", { observation: "No atendido en el día" });
    // The one indicator engine runs seed 001's definition: > 95 % accepted, so 50 % misses.
    const month = { code: "servicerequests.annulment_avoidance", last: "2026-03-31", grain: "month", periods: 1 } as const;
    const report = await as("supervisor", at("31T12:00"), ({ tx }) => readIndicator(tx, { ...month, dimension: "zone" }));
    expect(report.target).toEqual({ kind: "above", value: 95, catalogKey: "annulment_avoidance" });
    expect(report.series.find((s) => s.key === "Zona Indicador")?.cells).toEqual([
      { period: "2026-03-01", numerator: 1, denominator: 2, value: 50, verdict: "missed", trend: null },
    ]);
    const total = await as("supervisor", at("31T12:00"), ({ tx }) => readIndicator(tx, { ...month, dimension: "total" }));
    expect(total.series.map((s) => [s.key, s.cells.map((c) => c.period)])).toEqual([["total", ["2026-03-01"]]]);
  });
});
