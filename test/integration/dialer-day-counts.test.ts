import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndicator, readIndicatorRows } from "../../src/modules/indicators/index.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { createCampaign, createCustomers } from "../support/outbound.js";

// Migration 0070: seed 002's dialer indicators read per-day counters a trigger keeps on contact_records. Records
// inserted, dialled, dispositioned, moved to another month, to another campaign and deleted must leave every value
// equal to its drill-down over the records themselves (the engine's invariant), in every dimension.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "contadores-marcador");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  await createCustomers(admin, "dc", 8);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const CODES = ["dialer.contactability", "dialer.effectiveness", "dialer.fcr"];
const today = () => DateTime.now().setZone("America/Bogota").toISODate()!;

/** Every value of the three dialer indicators against its drill-down; how many values were checked. */
async function checkAgainstRecords(): Promise<number> {
  let checked = 0;
  await testDb.db.tenant(tenant.tenantId, async (tx) => {
    for (const code of CODES) {
      for (const dimension of ["total", "campaign", "list_type"]) {
        const report = await readIndicator(tx, { code, last: today(), grain: "month", periods: 12, dimension });
        for (const series of report.series) {
          for (const cell of series.cells.filter((c) => c.denominator !== null)) {
            const page = await readIndicatorRows(tx, {
              code,
              period: cell.period,
              grain: "month",
              dimension,
              key: series.key,
              limit: 5,
              offset: 0,
            });
            expect(page.totals.numerator, `${code} ${dimension}=${series.key} ${cell.period}`).toBe(cell.numerator);
            expect(page.totals.denominator, `${code} ${dimension}=${series.key} ${cell.period}`).toBe(cell.denominator);
            checked++;
          }
        }
      }
    }
  });
  return checked;
}

describe("the dialer's day counters (migration 0070)", () => {
  it("keep every dialer indicator equal to its records through inserts, dials, dispositions, moves and deletes", async () => {
    const first = await createCampaign(supervisor, "contadores-a");
    const second = await createCampaign(supervisor, "contadores-b");
    const ids = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const { rows: customers } = await tx.query<{ id: string }>(
        "SELECT id FROM customers WHERE code LIKE 'C-dc-%' ORDER BY code",
      );
      const found = customers.map((c) => c.id);
      // Two months ago and now; cancellation and loyalty lists; dispositioned «retenido», resolved at first contact, neither.
      await tx.query(
        `INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, status, attempts, last_attempt_at, disposition)
         VALUES (current_tenant_id(), $1, $3, 'cancelaciones', 'closed', 2, now() - interval '2 months',
                 '{"dispositionCode":"retenido","resolution":"first_contact"}'),
                (current_tenant_id(), $1, $4, 'cancelaciones', 'closed', 1, now(), '{"dispositionCode":"no_retenido","resolution":"follow_up"}'),
                (current_tenant_id(), $1, $5, 'fidelizacion', 'exhausted', 3, now(), NULL),
                (current_tenant_id(), $2, $6, 'fidelizacion', 'closed', 1, now(), '{"dispositionCode":"acepta","resolution":"first_contact"}'),
                (current_tenant_id(), $2, $7, 'cancelaciones', 'pending', 0, NULL, NULL),
                (current_tenant_id(), $2, $8, 'cancelaciones', 'closed', 0, now(), '{"dispositionCode":"retenido","resolution":"first_contact"}')`,
        [first, second, ...found.slice(0, 6)],
      );
      return found;
    });
    expect(await checkAgainstRecords()).toBeGreaterThan(0);
    await testDb.db.tenant(tenant.tenantId, async (tx) => {
      // The pending record is dialled and reached; one moves to last month; one changes campaign; one is deleted;
      // a status-only change (the dialer taking a record) counts nothing.
      await tx.query(
        `UPDATE contact_records SET attempts = 1, last_attempt_at = now(), disposition = '{"dispositionCode":"retenido"}'
          WHERE customer_id = $1`,
        [ids[4]],
      );
      await tx.query("UPDATE contact_records SET last_attempt_at = now() - interval '1 month' WHERE customer_id = $1", [ids[1]]);
      await tx.query("UPDATE contact_records SET campaign_id = $2 WHERE customer_id = $1", [ids[2], second]);
      await tx.query("UPDATE contact_records SET status = 'dialing' WHERE customer_id = $1", [ids[3]]);
      await tx.query("DELETE FROM contact_records WHERE customer_id = $1", [ids[0]]);
    });
    expect(await checkAgainstRecords()).toBeGreaterThan(0);
    const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query<{ managed: string; dispositioned: string; retained: string }>(
        "SELECT sum(managed) AS managed, sum(dispositioned) AS dispositioned, sum(retained) AS retained FROM contact_record_day_counts",
      ),
    );
    // Left: 4 dialled (one with no attempt counts as dispositioned only), 4 dispositioned, 2 «retenido».
    expect(rows[0]).toEqual({ managed: "4", dispositioned: "4", retained: "2" });
  });
});
