import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JobWorker, startWorker } from "../../src/app/worker/worker.js";
import { pauseDeadline } from "../../src/modules/deadlines/commands/pause-deadline.js";
import { resumeDeadline } from "../../src/modules/deadlines/commands/resume-deadline.js";
import { startDeadline } from "../../src/modules/deadlines/commands/start-deadline.js";
import type { Actor } from "../../src/platform/context.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { openSse, type SseClient } from "../support/sse-client.js";
import { waitFor } from "../support/wait.js";

let testDb: TestDatabase;
let testApp: TestApp;
let baseUrl: string;
let tenant: TestTenant;
let other: TestTenant;
let advisor: Session;
let supervisor: Session;
let technician: Session;
let otherAdmin: Session;
let worker: JobWorker | undefined;
let stream: SseClient | undefined;

const bogota = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();

async function timeline(id: string) {
  const response = await supervisor.request({ url: `/api/timeline/deadline/${id}` });
  expect(response.statusCode).toBe(200);
  return (
    response.json().events as Array<{ action: string; reason: string | null; actorRole: string; after: unknown }>
  ).reverse();
}

async function jobsOf(id: string) {
  const { rows } = await testDb.db.pool.query<{ task: string; run_at: Date }>(
    `SELECT t.identifier AS task, j.run_at FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE j.key LIKE $1 ORDER BY t.identifier`,
    [`timer:${tenant.tenantId}:deadline:${id}:%`],
  );
  return rows.map((row) => ({ task: row.task, runAt: row.run_at.toISOString() }));
}

/** Runs a command as the tenant's advisor with a chosen clock. */
async function asAdvisorAt<T>(now: Date, work: (ctx: { tx: never; actor: Actor; now: Date }) => Promise<T>): Promise<T> {
  const actor: Actor = {
    tenantId: tenant.tenantId,
    userId: tenant.users.advisor!.id,
    email: tenant.users.advisor!.email,
    fullName: "Asesor",
    roles: ["advisor"],
    permissions: new Set(["deadlines:manage"]),
    via: "session",
  };
  return testDb.db.tenant(tenant.tenantId, (tx) => work({ tx: tx as never, actor, now }));
}

const twoHours = { subjectType: "retention_case", subjectId: "RC-9", kind: "xpress_fix", rule: { amount: 2, unit: "hours" } };

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "plazos");
  other = await buildTenant(testDb.db, "plazos-otro");
  testApp = await buildTestApp(testDb);
  baseUrl = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  technician = await login(testApp.app, tenant.users.technician!.email);
  otherAdmin = await login(testApp.app, other.users.admin!.email);
});
afterAll(async () => {
  stream?.close();
  await worker?.stop();
  await testApp?.close();
  await testDb?.drop();
});

describe("a deadline's timers fire through the durable worker and alert in realtime", () => {
  it("a 2-hour deadline becomes at risk, then breached: on the timeline and on the supervisor's stream", async () => {
    stream = await openSse(`${baseUrl}/api/stream`, supervisor.cookie);
    await waitFor(() => stream!.raw().includes(": conectado"), "el flujo abre");

    // The request came in 2 h minus 4 s ago: its at-risk instant (80 %) has passed, it is due in 4 s.
    const startedAt = new Date(Date.now() - 2 * 3_600_000 + 4_000);
    const created = await advisor.request({
      method: "POST",
      url: "/api/deadlines",
      payload: { ...twoHours, startedAt: startedAt.toISOString() },
    });
    expect(created.statusCode, created.body).toBe(201);
    const deadline = created.json();
    expect(deadline).toMatchObject({ status: "running", phase: "at_risk", measure: "clock", rule: { amount: 2, unit: "hours" } });
    expect(new Date(deadline.dueAt).getTime()).toBe(startedAt.getTime() + 2 * 3_600_000);
    expect(await jobsOf(deadline.id)).toEqual([
      { task: "deadline.at_risk", runAt: deadline.atRiskAt },
      { task: "deadline.due", runAt: new Date(new Date(deadline.dueAt).getTime() + 1).toISOString() },
    ]);

    worker = await startWorker({ db: testDb.db, pollInterval: 100, concurrency: 1 });
    await waitFor(() => stream!.events.some((e) => e.event === "deadline.breached"), "llega la alerta de vencimiento", 15_000);
    const alerts = stream.events.filter((e) => e.event.startsWith("deadline."));
    expect(alerts.map((e) => e.event)).toEqual(["deadline.at_risk", "deadline.breached"]);
    expect(alerts[0]!.data).toMatchObject({ id: deadline.id, phase: "at_risk" });
    expect(alerts[1]!.data).toMatchObject({ id: deadline.id, status: "breached" });

    const events = await timeline(deadline.id);
    expect(events.map((e) => e.action)).toEqual(["deadline_started", "deadline_at_risk", "deadline_breached"]);
    expect(events[1]!.actorRole).toBe("system");

    const read = (await supervisor.request({ url: `/api/deadlines/${deadline.id}` })).json();
    expect(read.status).toBe("breached");
    expect(read.breachedAt).toBe(new Date(new Date(deadline.dueAt).getTime() + 1).toISOString());
    expect(read.atRiskAlertedAt).not.toBeNull();
    await waitFor(async () => (await jobsOf(deadline.id)).length === 0, "no quedan temporizadores");

    // Completed late: stays breached, records when it was done.
    const completed = await advisor.request({ method: "POST", url: `/api/deadlines/${deadline.id}/complete`, payload: {} });
    expect(completed.json()).toMatchObject({ status: "breached", phase: "breached" });
    expect(completed.json().metAt).not.toBeNull();
    const again = await advisor.request({ method: "POST", url: `/api/deadlines/${deadline.id}/complete`, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("El plazo ya fue completado");
    await worker.stop();
    worker = undefined;
  });
});

describe("pause and resume move the due instant on the tenant's calendar", () => {
  // The tenant has the default week: Monday–Friday 08:00–18:00 and Saturday 08:00–13:00.
  it("«ATENDIDO (1 día)» paused Friday 16:00 and resumed Monday 10:00 moves by the 9 working hours of the pause", async () => {
    const started = await asAdvisorAt(bogota("2026-01-15T10:00"), (ctx) =>
      startDeadline(
        { subjectType: "retention_case", subjectId: "RC-10", kind: "closing_action", rule: { amount: 1, unit: "business_days" } },
        ctx,
      ),
    );
    expect(started.due_at.toISOString()).toBe(bogota("2026-01-16T18:00").toISOString());
    expect(started.measure).toBe("business");

    await asAdvisorAt(bogota("2026-01-16T16:00"), (ctx) => pauseDeadline(started.id, {}, ctx));
    expect(await jobsOf(started.id)).toEqual([]);
    const paused = (await supervisor.request({ url: `/api/deadlines/${started.id}` })).json();
    expect(paused).toMatchObject({ status: "paused", phase: "paused", pausedAt: bogota("2026-01-16T16:00").toISOString() });

    const resumed = await asAdvisorAt(bogota("2026-01-19T10:00"), (ctx) => resumeDeadline(started.id, {}, ctx));
    expect(resumed.status).toBe("running");
    // Friday 16–18 (2 h) + Saturday 08–13 (5 h) + Monday 08–10 (2 h); Sunday counts nothing.
    expect(resumed.paused_ms).toBe(9 * 3_600_000);
    // From Friday 18:00, 9 working hours: Saturday 08–13 (5 h) and Monday 08–12 (4 h).
    expect(resumed.due_at.toISOString()).toBe(bogota("2026-01-19T12:00").toISOString());
    expect((await jobsOf(started.id)).find((job) => job.task === "deadline.due")?.runAt).toBe(
      new Date(bogota("2026-01-19T12:00").getTime() + 1).toISOString(),
    );

    const events = await timeline(started.id);
    expect(events.map((e) => e.action)).toEqual(["deadline_started", "deadline_paused", "deadline_resumed"]);
    expect(events[1]!.reason).toBe("esperando al cliente");
    expect(events[2]!.after).toMatchObject({ dueAt: bogota("2026-01-19T12:00").toISOString(), pausedMs: 9 * 3_600_000 });
  });

  it("over the API: pausing then resuming a running deadline pushes its due instant", async () => {
    const created = (await advisor.request({ method: "POST", url: "/api/deadlines", payload: twoHours })).json();
    const paused = await advisor.request({
      method: "POST",
      url: `/api/deadlines/${created.id}/pause`,
      payload: { reason: "cliente de viaje" },
    });
    expect(paused.json().status).toBe("paused");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resumed = (await advisor.request({ method: "POST", url: `/api/deadlines/${created.id}/resume`, payload: {} })).json();
    expect(resumed.pausedMs).toBeGreaterThanOrEqual(300);
    expect(new Date(resumed.dueAt).getTime()).toBe(new Date(created.dueAt).getTime() + resumed.pausedMs);
    expect((await timeline(created.id))[1]!.reason).toBe("cliente de viaje");
  });
});

describe("illegal moves, roles and tenants", () => {
  it("refuses illegal transitions in Spanish and changes nothing", async () => {
    const created = (await advisor.request({ method: "POST", url: "/api/deadlines", payload: twoHours })).json();
    const resume = await advisor.request({ method: "POST", url: `/api/deadlines/${created.id}/resume`, payload: {} });
    expect(resume.statusCode).toBe(409);
    expect(resume.json()).toMatchObject({ code: "ILLEGAL_TRANSITION", detail: "No se puede reanudar un plazo en curso" });

    const met = await advisor.request({ method: "POST", url: `/api/deadlines/${created.id}/complete`, payload: {} });
    expect(met.json()).toMatchObject({ status: "met", phase: "met" });
    expect(await jobsOf(created.id)).toEqual([]);
    for (const [action, detail] of [
      ["pause", "No se puede pausar un plazo cumplido"],
      ["cancel", "No se puede cancelar un plazo cumplido"],
      ["resume", "No se puede reanudar un plazo cumplido"],
    ]) {
      const response = await advisor.request({ method: "POST", url: `/api/deadlines/${created.id}/${action}`, payload: {} });
      expect(response.statusCode).toBe(409);
      expect(response.json().detail).toBe(detail);
    }
    expect((await timeline(created.id)).map((e) => e.action)).toEqual(["deadline_started", "deadline_met"]);
    const read = (await advisor.request({ url: `/api/deadlines/${created.id}` })).json();
    expect(read).toEqual(met.json());
  });

  it("cancelling removes the timers", async () => {
    const created = (await advisor.request({ method: "POST", url: "/api/deadlines", payload: twoHours })).json();
    expect(await jobsOf(created.id)).toHaveLength(2);
    // An action without a body is accepted (the reason is optional).
    const paused = await advisor.request({ method: "POST", url: `/api/deadlines/${created.id}/pause` });
    expect(paused.statusCode, paused.body).toBe(200);
    const cancelled = await advisor.request({
      method: "POST",
      url: `/api/deadlines/${created.id}/cancel`,
      payload: { reason: "orden anulada" },
    });
    expect(cancelled.json().status).toBe("cancelled");
    expect(await jobsOf(created.id)).toEqual([]);
  });

  it("a technician reads deadlines but cannot start or move them", async () => {
    expect((await technician.request({ url: "/api/deadlines" })).statusCode).toBe(200);
    const start = await technician.request({ method: "POST", url: "/api/deadlines", payload: twoHours });
    expect(start.statusCode).toBe(403);
    expect(start.json().code).toBe("FORBIDDEN");
    const [any] = (await technician.request({ url: "/api/deadlines?status=running" })).json();
    const pause = await technician.request({ method: "POST", url: `/api/deadlines/${any.id}/pause`, payload: {} });
    expect(pause.statusCode).toBe(403);
  });

  it("validates input with specific Spanish errors", async () => {
    const bad = async (payload: object) => {
      const response = await advisor.request({ method: "POST", url: "/api/deadlines", payload: { ...twoHours, ...payload } });
      expect(response.statusCode, response.body).toBe(400);
      return response.json();
    };
    expect((await bad({ rule: { amount: 1.5, unit: "business_days" } })).detail).toMatch(/entero/);
    expect((await bad({ rule: { amount: 2, unit: "weeks" } })).field).toMatch(/^rule/);
    expect((await bad({ startedAt: new Date(Date.now() + 3_600_000).toISOString() })).detail).toMatch(/no puede ser futura/);
    const unknownCustomer = await advisor.request({
      method: "POST",
      url: "/api/deadlines",
      payload: { ...twoHours, customerId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(unknownCustomer.statusCode).toBe(404);
  });

  it("lists by status and subject, and never shows another tenant's deadlines", async () => {
    const mine = (await advisor.request({ url: "/api/deadlines?subjectType=retention_case&subjectId=RC-10" })).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ subjectId: "RC-10", status: "running", kind: "closing_action" });
    const running = (await advisor.request({ url: "/api/deadlines?status=running" })).json() as Array<{ status: string }>;
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((d) => d.status === "running")).toBe(true);
    expect((await otherAdmin.request({ url: "/api/deadlines" })).json()).toEqual([]);
    expect((await otherAdmin.request({ url: `/api/deadlines/${mine[0].id}` })).statusCode).toBe(404);
    const pause = await otherAdmin.request({ method: "POST", url: `/api/deadlines/${mine[0].id}/pause`, payload: {} });
    expect(pause.statusCode).toBe(404);
  });
});
