import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  CAMPAIGN,
  cancellationRequestsCsv,
  caseApi,
  type ServiceCustomer,
  seedServiceCustomers,
  uploadCancellationRequests,
} from "../support/dispositions.js";
import { buildTenant, TEST_PASSWORD, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

// Two advisors act on the same case at the same instant, each on its own database connection. The
// requests are made to really overlap: a third connection holds the case's row lock until both are
// waiting on it, then lets go.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let advisorA: Session;
let advisorB: Session;
let customers: ServiceCustomer[];
let holder: pg.Client;
const ids = new Map<string, string>();
const ROUNDS = 6;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "concurrencia", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  await admin.request({
    method: "POST",
    url: "/api/users",
    payload: { email: "asesor-b@concurrencia.test", fullName: "Asesor B", password: TEST_PASSWORD, roles: ["advisor"] },
  });
  advisorA = await login(testApp.app, tenant.users.advisor!.email);
  advisorB = await login(testApp.app, "asesor-b@concurrencia.test");
  customers = await seedServiceCustomers(admin, "cc", ROUNDS * 2 + 12);
  const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  const rows = customers.map((c, i) => ({
    number: `K-${String(i + 1).padStart(3, "0")}`,
    service: c.serviceNumber,
    customer: c.code,
  }));
  const staged = await uploadCancellationRequests(supervisor, "cola.csv", cancellationRequestsCsv(rows));
  await supervisor.request({ method: "POST", url: `/api/complaints/imports/${staged.json().id}/commit` });
  const listed = await supervisor.request({ url: `/api/complaint-cases?campaign=${CAMPAIGN}&limit=200` });
  for (const c of listed.json().cases) ids.set(c.complaintNumber, c.id);
  holder = new pg.Client({ connectionString: testDb.url });
  await holder.connect();
});
afterAll(async () => {
  await holder?.end();
  await testApp?.close();
  await testDb?.drop();
});

/**
 * Runs `requests` while a transaction holds the case's row lock, releasing it only once all of them
 * are blocked on it — so they really run at the same time, on separate connections.
 */
async function atOnce<T>(caseId: string, requests: Array<() => Promise<T>>): Promise<T[]> {
  await holder.query("BEGIN");
  await holder.query("SELECT 1 FROM complaint_cases WHERE id = $1 FOR UPDATE", [caseId]);
  const running = requests.map((request) => request());
  await waitFor(async () => {
    const { rows } = await holder.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    return rows[0]!.waiting >= requests.length;
  }, "todas las solicitudes esperando el bloqueo del caso");
  await holder.query("COMMIT");
  return Promise.all(running);
}

async function caseHistory(caseId: string) {
  return testDb.db.tenant(tenant.tenantId, async (tx) => {
    const dispositions = await tx.query<{ id: string; motive_code: string; decided_by: string }>(
      "SELECT id, motive_code, decided_by FROM case_dispositions WHERE case_id = $1 ORDER BY seq",
      [caseId],
    );
    const events = await tx.query<{ action: string; disposition_id: string | null; actor_user_id: string }>(
      `SELECT action, after->>'dispositionId' AS disposition_id, actor_user_id FROM events
        WHERE subject_type = 'complaint_case' AND subject_id = $1 AND action LIKE 'disposition%' ORDER BY id`,
      [caseId],
    );
    const attempts = await tx.query("SELECT id FROM contact_attempts WHERE case_id = $1", [caseId]);
    const attemptEvents = await tx.query(
      "SELECT id FROM events WHERE subject_type = 'complaint_case' AND subject_id = $1 AND action = 'contact_attempt_recorded'",
      [caseId],
    );
    const instructions = await tx.query("SELECT id FROM closing_instructions WHERE case_id = $1", [caseId]);
    const state = await tx.query("SELECT motive_code, version, current_disposition_id FROM complaint_cases WHERE id = $1", [
      caseId,
    ]);
    return {
      dispositions: dispositions.rows,
      events: events.rows,
      attempts: attempts.rowCount,
      attemptEvents: attemptEvents.rowCount,
      instructions: instructions.rowCount,
      state: state.rows[0],
    };
  });
}

describe("two advisors on the same case at once", () => {
  it("setting a disposition: one wins, the other gets a clear 409, nothing is overwritten, the timeline matches 1:1", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const caseId = ids.get(`K-${String(round).padStart(3, "0")}`)!;
      const { version } = await caseApi(advisorA).detail(caseId);
      const submit = (session: Session, motiveCode: string) => () =>
        session.request({
          method: "POST",
          url: `/api/complaint-cases/${caseId}/disposition`,
          payload: { stateCode: "RETENIDO", motiveCode, expectedVersion: version },
        });
      const [a, b] = await atOnce(caseId, [submit(advisorA, "AUMENTO_PLAN"), submit(advisorB, "BAJA_PLAN")]);
      const statuses = [a!.statusCode, b!.statusCode].sort();
      expect(statuses, `ronda ${round}: ${a!.body} | ${b!.body}`).toEqual([200, 409]);
      const loser = a!.statusCode === 409 ? a! : b!;
      const winnerMotive = a!.statusCode === 200 ? "AUMENTO_PLAN" : "BAJA_PLAN";
      expect(loser.json()).toMatchObject({ code: "CONFLICT", field: "expectedVersion", currentVersion: version + 1 });
      expect(loser.json().detail).toContain("cambió mientras lo gestionaba");

      const history = await caseHistory(caseId);
      expect(history.dispositions.map((d) => d.motive_code)).toEqual([winnerMotive]);
      expect(history.state).toMatchObject({
        motive_code: winnerMotive,
        version: version + 1,
        current_disposition_id: history.dispositions[0]!.id,
      });
      expect(history.events.map((e) => [e.action, e.disposition_id])).toEqual([["disposition_set", history.dispositions[0]!.id]]);
      expect(history.events[0]!.actor_user_id).toBe(history.dispositions[0]!.decided_by);
      expect(history.instructions).toBe(1);
    }
  });

  it("an unanswered attempt against a disposition: exactly one commits, with its own consequences only", async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const caseId = ids.get(`K-${String(ROUNDS + round).padStart(3, "0")}`)!;
      const { version } = await caseApi(advisorA).detail(caseId);
      const [attempt, disposition] = await atOnce<{ statusCode: number; body: string }>(caseId, [
        () =>
          advisorA.request({
            method: "POST",
            url: `/api/complaint-cases/${caseId}/attempts`,
            payload: { dialledNumber: "0991112233", result: "no_answer", expectedVersion: version },
          }),
        () =>
          advisorB.request({
            method: "POST",
            url: `/api/complaint-cases/${caseId}/disposition`,
            payload: { stateCode: "NO_APLICA", motiveCode: "QUEJA_DUPLICADA", expectedVersion: version },
          }),
      ]);
      expect([attempt!.statusCode, disposition!.statusCode].sort(), `${attempt!.body} | ${disposition!.body}`).toEqual([
        200, 409,
      ]);
      const history = await caseHistory(caseId);
      expect(history.dispositions).toHaveLength(1);
      expect(history.events).toHaveLength(1);
      if (attempt!.statusCode === 200) {
        expect(history.dispositions[0]!.motive_code).toBe("NO_CONTESTA");
        expect([history.attempts, history.attemptEvents, history.instructions]).toEqual([1, 1, 0]);
      } else {
        expect(history.dispositions[0]!.motive_code).toBe("QUEJA_DUPLICADA");
        expect([history.attempts, history.attemptEvents, history.instructions]).toEqual([0, 0, 1]);
      }
    }
  });

  it("«take next» by two advisors at once never hands out the same case", async () => {
    const taken: string[] = [];
    for (let i = 0; i < 6; i++) {
      const [a, b] = await Promise.all([
        advisorA.request({ method: "POST", url: `/api/campaigns/${CAMPAIGN}/take-next` }),
        advisorB.request({ method: "POST", url: `/api/campaigns/${CAMPAIGN}/take-next` }),
      ]);
      for (const response of [a!, b!]) {
        expect(response.statusCode, response.body).toBe(200);
        if (response.json().case) taken.push(response.json().case.id);
      }
    }
    expect(taken.length).toBe(12);
    expect(new Set(taken).size).toBe(taken.length);
  });
});
