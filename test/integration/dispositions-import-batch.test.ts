import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  CAMPAIGN,
  cancellationRequestsCsv,
  caseApi,
  dispositionCounts,
  multipart,
  type ServiceCustomer,
  seedServiceCustomers,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// A complaints file may come in one batch with the products it is about (the complaints route joins the
// products' batch): its rows may name services staged in that batch, which must belong to the customer named.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let customers: ServiceCustomer[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "lote-quejas", "EC");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  customers = await seedServiceCustomers(admin, "lq", 2);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

/** Products through the generic route; complaints through their campaign's route (the only one for them). */
const upload = (kind: string, name: string, content: Buffer, batch?: string) =>
  admin.request({
    method: "POST",
    url:
      kind === "complaints"
        ? `/api/complaints/imports?campaign=${CAMPAIGN}${batch ? `&batch=${batch}` : ""}`
        : `/api/imports?kind=${kind}${batch ? `&batch=${batch}` : ""}`,
    ...multipart(name, content),
  });

describe("complaints in a batch with their products", () => {
  it("checks the owner of a service staged in the batch, and commits the products first", async () => {
    const products = Buffer.from(
      "codigo_cliente,numero_servicio,producto,tecnologia,plan,estado\nC-lq-01,SVC-NUEVO,internet,gpon,Fibra 300,activo\n",
    );
    const staged = await upload("products", "productos.csv", products);
    expect(staged.statusCode, staged.body).toBe(201);
    const batch = staged.json().id;

    const wrong = await upload(
      "complaints",
      "quejas-malas.csv",
      cancellationRequestsCsv([{ number: "L-1", service: "SVC-NUEVO", customer: "C-lq-02" }]),
      batch,
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      { row: 2, field: "codigo_cliente", message: "El servicio «SVC-NUEVO» no es del cliente «C-lq-02»" },
    ]);

    const right = await upload(
      "complaints",
      "quejas.csv",
      cancellationRequestsCsv([{ number: "L-1", service: "SVC-NUEVO", customer: "C-lq-01" }]),
      batch,
    );
    expect(right.statusCode, right.body).toBe(201);
    const committed = await admin.request({ method: "POST", url: `/api/imports/${right.json().id}/commit` });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().alsoCommitted).toEqual([expect.objectContaining({ kind: "products", inserted: 1 })]);
    const cases = (await admin.request({ url: "/api/complaint-cases?campaign=internet-retention" })).json();
    expect(
      cases.cases.map((c: { complaintNumber: string; serviceNumber: string; customerCode: string }) => [
        c.complaintNumber,
        c.serviceNumber,
        c.customerCode,
      ]),
    ).toEqual([["L-1", "SVC-NUEVO", "C-lq-01"]]);
  });
});

describe("one way in for a campaign's complaints", () => {
  it("the generic upload refuses complaints (they need their campaign); nothing is staged", async () => {
    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const refused = await admin.request({
      method: "POST",
      url: "/api/imports?kind=complaints",
      ...multipart("quejas.csv", cancellationRequestsCsv([{ number: "L-9", service: "SVC-NUEVO", customer: "C-lq-01" }])),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe("VALIDATION_FAILED");
    expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(before);
  });

  it("joining another import's batch needs imports:run as well: a supervisor is refused, nothing is staged", async () => {
    const products = Buffer.from(
      "codigo_cliente,numero_servicio,producto,tecnologia,plan,estado\nC-lq-02,SVC-OTRO,internet,gpon,Fibra 300,activo\n",
    );
    const staged = await upload("products", "productos-2.csv", products);
    expect(staged.statusCode, staged.body).toBe(201);
    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const refused = await supervisor.request({
      method: "POST",
      url: `/api/complaints/imports?campaign=${CAMPAIGN}&batch=${staged.json().id}`,
      ...multipart("quejas-2.csv", cancellationRequestsCsv([{ number: "L-2", service: "SVC-OTRO", customer: "C-lq-02" }])),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "FORBIDDEN", field: "batch" });
    expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(before);
  });
});

describe("a complaint imported again", () => {
  const importInto = async (campaign: string, name: string, rows: Parameters<typeof cancellationRequestsCsv>[0]) => {
    const staged = await admin.request({
      method: "POST",
      url: `/api/complaints/imports?campaign=${campaign}`,
      ...multipart(name, cancellationRequestsCsv(rows)),
    });
    expect(staged.statusCode, staged.body).toBe(201);
    const committed = await admin.request({ method: "POST", url: `/api/complaints/imports/${staged.json().id}/commit` });
    expect(committed.statusCode, committed.body).toBe(200);
    return committed.json().summary;
  };
  const caseOf = async (complaint: string) =>
    (await admin.request({ url: `/api/complaint-cases?q=${complaint}` })).json().cases[0];

  it("leaves a finished case as it was decided: neither its customer nor its service change", async () => {
    const [first, second] = customers;
    await importInto(CAMPAIGN, "fin-1.csv", [{ number: "R-FIN", service: first!.serviceNumber, customer: first!.code }]);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const id = (await caseOf("R-FIN")).id;
    expect((await caseApi(advisor).dispose(id, "NO_APLICA", "QUEJA_DUPLICADA")).statusCode).toBe(200);
    const before = await caseApi(admin).detail(id);

    const summary = await importInto(CAMPAIGN, "fin-2.csv", [
      { number: "R-FIN", service: second!.serviceNumber, customer: second!.code, reason: "Otro motivo" },
    ]);
    expect(summary).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await caseApi(admin).detail(id)).toMatchObject({
      customerCode: first!.code,
      serviceNumber: first!.serviceNumber,
      reason: before.reason,
      version: before.version,
    });
  });

  it("leaves a case of another campaign in its campaign, with its data", async () => {
    const catalog = (await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json();
    const published = await admin.request({
      method: "PUT",
      url: "/api/catalogs/dispositions/otra-campana",
      payload: { content: catalog.content, basedOnVersion: 0 },
    });
    expect(published.statusCode, published.body).toBe(200);
    const [first, second] = customers;
    await importInto(CAMPAIGN, "camp-1.csv", [{ number: "R-CAMP", service: first!.serviceNumber, customer: first!.code }]);
    const before = await caseOf("R-CAMP");
    const summary = await importInto("otra-campana", "camp-2.csv", [
      { number: "R-CAMP", service: second!.serviceNumber, customer: second!.code },
    ]);
    expect(summary).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await caseOf("R-CAMP")).toMatchObject({
      campaign: CAMPAIGN,
      customerCode: first!.code,
      serviceNumber: first!.serviceNumber,
      version: before.version,
    });
  });
});
