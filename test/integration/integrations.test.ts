import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type JobWorker, startWorker } from "../../src/app/worker/worker.js";
import { signBody } from "../../src/modules/integrations/adapters.js";
import { deliverOutbound } from "../../src/modules/integrations/commands/deliver-outbound.js";
import { type EnqueueOutboundInput, enqueueOutbound } from "../../src/modules/integrations/commands/enqueue-outbound.js";
import { updateIntegrationSettings } from "../../src/modules/integrations/commands/update-integration-settings.js";
import type { OutboundHooks } from "../../src/modules/integrations/hooks.js";
import { findOutbound, type OutboundRow } from "../../src/modules/integrations/repo.js";
import { MAX_ATTEMPTS } from "../../src/modules/integrations/rules.js";
import { outboundTimers } from "../../src/modules/integrations/timers.js";
import { type CommandContext, systemActor } from "../../src/platform/context.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let other: TestTenant;
const workers: JobWorker[] = [];

/** A stand-in for the operator's billing system: answers with whatever the test queues. */
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
const answers: Array<{ status: number; body: unknown }> = [];
let webhook: http.Server;
let webhookUrl: string;

const inTenant = <T>(work: (ctx: CommandContext) => Promise<T>, tenantId = tenant.tenantId, now = new Date()) =>
  testDb.db.tenant(tenantId, (tx) => work({ tx, actor: systemActor(tenantId), now }));

const message = (key: string): EnqueueOutboundInput => ({
  adapter: "billing",
  operation: "billing_claim.file",
  idempotencyKey: key,
  subjectType: "retention_case",
  subjectId: `case-${key}`,
  payload: { claimType: "bill_waiver", amount: 0 },
});

const deliver = (id: string, hooks: OutboundHooks = {}, now = new Date()) =>
  inTenant((ctx) => deliverOutbound({ messageId: id }, ctx, hooks), tenant.tenantId, now);
const load = (id: string) => inTenant(({ tx }) => findOutbound(tx, id)) as Promise<OutboundRow>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "integraciones");
  other = await buildTenant(testDb.db, "integraciones-otro");
  testApp = await buildTestApp(testDb);
  webhook = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const answer = answers.shift() ?? { status: 200, body: { reference: "RAD-1" } };
      response.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/facturacion`;
});
afterEach(async () => {
  for (const running of workers.splice(0)) await running.stop();
});
afterAll(async () => {
  await testApp?.close();
  webhook?.close();
  await testDb?.drop();
});

describe("outbound messages through adapters", () => {
  it("the same request twice is one message; the simulator answers with a reference and the hook records it", async () => {
    const first = await inTenant((ctx) => enqueueOutbound(message("dup"), ctx));
    const second = await inTenant((ctx) => enqueueOutbound({ ...message("dup"), payload: { other: true } }, ctx));
    expect(first.isNew).toBe(true);
    expect(second).toMatchObject({ isNew: false, message: { id: first.message.id, payload: { claimType: "bill_waiver" } } });

    const seen: string[] = [];
    const hooks: OutboundHooks = { "billing_claim.file": { onSent: async (sent) => void seen.push(sent.reference!) } };
    expect(await deliver(first.message.id, hooks)).toBe(true);
    const sent = await load(first.message.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, reference: `FAC-${String(sent.number).padStart(6, "0")}` });
    expect(seen).toEqual([sent.reference]);
    // A repeated firing of a delivered message does nothing.
    expect(await deliver(first.message.id, hooks)).toBe(false);
    expect(seen).toHaveLength(1);

    const actions = await inTenant(({ tx }) =>
      tx.query("SELECT action FROM events WHERE subject_type = 'retention_case' AND subject_id = 'case-dup' ORDER BY id"),
    );
    expect(actions.rows.map((r) => r.action)).toEqual(["outbound_queued", "outbound_sent"]);
  });

  it("a message enqueued in a transaction that rolls back never exists", async () => {
    await expect(
      inTenant(async (ctx) => {
        await enqueueOutbound(message("rolled-back"), ctx);
        throw new Error("la operación falla después");
      }),
    ).rejects.toThrow();
    const count = await inTenant(({ tx }) =>
      tx.query("SELECT count(*)::int AS n FROM outbound_messages WHERE idempotency_key = 'rolled-back'"),
    );
    expect(count.rows[0].n).toBe(0);
  });

  it("a webhook gets the signed message; 5xx is retried later, 4xx is given up at once", async () => {
    await inTenant((ctx) =>
      updateIntegrationSettings("billing", { mode: "webhook", url: webhookUrl, secret: "secreto-compartido-123" }, ctx),
    );

    const { message: queued } = await inTenant((ctx) => enqueueOutbound(message("hook"), ctx));
    answers.push({ status: 503, body: { error: "mantenimiento" } });
    const now = new Date();
    await deliver(queued.id, {}, now);
    const retrying = await load(queued.id);
    expect(retrying).toMatchObject({ status: "pending", attempts: 1 });
    expect(retrying.last_error).toContain("503");
    expect(retrying.next_attempt_at!.getTime()).toBe(now.getTime() + 30_000);

    answers.push({ status: 201, body: { reference: "RAD-2026-0001" } });
    await deliver(queued.id);
    expect(await load(queued.id)).toMatchObject({ status: "sent", attempts: 2, reference: "RAD-2026-0001" });
    const last = received.at(-1)!;
    expect(last.headers["idempotency-key"]).toBe("hook");
    expect(last.headers["x-fideliza-signature"]).toBe(signBody("secreto-compartido-123", last.body));
    expect(JSON.parse(last.body)).toMatchObject({ operation: "billing_claim.file", payload: { claimType: "bill_waiver" } });

    const { message: refused } = await inTenant((ctx) => enqueueOutbound(message("refused"), ctx));
    answers.push({ status: 422, body: { error: "cuenta inexistente" } });
    await deliver(refused.id);
    expect(await load(refused.id)).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("after the last attempt the message is failed; an admin retries it over the API, others may not", async () => {
    const { message: queued } = await inTenant((ctx) => enqueueOutbound(message("exhausted"), ctx));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) answers.push({ status: 500, body: {} });
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) await deliver(queued.id);
    expect(await load(queued.id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });

    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const listed = await supervisor.request({ url: "/api/outbound?status=failed" });
    expect(listed.json().map((m: { idempotencyKey: string }) => m.idempotencyKey)).toContain("exhausted");
    expect((await supervisor.request({ method: "POST", url: `/api/outbound/${queued.id}/retry` })).statusCode).toBe(403);

    const admin = await login(testApp.app, tenant.users.admin!.email);
    const retried = await admin.request({ method: "POST", url: `/api/outbound/${queued.id}/retry` });
    expect(retried.json()).toMatchObject({ status: "pending", attempts: 0 });
    const again = await admin.request({ method: "POST", url: `/api/outbound/${queued.id}/retry` });
    expect(again.statusCode).toBe(409);

    const otherAdmin = await login(testApp.app, other.users.admin!.email);
    expect((await otherAdmin.request({ method: "POST", url: `/api/outbound/${queued.id}/retry` })).statusCode).toBe(404);
    expect((await otherAdmin.request({ url: "/api/outbound" })).json()).toEqual([]);
  });

  it("the durable worker delivers a queued message on its own", async () => {
    await inTenant((ctx) => updateIntegrationSettings("field_service", { mode: "simulator" }, ctx));
    const { message: queued } = await inTenant((ctx) =>
      enqueueOutbound({ ...message("worker"), adapter: "field_service", operation: "work_order.create" }, ctx),
    );
    workers.push(await startWorker({ db: testDb.db, pollInterval: 100, timers: outboundTimers(() => ({})) }));
    const sent = await waitFor(async () => ((await load(queued.id)).status === "sent" ? load(queued.id) : null), "entrega");
    expect(sent?.reference).toMatch(/^OT-\d{6}$/);
  });

  it("admins configure each system over the API; the secret is never shown", async () => {
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const missingUrl = await admin.request({
      method: "PUT",
      url: "/api/integrations/provisioning",
      payload: { mode: "webhook" },
    });
    expect(missingUrl.statusCode).toBe(400);
    expect(missingUrl.json().field).toBe("url");
    const saved = await admin.request({
      method: "PUT",
      url: "/api/integrations/provisioning",
      payload: { mode: "webhook", url: "https://operador.example/activaciones", secret: "otro-secreto-largo-1" },
    });
    expect(saved.statusCode).toBe(200);
    const provisioning = saved.json().find((s: { adapter: string }) => s.adapter === "provisioning");
    expect(provisioning).toMatchObject({ mode: "webhook", url: "https://operador.example/activaciones", hasSecret: true });
    expect(saved.body).not.toContain("otro-secreto-largo-1");
  });
});
