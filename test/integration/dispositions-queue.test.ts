import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POOL_ORDER } from "../../src/modules/cancellations/case/repo-queues.js";
import { CALLBACK_RELEASE_TASK, callbackReleaseKey } from "../../src/modules/cancellations/case/schedule.js";
import { assignCases } from "../../src/modules/cancellations/commands/assign-cases.js";
import { distributeCases } from "../../src/modules/cancellations/commands/distribute-cases.js";
import { takeCase } from "../../src/modules/cancellations/commands/take-case.js";
import { timerTasks } from "../../src/platform/manifest.js";
import { fireTimer, type TimerEnvelope } from "../../src/platform/timers/timers.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  actorOf,
  addAdvisor,
  asActor,
  CAMPAIGN,
  caseApi,
  dispositionCounts,
  queueCancellationRequest,
  type ServiceCustomer,
  seedServiceCustomers,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The campaign's queue beyond the scenario: who may hand cases out, and what holds a case.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;
let backOffice: Session;
let advisor: Session;
let customers: ServiceCustomer[];
let advisorBId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "cola-ec", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  backOffice = await login(testApp.app, tenant.users.back_office!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  customers = await seedServiceCustomers(admin, "cq", 8);
  advisorBId = await addAdvisor(admin, "asesor-b@cola-ec.test", "Asesor B");
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

/** Queues complaint CQ-<index> about customer `index`'s service. */
const queueCancellationRequestOf = (index: number, receivedAt?: Date) =>
  queueCancellationRequest(supervisor, customers[index]!, `CQ-${index}`, receivedAt);

describe("back office hands cases out (complaints:manage)", () => {
  it("assigns chosen cases and distributes the pool, as the form it is shown promises", async () => {
    const first = await queueCancellationRequestOf(0);
    await queueCancellationRequestOf(1);
    const advisorId = tenant.users.advisor!.id;
    const assigned = await backOffice.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: [first], advisorId },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toEqual({ assigned: 1 });
    const dealt = await backOffice.request({
      method: "POST",
      url: `/api/campaigns/${CAMPAIGN}/distribute`,
      payload: { advisorIds: [advisorId], limit: 10 },
    });
    expect(dealt.statusCode, dealt.body).toBe(200);
    expect(dealt.json().assigned).toEqual([{ advisorId, cases: 1 }]);
    expect((await caseApi(supervisor).detail(first)).assignedTo).toBe(advisorId);
  });
});

describe("no 4th attempt after the hand-off", () => {
  it("is refused even when a correction turned the automatic hand-off into PENDIENTE / VOLVER A LLAMAR; nothing changes", async () => {
    const id = await queueCancellationRequestOf(2);
    const api = caseApi(advisor);
    for (const n of [1, 2, 3]) expect((await api.attempt(id, "no_answer")).statusCode, `intento ${n}`).toBe(200);
    expect(await api.detail(id)).toMatchObject({ status: "finished", queue: "level1", unansweredAttempts: 3 });

    const callback = new Date(Date.now() + 4 * 3_600_000).toISOString();
    const corrected = await api.correct(id, "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const detail = await api.detail(id);
    expect(detail).toMatchObject({ status: "pending", queue: "campaign", unansweredAttempts: 3 });
    expect(detail.refusals.attempt).toContain("no admite un 4to intento");

    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const fourth = await api.attempt(id, "no_answer");
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json()).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      detail: "El caso ya tuvo 3 intentos sin respuesta, el máximo de la campaña; no admite un 4to intento de contacto",
    });
    expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(before);
  });
});

describe("a campaign that does not exist", () => {
  it("is a 404 naming it, for a complaint, «take next» and a distribution", async () => {
    const customer = customers[7]!;
    const responses = [
      await supervisor.request({
        method: "POST",
        url: "/api/complaint-cases",
        payload: {
          campaign: "no-existe",
          complaintNumber: "CQ-X",
          serviceNumber: customer.serviceNumber,
          customerCode: customer.code,
          reason: "Retiro",
          receivedAt: new Date().toISOString(),
        },
      }),
      await advisor.request({ method: "POST", url: "/api/campaigns/no-existe/take-next" }),
      await supervisor.request({
        method: "POST",
        url: "/api/campaigns/no-existe/distribute",
        payload: { advisorIds: [tenant.users.advisor!.id] },
      }),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toMatchObject({
        field: "campaign",
        detail: "No existe la campaña «no-existe» (catálogo de tipificaciones)",
      });
    }
  });
});

/** The pending release timer of a case's kept callback (graphile-worker's job), if any. */
async function releaseJob(caseId: string): Promise<{ run_at: Date; payload: TimerEnvelope } | undefined> {
  const { rows } = await testDb.db.system((tx) =>
    tx.query<{ run_at: Date; payload: TimerEnvelope }>(
      "SELECT run_at, payload FROM graphile_worker._private_jobs WHERE key = $1",
      [`timer:${tenant.tenantId}:${callbackReleaseKey(caseId)}`],
    ),
  );
  return rows[0];
}

/** Fires a case's release timer as the worker would, a second after it is due. */
async function fireRelease(caseId: string) {
  const job = (await releaseJob(caseId))!;
  return fireTimer(testDb.db, timerTasks()[CALLBACK_RELEASE_TASK]!, job.payload, () => new Date(job.run_at.getTime() + 1000));
}

const MINUTE = 60_000;

describe("a kept callback returns to the pool whoever holds it", () => {
  it("a released callback taken by another advisor is released again when that advisor does not call either", async () => {
    const id = await queueCancellationRequestOf(3);
    const callback = new Date(Date.now() + 60 * MINUTE);
    const set = await caseApi(advisor).dispose(id, "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback.toISOString() });
    expect(set.statusCode, set.body).toBe(200);
    expect(await fireRelease(id)).toBe("fired");
    expect((await caseApi(supervisor).detail(id)).assignedTo).toBeNull();

    // Advisor B takes it from the pool ten minutes after it came back, and lets it lie.
    const takenAt = new Date(callback.getTime() + 40 * MINUTE);
    const advisorB = await actorOf(testDb.db, "asesor-b@cola-ec.test");
    await asActor(testDb.db, advisorB, (ctx) => takeCase(id, {}, ctx), takenAt);
    const job = (await releaseJob(id))!;
    expect(job.payload.payload).toEqual({ caseId: id, keeper: advisorBId, nextContactAt: callback.toISOString() });
    expect(job.run_at.toISOString()).toBe(new Date(takenAt.getTime() + 30 * MINUTE).toISOString());

    expect(await fireRelease(id)).toBe("fired");
    expect((await caseApi(supervisor).detail(id)).assignedTo).toBeNull();
    const events = (await supervisor.request({ url: `/api/timeline/complaint_case/${id}` })).json().events;
    expect(events.filter((e: { action: string }) => e.action === "callback_returned_to_pool")).toHaveLength(2);
  });

  it("a supervisor's assignment moves the release to the new holder; returning the case to the pool cancels it", async () => {
    const id = await queueCancellationRequestOf(4);
    const callback = new Date(Date.now() + 60 * MINUTE);
    await caseApi(advisor).dispose(id, "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback.toISOString() });
    const supervisorActor = await actorOf(testDb.db, tenant.users.supervisor!.email);
    await asActor(testDb.db, supervisorActor, (ctx) => assignCases({ caseIds: [id], advisorId: advisorBId }, ctx));
    const job = (await releaseJob(id))!;
    expect(job.payload.payload).toMatchObject({ keeper: advisorBId });
    expect(job.run_at.toISOString()).toBe(new Date(callback.getTime() + 30 * MINUTE).toISOString());
    expect(await fireRelease(id)).toBe("fired");
    expect((await caseApi(supervisor).detail(id)).assignedTo).toBeNull();

    // Dealt round-robin from the pool once it is due: the release names the advisor it was dealt to.
    const dealtAt = new Date(callback.getTime() + 45 * MINUTE);
    const dealt = await asActor(
      testDb.db,
      supervisorActor,
      (ctx) => distributeCases({ campaign: CAMPAIGN, advisorIds: [tenant.users.advisor!.id], limit: 50 }, ctx),
      dealtAt,
    );
    expect(dealt[0]!.cases).toBeGreaterThanOrEqual(1);
    const redealt = (await releaseJob(id))!;
    expect(redealt.payload.payload).toMatchObject({ keeper: tenant.users.advisor!.id });
    expect(redealt.run_at.toISOString()).toBe(new Date(dealtAt.getTime() + 30 * MINUTE).toISOString());
    await asActor(testDb.db, supervisorActor, (ctx) => assignCases({ caseIds: [id], advisorId: null }, ctx));
    expect(await releaseJob(id)).toBeUndefined();
  });
});

describe("the pool's order", () => {
  it("lists due contacts first (oldest due first), then the never-worked cases by the oldest complaint", async () => {
    await queueCancellationRequestOf(5, new Date(Date.now() - 9 * 3_600_000));
    const response = await supervisor.request({ url: `/api/complaint-cases?campaign=${CAMPAIGN}&pool=true&status=active` });
    const cases: Array<{ nextContactAt: string | null; receivedAt: string }> = response.json().cases;
    const firstNever = cases.findIndex((c) => c.nextContactAt === null);
    expect(firstNever).toBeGreaterThan(0);
    expect(cases.slice(firstNever).every((c) => c.nextContactAt === null)).toBe(true);
    const due = cases.slice(0, firstNever).map((c) => c.nextContactAt!);
    expect(due).toEqual([...due].sort());
    const received = cases.slice(firstNever).map((c) => c.receivedAt);
    expect(received).toEqual([...received].sort());
  });

  it("is read from its index in that order: a take does not sort the pool", async () => {
    const plan = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      await tx.query("SET LOCAL enable_seqscan = off");
      const { rows } = await tx.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT id FROM complaint_cases
          WHERE campaign = $1 AND assigned_to IS NULL AND status <> 'finished' AND queue = 'campaign'
            AND (next_contact_at IS NULL OR next_contact_at <= now())
          ORDER BY ${POOL_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [CAMPAIGN],
      );
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("complaint_cases_pool_idx");
    expect(plan).not.toMatch(/Sort/);
  });
});

describe("the pending aging on its own", () => {
  it("is the campaign's open cases by age, for whoever sees the campaign's cases; an unknown campaign is a 404", async () => {
    const aging = await supervisor.request({ url: `/api/campaigns/${CAMPAIGN}/aging` });
    expect(aging.statusCode, aging.body).toBe(200);
    expect(aging.json().find((r: { grain: string }) => r.grain === "total").cases).toBeGreaterThan(0);
    expect((await advisor.request({ url: `/api/campaigns/${CAMPAIGN}/aging` })).statusCode).toBe(200);
    expect((await supervisor.request({ url: "/api/campaigns/no-existe/aging" })).statusCode).toBe(404);
  });
});
