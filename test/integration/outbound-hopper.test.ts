import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DialerEngine, SimulatedTelephony } from "../../src/modules/dialer/index.js";
import { claimFromHopper, fillHopper } from "../../src/modules/dialer/repo.js";
import { createDb, type Db } from "../../src/platform/db/pool.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The hopper hands each record out once across app instances: two pools (two "instances") claim at once.

let testDb: TestDatabase;
let tenant: TestTenant;
let other: Db;
const RECORDS = 240;
/** Monday 2026-12-07 10:00 in Bogotá: inside the CO contact window. */
const NOW = DateTime.fromISO("2026-12-07T10:00", { zone: "America/Bogota" }).toJSDate();

async function seedCampaign(code: string, agents: number): Promise<string> {
  return testDb.db.tenant(tenant.tenantId, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      "INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope, pacing_mode) VALUES (current_tenant_id(), $1, $1, 'co', 'progressive') RETURNING id",
      [code],
    );
    const campaignId = rows[0]!.id;
    await tx.query(
      `WITH c AS (
         INSERT INTO customers (tenant_id, code, document_id, full_name)
         SELECT current_tenant_id(), $2 || '-' || g, '9' || g, 'Cliente ' || g FROM generate_series(1, $3) g RETURNING id, code
       ), r AS (
         INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, priority)
         SELECT current_tenant_id(), $1, c.id, 'fidelizacion', 1 + (split_part(c.code, '-', 3)::int % 3) FROM c RETURNING id, customer_id
       )
       INSERT INTO contact_phones (tenant_id, record_id, phone, position)
       SELECT current_tenant_id(), r.id, ($4::bigint + split_part(c.code, '-', 3)::int)::text, 1 FROM r JOIN c ON c.id = r.customer_id`,
      [campaignId, code, RECORDS, code.endsWith("a") ? 3001000000 : 3002000000],
    );
    const users = Object.values(tenant.users).slice(0, agents);
    for (const user of users) {
      await tx.query(
        "INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, state_since) VALUES (current_tenant_id(), $1, $2, 'ready', $3)",
        [user.id, campaignId, NOW],
      );
    }
    return campaignId;
  });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "tolva");
  other = createDb(testDb.url, 8);
});
afterAll(async () => {
  await other?.close();
  await testDb?.drop();
});

describe("the hopper across two app instances", () => {
  it("hands every record out exactly once when two pools claim concurrently", async () => {
    const campaignId = await seedCampaign("tolva-a", 0);
    await testDb.db.tenant(tenant.tenantId, (tx) => fillHopper(tx, campaignId, RECORDS, NOW, "2026-12-07"));
    const taken: string[] = [];
    const worker = (db: Db) => async () => {
      for (;;) {
        const batch = await db.tenant(tenant.tenantId, (tx) => claimFromHopper(tx, campaignId, 3));
        if (batch.length === 0) return;
        taken.push(...batch);
      }
    };
    await Promise.all([1, 2, 3, 4].flatMap(() => [worker(testDb.db)(), worker(other)()]));
    expect(taken).toHaveLength(RECORDS);
    expect(new Set(taken).size).toBe(RECORDS);
  });

  it("hands out the best priority first, and only the tenant's own hopper", async () => {
    const campaignId = await seedCampaign("tolva-c", 0);
    await testDb.db.tenant(tenant.tenantId, (tx) => fillHopper(tx, campaignId, RECORDS, NOW, "2026-12-07"));
    const stranger = await buildTenant(testDb.db, "tolva-ajena");
    expect(await testDb.db.tenant(stranger.tenantId, (tx) => claimFromHopper(tx, campaignId, 10))).toEqual([]);
    const priorities = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const first = await claimFromHopper(tx, campaignId, 5);
      const { rows } = await tx.query<{ priority: number }>("SELECT priority FROM contact_records WHERE id = ANY($1)", [first]);
      return rows.map((r) => r.priority);
    });
    expect(priorities).toEqual([1, 1, 1, 1, 1]);
  });

  it("two dialers ticking at once never dial a number twice", async () => {
    const campaignId = await seedCampaign("tolva-b", 12);
    const portA = new SimulatedTelephony({ mode: "manual" });
    const portB = new SimulatedTelephony({ mode: "manual" });
    const a = new DialerEngine(testDb.db, portA, "instancia-a", () => NOW);
    const b = new DialerEngine(other, portB, "instancia-b", () => NOW);
    for (let round = 0; round < 3; round++) {
      await Promise.all([a.tick(tenant.tenantId, campaignId), b.tick(tenant.tenantId, campaignId)]);
    }
    const dialled = [...portA.originated, ...portB.originated].map((o) => o.to);
    expect(dialled.length).toBeGreaterThan(0);
    expect(dialled.length).toBeLessThanOrEqual(12);
    expect(new Set(dialled).size).toBe(dialled.length);
    const live = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const { rows } = await tx.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM dialer_calls WHERE campaign_id = $1 AND status <> 'ended'",
        [campaignId],
      );
      return rows[0]!.n;
    });
    expect(live).toBe(dialled.length);
  });
});
