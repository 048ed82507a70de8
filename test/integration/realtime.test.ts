import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish } from "../../src/platform/realtime.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { openSse, type SseClient } from "../support/sse-client.js";
import { waitFor } from "../support/wait.js";

let testDb: TestDatabase;
let instanceA: TestApp;
let instanceB: TestApp;
let urlA: string;
let urlB: string;
let tenantA: TestTenant;
let tenantB: TestTenant;
let advisorA: Session;
let supervisorA: Session;
let adminB: Session;
const clients: SseClient[] = [];

async function connect(baseUrl: string, session: Session): Promise<SseClient> {
  const client = await openSse(`${baseUrl}/api/stream`, session.cookie);
  expect(client.status).toBe(200);
  expect(client.contentType).toContain("text/event-stream");
  clients.push(client);
  // The stream is registered once its first chunk arrived.
  await waitFor(() => client.raw().includes(": conectado"), "el flujo abre");
  return client;
}

const named = (client: SseClient, event: string) => client.events.filter((e) => e.event === event);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "rt-a");
  tenantB = await buildTenant(testDb.db, "rt-b");
  // Two app instances on one database, each with its own LISTEN connection, on real ports.
  instanceA = await buildTestApp(testDb);
  instanceB = await buildTestApp(testDb);
  urlA = await instanceA.app.listen({ port: 0, host: "127.0.0.1" });
  urlB = await instanceB.app.listen({ port: 0, host: "127.0.0.1" });
  advisorA = await login(instanceA.app, tenantA.users.advisor!.email);
  supervisorA = await login(instanceA.app, tenantA.users.supervisor!.email);
  adminB = await login(instanceA.app, tenantB.users.admin!.email);
});
afterAll(async () => {
  for (const client of clients) client.close();
  await instanceA?.close();
  await instanceB?.close();
  await testDb?.drop();
});

describe("GET /api/stream (Server-Sent Events across instances)", () => {
  it("refuses an anonymous stream with 401 problem+json", async () => {
    const response = await fetch(`${urlB}/api/stream`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("delivers what a command on instance A publishes to tenant A's browsers on instance B, and not to tenant B's", async () => {
    const onB = await connect(urlB, advisorA);
    const otherTenantOnB = await connect(urlB, adminB);

    // A real command through instance A: a 2-hour deadline received 3 hours ago, completed late → breach alert.
    const started = await advisorA.request({
      method: "POST",
      url: "/api/deadlines",
      payload: {
        subjectType: "retention_case",
        subjectId: "RC-1",
        kind: "first_response",
        rule: { amount: 2, unit: "hours" },
        startedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      },
    });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id as string;
    const completed = await advisorA.request({ method: "POST", url: `/api/deadlines/${id}/complete`, payload: {} });
    expect(completed.statusCode, completed.body).toBe(200);

    await waitFor(() => named(onB, "deadline.breached").length === 1, "la alerta llega a la instancia B");
    expect(named(onB, "deadline.breached")[0]!.data).toMatchObject({ id, status: "breached", subjectId: "RC-1" });

    // Ordered after the alert on the same channel: once tenant B's stream has this, it has seen everything before.
    await publish(testDb.db.pool, { tenantId: tenantB.tenantId, type: "test.marker", data: { n: 1 } });
    await waitFor(() => named(otherTenantOnB, "test.marker").length === 1, "el marcador llega al operador B");
    expect(otherTenantOnB.events.map((e) => e.event)).toEqual(["test.marker"]);
  });

  it("a message addressed to one user reaches only that user's streams", async () => {
    const advisorOnB = await connect(urlB, advisorA);
    const supervisorOnA = await connect(urlA, supervisorA);
    const advisorOnA = await connect(urlA, advisorA);
    await publish(testDb.db.pool, {
      tenantId: tenantA.tenantId,
      userId: tenantA.users.advisor!.id,
      type: "import.progress",
      data: { done: 10, total: 20 },
    });
    await publish(testDb.db.pool, { tenantId: tenantA.tenantId, type: "test.marker", data: { n: 2 } });
    for (const client of [advisorOnB, supervisorOnA, advisorOnA]) {
      await waitFor(() => named(client, "test.marker").length === 1, "el marcador llega");
    }
    expect(named(advisorOnB, "import.progress").map((e) => e.data)).toEqual([{ done: 10, total: 20 }]);
    expect(named(advisorOnA, "import.progress")).toHaveLength(1);
    expect(named(supervisorOnA, "import.progress")).toHaveLength(0);
  });

  it("a message published inside a transaction leaves only if it commits", async () => {
    const client = await connect(urlB, advisorA);
    await testDb.db
      .tenant(tenantA.tenantId, async (tx) => {
        await publish(tx, { tenantId: tenantA.tenantId, type: "test.rolled_back", data: {} });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    await testDb.db.tenant(tenantA.tenantId, (tx) =>
      publish(tx, { tenantId: tenantA.tenantId, type: "test.committed", data: {} }),
    );
    await waitFor(() => named(client, "test.committed").length === 1, "el mensaje confirmado llega");
    expect(named(client, "test.rolled_back")).toHaveLength(0);
  });

  it("closing an instance ends its open streams instead of waiting for the browsers", async () => {
    const extra = await buildTestApp(testDb);
    const url = await extra.app.listen({ port: 0, host: "127.0.0.1" });
    const client = await connect(url, supervisorA);
    const started = Date.now();
    await extra.close();
    await client.ended;
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
