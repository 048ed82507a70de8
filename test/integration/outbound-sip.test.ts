import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BaresipTelephony, DialerEngine } from "../../src/modules/dialer/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

// The dialer through a real SIP stack on 127.0.0.1: baresip (one process per channel, ctrl_tcp) calls SIPp
// customers who answer, are busy, reject, are invalid numbers and ring out. Every process is started here and
// ended by pid. Skipped where Debian's baresip-core and sip-tester are not installed (.ci/run installs them).

const HAVE_SIP = existsSync("/usr/bin/baresip") && existsSync("/usr/bin/sipp");
const FIXTURES = new URL("../fixtures/sipp/", import.meta.url).pathname;
/** The customers, by the number's last digit: SIPp scenario and port. */
const CUSTOMERS = [
  { phone: "3005550001", args: ["-sn", "uas"], port: 5190, expected: "completed" },
  { phone: "3005550002", args: ["-sf", `${FIXTURES}busy.xml`], port: 5191, expected: "busy" },
  { phone: "3005550003", args: ["-sf", `${FIXTURES}reject.xml`], port: 5192, expected: "rejected" },
  { phone: "3005550004", args: ["-sf", `${FIXTURES}invalid.xml`], port: 5193, expected: "invalid" },
  { phone: "3005550005", args: ["-sf", `${FIXTURES}noanswer.xml`], port: 5194, expected: "no_answer" },
];
const NOW = DateTime.fromISO("2026-12-07T10:00", { zone: "America/Bogota" }).toJSDate();

let testDb: TestDatabase;
let tenant: TestTenant;
let sip: BaresipTelephony;
const customers: ChildProcess[] = [];

describe.skipIf(!HAVE_SIP)("the dialer on real SIP (baresip + SIPp on 127.0.0.1)", () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    tenant = await buildTenant(testDb.db, "sip-real");
    for (const c of CUSTOMERS) {
      customers.push(spawn("sipp", [...c.args, "-i", "127.0.0.1", "-p", String(c.port), "-m", "1"], { stdio: "ignore" }));
    }
    sip = new BaresipTelephony({
      channels: CUSTOMERS.length,
      sipPort: 5160,
      controlPort: 5180,
      uriFor: (number) => `sip:${number}@127.0.0.1:${CUSTOMERS.find((c) => c.phone === number)!.port}`,
    });
    await sip.start();
  });
  afterAll(async () => {
    await sip?.close();
    for (const child of customers) {
      if (child.exitCode === null && child.pid) process.kill(child.pid, "SIGTERM");
    }
    await testDb?.drop();
  });

  it("places the calls, hands the answered one to the ready advisor, and records each SIP outcome", {
    timeout: 60_000,
  }, async () => {
    const advisors = Object.values(tenant.users).slice(0, CUSTOMERS.length);
    const campaignId = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        "INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope, pacing_mode) VALUES (current_tenant_id(), 'sip', 'SIP', 'co', 'progressive') RETURNING id",
      );
      for (const [i, c] of CUSTOMERS.entries()) {
        const customer = await tx.query<{ id: string }>(
          "INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES (current_tenant_id(), $1, $2, $3) RETURNING id",
          [`C-sip-${i}`, `70${i}`, `Cliente SIP ${i}`],
        );
        const record = await tx.query<{ id: string }>(
          "INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, priority) VALUES (current_tenant_id(), $1, $2, 'fidelizacion', $3) RETURNING id",
          [rows[0]!.id, customer.rows[0]!.id, i + 1],
        );
        await tx.query(
          "INSERT INTO contact_phones (tenant_id, record_id, phone, position) VALUES (current_tenant_id(), $1, $2, 1)",
          [record.rows[0]!.id, c.phone],
        );
      }
      for (const advisor of advisors.slice(0, 2)) {
        await tx.query(
          "INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, state_since) VALUES (current_tenant_id(), $1, $2, 'ready', $3)",
          [advisor.id, rows[0]!.id, NOW],
        );
      }
      return rows[0]!.id;
    });
    // Predictive at level 3 with two ready advisors: every number at once, one channel each.
    await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("UPDATE outbound_campaigns SET pacing_mode = 'predictive', dial_level = 3, dial_level_at = $2 WHERE id = $1", [
        campaignId,
        NOW,
      ]),
    );
    const engine = new DialerEngine(testDb.db, sip, "sip-instancia", () => NOW);
    const calls = () =>
      testDb.db.tenant(tenant.tenantId, async (tx) => {
        const { rows } = await tx.query<{
          id: string;
          phone: string;
          status: string;
          outcome: string | null;
          agent_id: string | null;
        }>("SELECT id, phone, status, outcome, agent_id FROM dialer_calls WHERE campaign_id = $1 ORDER BY phone", [campaignId]);
        return rows;
      });
    const placed = (await engine.tick(tenant.tenantId, campaignId)).placed;
    expect(placed).toBe(CUSTOMERS.length);
    const bridged = (await waitFor(
      async () => (await calls()).find((c) => c.status === "bridged"),
      "la llamada contestada llega al asesor",
    ))!;
    expect(bridged.phone).toBe("3005550001");
    expect(advisors.slice(0, 2).map((a) => a.id)).toContain(bridged.agent_id);
    // The advisor hangs up: baresip sends BYE, the call completes and the advisor is in wrap-up.
    await sip.hangUp(bridged.id);
    await waitFor(async () => (await calls()).find((c) => c.id === bridged.id)?.status === "ended", "la llamada termina");
    // The others end by themselves; the one that rings out is CANCELled at the catalog's ring timeout.
    await waitFor(
      async () => (await calls()).every((call) => call.status === "ended"),
      "cada número con su resultado",
      45_000,
      500,
    );
    const outcomes = Object.fromEntries((await calls()).map((c) => [c.phone, c.outcome]));
    expect(outcomes).toEqual(Object.fromEntries(CUSTOMERS.map((c) => [c.phone, c.expected])));
  });
});
