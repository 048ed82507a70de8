import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstContactRecontacts, type TypedInteraction } from "../../src/modules/dialer/index.js";
import { DIALER_INDICATORS } from "../../src/modules/dialer/indicators.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorRows } from "../support/indicators.js";
import { createCampaign, createCustomers } from "../support/outbound.js";

// Seed 002's FCR: of the interactions handled as resolved at first contact, those the customer did not come
// back about on the same typology within the dialer catalog's window (7 days, half-open), on hand-computed data.

const FCR = definitionOf(DIALER_INDICATORS, "dialer.fcr");
const JULY = { from: "2025-07-01T05:00:00Z", to: "2025-08-01T05:00:00Z" };

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

interface Interaction {
  campaign: string;
  customer: number;
  typology: string;
  spc: boolean;
  /** UTC instant. */
  at: string;
}

describe("FCR (seed 002)", () => {
  it("discounts a re-contact on the same typology within 7 days; one exactly 7 days later, another typology or another month's resolution do not", async () => {
    const tenant = await buildTenant(testDb.db, "fcr-window", "CO");
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const customers = await createCustomers(admin, "fcr", 4);
    const campaigns = { a: await createCampaign(admin, "fcr-a"), b: await createCampaign(admin, "fcr-b") };
    const interactions: Interaction[] = [
      // 1: resolved; the same typology again exactly 7 days later is outside the window → still resolved.
      { campaign: "a", customer: 1, typology: "falla", spc: true, at: "2025-07-01T15:00:00Z" },
      { campaign: "b", customer: 1, typology: "falla", spc: false, at: "2025-07-08T15:00:00Z" },
      // 2: resolved, back one minute inside the window → re-contacted; that second resolution stands.
      { campaign: "a", customer: 2, typology: "falla", spc: true, at: "2025-07-02T15:00:00Z" },
      { campaign: "b", customer: 2, typology: "falla", spc: true, at: "2025-07-09T14:59:00Z" },
      // 3: back the next day on another typology → still resolved.
      { campaign: "a", customer: 3, typology: "falla", spc: true, at: "2025-07-03T15:00:00Z" },
      { campaign: "b", customer: 3, typology: "cambio_plan", spc: false, at: "2025-07-04T15:00:00Z" },
      // 4: resolved on July 31st, 20:00 in Bogotá (August in UTC), back in August → July's, re-contacted.
      { campaign: "a", customer: 4, typology: "falla", spc: true, at: "2025-08-01T01:00:00Z" },
      { campaign: "b", customer: 4, typology: "falla", spc: false, at: "2025-08-02T15:00:00Z" },
    ];
    const ids: Record<string, string> = {};
    await testDb.db.tenant(tenant.tenantId, async (tx) => {
      for (const i of interactions) {
        const disposition = {
          dispositionCode: i.typology,
          dispositionName: i.typology === "falla" ? "Falla del servicio" : "Cambio de plan",
          resolution: i.spc ? "first_contact" : "case",
          decidedAt: i.at,
        };
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, status, attempts, last_attempt_at, closure, disposition)
           VALUES ($1, $2, $3, 'soporte', 'closed', 1, $4, 'closed', $5) RETURNING id`,
          [tenant.tenantId, campaigns[i.campaign as "a" | "b"], customers[i.customer - 1]!.id, i.at, disposition],
        );
        ids[`${i.campaign}${i.customer}`] = rows[0]!.id;
      }
    });

    // July: five resolutions at first contact (a1, a2, a3, a4, b2), two of them re-contacted (a2, a4): 3 ÷ 5.
    const [july] = await expectRowsAddUp(testDb.db, tenant.tenantId, FCR, JULY);
    expect(july).toEqual({ period: "2025-07-01", key: "total", label: null, numerator: 3, denominator: 5 });
    const byCampaign = await expectRowsAddUp(testDb.db, tenant.tenantId, FCR, { ...JULY, dimension: "campaign" });
    expect(byCampaign.map((v) => [v.key, v.label, v.numerator, v.denominator]).sort()).toEqual([
      ["fcr-a", "Campaña fcr-a", 2, 4],
      ["fcr-b", "Campaña fcr-b", 1, 1],
    ]);
    const rows = await indicatorRows(testDb.db, tenant.tenantId, FCR, JULY, "2025-07-01");
    expect(rows.map((r) => [r.customer, r.resolved_at, r.recontact_at, Number(r.numerator_weight)])).toEqual([
      ["Cliente fcr 1 Restrepo", "2025-07-01 10:00", null, 1],
      ["Cliente fcr 2 Restrepo", "2025-07-02 10:00", "2025-07-09 09:59", 0],
      ["Cliente fcr 3 Restrepo", "2025-07-03 10:00", null, 1],
      ["Cliente fcr 2 Restrepo", "2025-07-09 09:59", null, 1],
      ["Cliente fcr 4 Restrepo", "2025-07-31 20:00", "2025-08-02 10:00", 0],
    ]);
    expect(rows[0]).toMatchObject({ typology: "Falla del servicio", campaign: "Campaña fcr-a" });

    // The dialer's pure rule on the same interactions agrees with the SQL.
    const typed: TypedInteraction[] = interactions.map((i) => ({
      customerId: String(i.customer),
      typology: i.typology,
      at: new Date(i.at),
      resolvedAtFirstContact: i.spc,
    }));
    expect(firstContactRecontacts(typed, 7)).toEqual({ resolvedAtFirstContact: 5, recontacted: 2 });
  });
});
