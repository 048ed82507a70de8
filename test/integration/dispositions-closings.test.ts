import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbound } from "../../src/modules/integrations/commands/deliver-outbound.js";
import { systemActor } from "../../src/platform/context.js";
import { outboundHooks } from "../../src/platform/manifest.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  CAMPAIGN,
  caseApi,
  queueCancellationRequest,
  type ServiceCustomer,
  seedServiceCustomers,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Closing instructions between Fideliza and the billing system: sending, its answers, overdue flags.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;
let advisor: Session;
let customers: ServiceCustomer[];
const caseIds: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "cierres-ec", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  customers = await seedServiceCustomers(admin, "ci", 5);
  for (const [index, customer] of customers.entries()) {
    const id = await queueCancellationRequest(supervisor, customer, `CI-${index}`);
    const done = await caseApi(advisor).dispose(id, "NO_APLICA", "QUEJA_DUPLICADA");
    expect(done.statusCode, done.body).toBe(200);
    caseIds.push(id);
  }
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const instructionOf = async (caseId: string) => (await caseApi(supervisor).detail(caseId)).instructions[0];
const timelineActions = async (caseId: string): Promise<string[]> =>
  (await supervisor.request({ url: `/api/timeline/complaint_case/${caseId}` }))
    .json()
    .events.map((e: { action: string }) => e.action);

async function outboundMessageOf(instructionId: string): Promise<string> {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ outbound_message_id: string }>("SELECT outbound_message_id FROM closing_instructions WHERE id = $1", [
      instructionId,
    ]),
  );
  return rows[0]!.outbound_message_id;
}

describe("the billing system answers", () => {
  it("a refusal marks that instruction failed, on its case's timeline; the others are untouched", async () => {
    const [first, second] = [await instructionOf(caseIds[0]!), await instructionOf(caseIds[1]!)];
    const sent = await supervisor.request({
      method: "POST",
      url: "/api/closing-instructions/send",
      payload: { ids: [first.id, second.id] },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const refusing = { deliver: async () => ({ ok: false as const, kind: "permanent" as const, error: "400 queja cerrada" }) };
    await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const ctx = { tx, actor: systemActor(tenant.tenantId), now: new Date() };
      expect(
        await deliverOutbound({ messageId: await outboundMessageOf(first.id) }, ctx, outboundHooks(), async () => refusing),
      ).toBe(true);
    });
    expect(await instructionOf(caseIds[0]!)).toMatchObject({ id: first.id, status: "failed" });
    expect(await instructionOf(caseIds[1]!)).toMatchObject({ id: second.id, status: "queued" });
    expect(await timelineActions(caseIds[0]!)).toContain("closing_instruction_failed");
    expect(await timelineActions(caseIds[1]!)).not.toContain("closing_instruction_failed");
  });
});

describe("a campaign-wide send", () => {
  it("queues every ready instruction with its own message, one event each on its case's timeline", async () => {
    const sent = await supervisor.request({
      method: "POST",
      url: "/api/closing-instructions/send",
      payload: { campaign: CAMPAIGN },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const queued: Array<{ id: string; caseId: string; status: string }> = sent.json().queued;
    expect(queued.map((i) => i.caseId).sort()).toEqual(caseIds.slice(2).sort());
    const messages = new Set<string>();
    for (const instruction of queued) {
      const messageId = await outboundMessageOf(instruction.id);
      messages.add(messageId);
      const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
        tx.query<{ payload: { instructionId: string } }>("SELECT payload FROM outbound_messages WHERE id = $1", [messageId]),
      );
      expect(rows[0]!.payload.instructionId).toBe(instruction.id);
      expect(await instructionOf(instruction.caseId)).toMatchObject({ status: "queued" });
      const actions = await timelineActions(instruction.caseId);
      expect(actions.filter((action) => action === "outbound_queued")).toHaveLength(1);
      expect(actions).not.toContain("closing_instruction_queued");
    }
    expect(messages.size).toBe(queued.length);
  });
});
