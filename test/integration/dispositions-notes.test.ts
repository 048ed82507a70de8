import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { caseApi, dispositionCounts, queueCancellationRequest, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The advisor's last edit of a generated note: checked against its length and its required fields' values.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let advisor: Session;
let caseId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "notas-ec", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  const [customer] = await seedServiceCustomers(admin, "nt", 1);
  caseId = await queueCancellationRequest(supervisor, customer!, "NT-1");
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("an edited note", () => {
  const fields = { numero_visita: "VT-2025-118" };

  it("that dropped a required field's value is refused naming the field; nothing changes", async () => {
    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const refused = await caseApi(advisor).dispose(
      caseId,
      "RETENIDO",
      "VISITA_TECNICA",
      fields,
      "Impulsa//advisor//visita técnica agendada//contacto del cliente",
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "note",
      detail: "La observación editada debe conservar «Número de visita técnica»: falta «VT-2025-118»",
      errors: [{ field: "fields.numero_visita", message: expect.stringContaining("«Número de visita técnica»") }],
    });
    expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(before);
  });

  it("that keeps every required value, reworded as the advisor likes, is saved as edited", async () => {
    const edited = "Impulsa//advisor//se agenda visita técnica vt-2025-118 para revisar la señal";
    const done = await caseApi(advisor).dispose(caseId, "RETENIDO", "VISITA_TECNICA", fields, edited);
    expect(done.statusCode, done.body).toBe(200);
    const detail = await caseApi(advisor).detail(caseId);
    expect(detail.dispositions[0].note).toBe(edited);
    expect(detail.instructions[0].note).toBe(edited);
  });
});
