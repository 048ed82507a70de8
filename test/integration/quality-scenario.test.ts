import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUALITY_INDICATORS } from "../../src/modules/quality/index.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorValues } from "../support/indicators.js";

// Seed 002 §6: the quality team scores a recorded call with a scorecard of the catalog; the advisor sees
// and acknowledges it; emitted quality is the mean monitoring score.

const EMITTED = definitionOf(QUALITY_INDICATORS, "quality.emitted");
const ALL_MET = {
  greeting: true,
  identity_check: true,
  needs: true,
  solution: true,
  disposition: true,
  summary: true,
  farewell: true,
  no_false_promise: true,
};

let testDb: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

let count = 0;
async function freshTenant(): Promise<{ tenant: TestTenant; monitor: Session; advisor: Session }> {
  const tenant = await buildTenant(testDb.db, `cal-${++count}`, "CO");
  return {
    tenant,
    monitor: await login(testApp.app, tenant.users.quality_team!.email),
    advisor: await login(testApp.app, tenant.users.advisor!.email),
  };
}

/** A call of the dialer, bridged to `agentId` (or never reached an agent when null). */
async function recordedCall(tenant: TestTenant, agentId: string | null): Promise<string> {
  return testDb.db.tenant(tenant.tenantId, async (tx) => {
    const customer = await tx.query(
      "INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES (current_tenant_id(), 'C-' || gen_random_uuid(), '1', 'Ana Ruiz') RETURNING id",
    );
    const campaign = await tx.query(
      "INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope) VALUES (current_tenant_id(), 'c-' || left(gen_random_uuid()::text, 8), 'Premium', 'default') RETURNING id",
    );
    const record = await tx.query(
      "INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type) VALUES (current_tenant_id(), $1, $2, 'fidelizacion') RETURNING id",
      [campaign.rows[0].id, customer.rows[0].id],
    );
    const call = await tx.query(
      `INSERT INTO dialer_calls (tenant_id, campaign_id, record_id, customer_id, phone, instance, status, outcome, agent_id, dialed_at,
                                 answered_at, bridged_at, ended_at)
       VALUES (current_tenant_id(), $1, $2, $3, '3001234567', 'test', 'ended', $5, $4, '2025-07-10T14:00:00Z',
               '2025-07-10T14:00:10Z', CASE WHEN $4::uuid IS NULL THEN NULL ELSE '2025-07-10T14:00:11Z'::timestamptz END, '2025-07-10T14:05:00Z')
       RETURNING id`,
      [campaign.rows[0].id, record.rows[0].id, customer.rows[0].id, agentId, agentId ? "completed" : "dropped"],
    );
    return call.rows[0].id;
  });
}

const score = (monitor: Session, payload: object) =>
  monitor.request({ method: "POST", url: "/api/quality/monitorings", payload });

describe("quality monitoring", () => {
  it("a monitor scores calls; a failed critical item zeroes one; emitted quality is their mean and the drill-down adds up", async () => {
    const { tenant, monitor } = await freshTenant();
    const agent = tenant.users.advisor!.id;
    const first = await score(monitor, {
      callId: await recordedCall(tenant, agent),
      scorecardCode: "outbound_premium",
      answers: ALL_MET,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ score: 100, criticalFailed: false });
    const second = await score(monitor, {
      callId: await recordedCall(tenant, agent),
      scorecardCode: "outbound_premium",
      answers: { ...ALL_MET, solution: false },
      comment: "No ofreció el beneficio del catálogo",
    });
    expect(second.json()).toMatchObject({ score: 70 });
    const third = await score(monitor, {
      callId: await recordedCall(tenant, agent),
      scorecardCode: "outbound_premium",
      answers: { ...ALL_MET, identity_check: false },
    });
    expect(third.json()).toMatchObject({ score: 0, criticalFailed: true });

    // monitored_at is the real clock: ask for every period up to now.
    const range = { from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", grain: "month" as const };
    const values = await expectRowsAddUp(testDb.db, tenant.tenantId, EMITTED, range);
    expect(values).toHaveLength(1);
    expect(values[0]!.numerator).toBeCloseTo(1.7, 9);
    expect(values[0]!.denominator).toBe(3);
    await expectRowsAddUp(testDb.db, tenant.tenantId, EMITTED, { ...range, dimension: "advisor" });
  });

  it("the advisor sees their monitorings and acknowledges each once; nobody else can", async () => {
    const { tenant, monitor, advisor } = await freshTenant();
    const created = await score(monitor, {
      callId: await recordedCall(tenant, tenant.users.advisor!.id),
      scorecardCode: "outbound_premium",
      answers: ALL_MET,
    });
    const id = created.json().id;
    const mine = (await advisor.request({ url: "/api/quality/my-monitorings" })).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ id, score: 100, acknowledgedAt: null });
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    expect(
      (await supervisor.request({ method: "POST", url: `/api/quality/monitorings/${id}/acknowledge`, payload: {} })).statusCode,
    ).toBe(403);
    const ack = await advisor.request({
      method: "POST",
      url: `/api/quality/monitorings/${id}/acknowledge`,
      payload: { comment: "Entendido" },
    });
    expect(ack.statusCode, ack.body).toBe(200);
    const again = await advisor.request({ method: "POST", url: `/api/quality/monitorings/${id}/acknowledge`, payload: {} });
    expect(again.statusCode).toBe(409);
    const list = (await supervisor.request({ url: "/api/quality/monitorings" })).json();
    expect(list.items[0]).toMatchObject({ advisorComment: "Entendido" });
    expect(list.items[0].acknowledgedAt).not.toBeNull();
  });

  it("a call that reached no advisor, an unknown card, missing answers and a second monitoring of a call are refused; nothing written", async () => {
    const { tenant, monitor } = await freshTenant();
    const unanswered = await score(monitor, {
      callId: await recordedCall(tenant, null),
      scorecardCode: "outbound_premium",
      answers: ALL_MET,
    });
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.json().detail).toBe("La llamada no llegó a un asesor: no hay atención que monitorear");
    const callId = await recordedCall(tenant, tenant.users.advisor!.id);
    const unknown = await score(monitor, { callId, scorecardCode: "inbound", answers: ALL_MET });
    expect(unknown.json().detail).toBe("La ficha «inbound» no existe");
    const { farewell: _, ...missing } = ALL_MET;
    const partial = await score(monitor, { callId, scorecardCode: "outbound_premium", answers: missing });
    expect(partial.json().detail).toBe("Falta calificar «Se despide según el guion e invita a la encuesta»");
    const range = { from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" };
    expect(await indicatorValues(testDb.db, tenant.tenantId, EMITTED, range)).toEqual([]);
    expect((await score(monitor, { callId, scorecardCode: "outbound_premium", answers: ALL_MET })).statusCode).toBe(201);
    const twice = await score(monitor, { callId, scorecardCode: "outbound_premium", answers: ALL_MET });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe("Esa llamada ya tiene un monitoreo con esta ficha");
  });

  it("the monitor's list holds the recorded calls an advisor took and not yet scored with the card, filtered by advisor, campaign and date", async () => {
    const { tenant, monitor } = await freshTenant();
    const advisorId = tenant.users.advisor!.id;
    const scored = await recordedCall(tenant, advisorId);
    const waiting = await recordedCall(tenant, advisorId);
    await recordedCall(tenant, null);
    expect((await score(monitor, { callId: scored, scorecardCode: "outbound_premium", answers: ALL_MET })).statusCode).toBe(201);
    const list = await monitor.request({ url: "/api/quality/calls?scorecardCode=outbound_premium" });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: waiting, agentUserId: advisorId, customerName: "Ana Ruiz", talkSeconds: 289 }],
    });
    expect(list.json().advisors).toEqual([{ id: advisorId, name: expect.any(String) }]);
    const campaignId = list.json().items[0].campaignId;
    const byAll = await monitor.request({
      url: `/api/quality/calls?scorecardCode=outbound_premium&agentUserId=${advisorId}&campaignId=${campaignId}&from=2025-07-10&to=2025-07-10`,
    });
    expect(byAll.json().total).toBe(1);
    const otherDay = await monitor.request({ url: "/api/quality/calls?scorecardCode=outbound_premium&from=2025-07-11" });
    expect(otherDay.json().total).toBe(0);
    const unknownCard = await monitor.request({ url: "/api/quality/calls?scorecardCode=inbound" });
    expect(unknownCard.statusCode).toBe(400);
    expect(unknownCard.json().detail).toBe("La ficha «inbound» no existe");
    const backwards = await monitor.request({
      url: "/api/quality/calls?scorecardCode=outbound_premium&from=2025-07-11&to=2025-07-10",
    });
    expect(backwards.json().detail).toBe("La fecha inicial es posterior a la final");
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    expect((await advisor.request({ url: "/api/quality/calls?scorecardCode=outbound_premium" })).statusCode).toBe(403);
  });

  it("a checkpoint not on the card, another operator's call and acknowledging another person's monitoring are refused in Spanish; nothing written", async () => {
    const { tenant, monitor, advisor } = await freshTenant();
    const callId = await recordedCall(tenant, tenant.users.advisor!.id);
    const foreign = await score(monitor, { callId, scorecardCode: "outbound_premium", answers: { ...ALL_MET, smile: true } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toBe(
      "El punto de control «smile» no está en la ficha «Ficha de monitoreo — atención outbound Claro Premium»",
    );
    const other = await freshTenant();
    const elsewhere = await recordedCall(other.tenant, other.tenant.users.advisor!.id);
    const crossed = await score(monitor, { callId: elsewhere, scorecardCode: "outbound_premium", answers: ALL_MET });
    expect(crossed.statusCode).toBe(404);
    expect(crossed.json().detail).toBe("La llamada no existe");
    // The supervisor took a call too: the advisor cannot acknowledge the supervisor's monitoring.
    const theirs = await score(monitor, {
      callId: await recordedCall(tenant, tenant.users.supervisor!.id),
      scorecardCode: "outbound_premium",
      answers: ALL_MET,
    });
    const ack = await advisor.request({
      method: "POST",
      url: `/api/quality/monitorings/${theirs.json().id}/acknowledge`,
      payload: {},
    });
    expect(ack.statusCode).toBe(409);
    expect(ack.json().detail).toBe("El monitoreo no es suyo o ya lo dio por leído");
    const all = (await monitor.request({ url: "/api/quality/monitorings" })).json();
    expect(all.total).toBe(1);
    expect(all.items[0].acknowledgedAt).toBeNull();
    expect((await other.monitor.request({ url: "/api/quality/monitorings" })).json().total).toBe(0);
  });

  it("a scorecard whose points do not add up is refused by the catalog with the sum it has", async () => {
    const { tenant } = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const current = (await admin.request({ url: "/api/catalogs/quality_scorecards/default" })).json();
    const content = structuredClone(current.content ?? current);
    content.scorecards[0].sections[1].checkpoints[0].points = 15;
    const response = await admin.request({
      method: "PUT",
      url: "/api/catalogs/quality_scorecards/default",
      payload: { content, note: "ajuste", basedOnVersion: current.version },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.body, response.body).toContain("suman 95, no 100");
  });
});
