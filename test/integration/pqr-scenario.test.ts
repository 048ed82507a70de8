import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileAppeal, filePqr, getPqrSummary } from "../../src/modules/pqr/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { bogota, buildPqrCustomer, configureCunRange, PDF } from "../support/pqr.js";
import { runAs } from "../support/retention.js";

let testDb: TestDatabase;
let tenant: TestTenant;
const as = <T>(role: string, now: Date, work: Parameters<typeof runAs<T>>[4]) => runAs(testDb.db, tenant, role, now, work);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "pqr-uno");
  await configureCunRange(testDb.db, tenant, bogota("2026-03-01T09:00"));
});
afterAll(() => testDb?.drop());

describe("PQR filing", () => {
  it("files a PQR with a CUN from the range and its 15-business-day clock", async () => {
    const now = bogota("2026-03-10T10:00");
    const customer = await buildPqrCustomer(testDb.db, tenant, "C-1", now);
    const filed = await as("advisor", now, (ctx) =>
      filePqr(
        {
          type: "complaint",
          customerId: customer.id,
          productId: customer.products["SRV-C-1"],
          subject: "Cobro doble del mes de febrero",
          amountInDispute: "120000",
          filingChannel: "phone",
          responseChannel: "email",
          responseAddress: "cliente@example.com",
          evidence: [{ fileName: "factura.pdf", mediaType: "application/pdf", content: PDF }],
        },
        ctx,
      ),
    );
    expect(filed.cun).toBe("400100000001");
    expect(filed.receivedOn).toBe("2026-03-10");
    expect(filed.dueOn).toBe("2026-04-01");
    const summary = await testDb.db.tenant(tenant.tenantId, (tx) => getPqrSummary(tx, filed.id));
    expect(summary).toMatchObject({ cun: filed.cun, status: "filed", dueOn: filed.dueOn });
    expect(fileAppeal).toBeTypeOf("function");
  });
});
