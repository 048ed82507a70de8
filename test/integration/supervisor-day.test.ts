import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Issue 13 §5, the supervisor's day: one request gives the campaigns' queues, the agents by state, the deadlines
// at risk or breached and today's indicators; only a supervisor reads it, and only their operator's.

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
const freshTenant = () => buildTenant(testDb.db, `dia-${++count}`, "CO");

/** A campaign with two records waiting in the hopper, one call ringing, and the advisor paused on it. */
async function busyCampaign(tenant: TestTenant): Promise<string> {
  return testDb.db.tenant(tenant.tenantId, async (tx) => {
    const campaign = await tx.query(
      "INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope) VALUES (current_tenant_id(), 'premium', 'Premium hogar', 'default') RETURNING id",
    );
    const campaignId: string = campaign.rows[0].id;
    for (let i = 0; i < 3; i++) {
      const customer = await tx.query(
        "INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES (current_tenant_id(), 'C-' || gen_random_uuid(), '1', 'Ana Ruiz') RETURNING id",
      );
      const record = await tx.query(
        "INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type) VALUES (current_tenant_id(), $1, $2, 'fidelizacion') RETURNING id",
        [campaignId, customer.rows[0].id],
      );
      if (i < 2)
        await tx.query(
          "INSERT INTO dialer_hopper (tenant_id, record_id, campaign_id, priority, queued_at) VALUES (current_tenant_id(), $1, $2, 1, now())",
          [record.rows[0].id, campaignId],
        );
      else
        await tx.query(
          `INSERT INTO dialer_calls (tenant_id, campaign_id, record_id, customer_id, phone, instance, status, dialed_at)
           VALUES (current_tenant_id(), $1, $2, $3, '3001234567', 'test', 'ringing', now())`,
          [campaignId, record.rows[0].id, customer.rows[0].id],
        );
    }
    await tx.query(
      "INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, pause_reason, state_since) VALUES (current_tenant_id(), $1, $2, 'paused', 'break', now())",
      [tenant.users.advisor!.id, campaignId],
    );
    return campaignId;
  });
}

const HOUR = 3_600_000;
const rule = { subjectType: "retention_case", kind: "xpress_fix", rule: { amount: 2, unit: "hours" } };

describe("the supervisor's day", () => {
  it("gives the queue, the agents, the deadlines at risk and breached, and today's indicators in one request", async () => {
    const tenant = await freshTenant();
    const campaignId = await busyCampaign(tenant);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    // Started 1 h 50 min ago: past its 80 % warning, due in 10 min. Started 3 h ago: due an hour ago.
    for (const [subjectId, ago] of [
      ["RC-1", 110 * 60_000],
      ["RC-2", 3 * HOUR],
    ] as const) {
      const started = await advisor.request({
        method: "POST",
        url: "/api/deadlines",
        payload: { ...rule, subjectId, startedAt: new Date(Date.now() - ago).toISOString() },
      });
      expect(started.statusCode, started.body).toBe(201);
    }
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const response = await supervisor.request({ url: "/api/supervision/day" });
    expect(response.statusCode, response.body).toBe(200);
    const day = response.json();
    expect(day.campaigns).toEqual([
      { id: campaignId, name: "Premium hogar", hopperDepth: 2, ringing: 1, waiting: 0, onCall: 0, callsToday: 1 },
    ]);
    expect(day.agents).toEqual({ ready: 0, onCall: 0, wrapUp: 0, paused: 1 });
    expect(day.deadlines).toMatchObject({
      atRisk: 1,
      breachedToday: 1,
      // Each alert names its subject, so the page can open the case it is about.
      soonest: [{ kind: "xpress_fix", subjectType: "retention_case", subjectId: "RC-1" }],
      breached: [{ kind: "xpress_fix", subjectType: "retention_case", subjectId: "RC-2" }],
    });
    expect(day.events).toEqual(expect.arrayContaining(["outbound.agent_changed", "deadline.at_risk"]));
    expect(day.indicators.map((i: { code: string }) => i.code)).toEqual([
      "dialer.contactability",
      "dialer.effectiveness",
      "dialer.fcr",
      "quality.emitted",
      "surveys.nps",
      "workforce.absenteeism",
    ]);
    // No monitoring today: no data, never 0 %; its goal is 90 %.
    expect(day.indicators[3]).toMatchObject({ value: null, verdict: null, target: 90 });
  });

  it("refuses a role without supervision and never shows another operator's data", async () => {
    const tenant = await freshTenant();
    await busyCampaign(tenant);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const refused = await advisor.request({ url: "/api/supervision/day" });
    expect(refused.statusCode).toBe(403);
    const other = await freshTenant();
    const theirs = (
      await (await login(testApp.app, other.users.supervisor!.email)).request({ url: "/api/supervision/day" })
    ).json();
    expect(theirs.campaigns).toEqual([]);
    expect(theirs.agents).toEqual({ ready: 0, onCall: 0, wrapUp: 0, paused: 0 });
    expect(theirs.deadlines).toEqual({ atRisk: 0, breachedToday: 0, soonest: [], breached: [] });
  });
});
