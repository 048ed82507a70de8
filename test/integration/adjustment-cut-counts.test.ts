import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDeskRows } from "../../src/modules/adjustments/queries.js";
import type { RowStatus } from "../../src/modules/adjustments/rules.js";
import type { Tx } from "../../src/platform/db/pool.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The desk's pager total reads adjustment_cut_counts (migration 0032), kept by statement-level triggers:
// after every kind of write the kept counts must equal counting the rows.

let testDb: TestDatabase;
let tenant: TestTenant;
let customerId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "conteos");
  customerId = await testDb.db.tenant(tenant.tenantId, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES (current_tenant_id(), 'CT-1', '901', 'Cliente') RETURNING id`,
    );
    return rows[0]!.id;
  });
});
afterAll(() => testDb?.drop());

async function keptAndCounted(tx: Tx, cut: string) {
  const kept = await tx.query<{ key: string; n: number }>(
    `SELECT status || '/' || cause_code || '/' || agent_user_id AS key, n::int FROM adjustment_cut_counts
      WHERE cut_date = $1 AND n > 0 ORDER BY 1`,
    [cut],
  );
  const counted = await tx.query<{ key: string; n: number }>(
    `SELECT status || '/' || cause_code || '/' || agent_user_id AS key, count(*)::int AS n FROM adjustment_rows
      WHERE cut_date = $1 GROUP BY 1 ORDER BY 1`,
    [cut],
  );
  return { kept: kept.rows, counted: counted.rows };
}

async function insertRows(tx: Tx, cut: string, filings: string[], cause: string, agent: string) {
  await tx.query(
    `INSERT INTO adjustment_rows AS a (tenant_id, cut_date, filing_number, customer_id, cause_code, agent_user_id, requested_amount,
                                      created_at, updated_at)
     SELECT current_tenant_id(), $1, f, $2, $3, $4, 1000, now(), now() FROM unnest($5::text[]) f
     ON CONFLICT (tenant_id, cut_date, filing_number) DO UPDATE SET cause_code = excluded.cause_code`,
    [cut, customerId, cause, agent, filings],
  );
}

describe("kept counts of a cut's rows", () => {
  it("follow a bulk insert, an upsert that updates some rows, a status step and a delete", async () => {
    const agent = Object.values(tenant.users)[0]!.id;
    const other = Object.values(tenant.users).find((u) => u.id !== agent)!.id;
    await testDb.db.tenant(tenant.tenantId, async (tx) => {
      await insertRows(tx, "2025-06-30", ["P-1", "P-2", "P-3", "P-4"], "A", agent);
      expect((await keptAndCounted(tx, "2025-06-30")).kept).toEqual([{ key: `received/A/${agent}`, n: 4 }]);

      // One statement both inserts (P-5) and updates (P-1, P-2 → cause B).
      await insertRows(tx, "2025-06-30", ["P-1", "P-2", "P-5"], "B", agent);
      await tx.query(
        "UPDATE adjustment_rows SET status = 'sent_to_backoffice', agent_user_id = $1 WHERE filing_number IN ('P-3', 'P-4')",
        [other],
      );
      await tx.query("UPDATE adjustment_rows SET note = 'sin cambio de clave' WHERE filing_number = 'P-5'");
      await tx.query("DELETE FROM adjustment_rows WHERE filing_number = 'P-1'");
      const { kept, counted } = await keptAndCounted(tx, "2025-06-30");
      expect(kept).toEqual(counted);
      expect(kept).toEqual(
        [
          { key: `received/B/${agent}`, n: 2 },
          { key: `sent_to_backoffice/A/${other}`, n: 2 },
        ].sort((a, b) => a.key.localeCompare(b.key)),
      );
    });
  });

  it("are the desk's total for every filter", async () => {
    const agent = Object.values(tenant.users)[0]!.id;
    await testDb.db.tenant(tenant.tenantId, async (tx) => {
      await insertRows(tx, "2025-07-31", ["Q-1", "Q-2", "Q-3"], "C", agent);
      await tx.query("UPDATE adjustment_rows SET status = 'rejected' WHERE filing_number = 'Q-2'");
      const total = async (filter: { status?: RowStatus; cause?: string }) =>
        (await listDeskRows(tx, { cutDate: "2025-07-31", ...filter, limit: 1, offset: 0 })).total;
      expect(await total({})).toBe(3);
      expect(await total({ status: "rejected" })).toBe(1);
      expect(await total({ cause: "C" })).toBe(3);
      expect(await total({ cause: "D" })).toBe(0);
    });
  });
});
