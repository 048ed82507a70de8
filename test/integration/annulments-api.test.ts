import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVICE_REQUESTS_IMPORT } from "../../src/modules/servicerequests/import-kind.js";
import { csvBuffer } from "../fixtures/imports/spreadsheets.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer } from "../support/retention.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let other: TestTenant;
const sessions: Record<string, Session> = {};
let count = 0;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "anula-api");
  other = await buildTenant(testDb.db, "anula-otro");
  testApp = await buildTestApp(testDb);
  for (const role of ["advisor", "network_dept", "technician", "supervisor", "admin"]) {
    sessions[role] = await login(testApp.app, tenant.users[role]!.email);
  }
  sessions.otherAdvisor = await login(testApp.app, other.users.advisor!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

async function customer(t = tenant) {
  count++;
  const code = `API-${count}`;
  const built = await buildRetentionCustomer(
    testDb.db,
    t,
    { code, fullName: `Cliente ${code}`, products: [{ serviceNumber: `SN-${code}`, kind: "internet", technology: "ftth" }] },
    new Date(),
  );
  return { code, id: built.id, productId: built.products[`SN-${code}`]!, serviceNumber: `SN-${code}` };
}

async function keyed() {
  const c = await customer();
  const response = await sessions.advisor!.request({
    method: "POST",
    url: "/api/service-requests",
    payload: {
      requestType: "installation",
      customerId: c.id,
      productId: c.productId,
      address: "Cl 1 # 2-3",
      zone: "Centro",
      sellerName: "V",
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; number: number; status: string };
}

describe("the service-request API", () => {
  it("keys, takes a step by role, shows the detail with each role's next steps, and the board", async () => {
    const request = await keyed();
    expect(request.status).toBe("keyed");
    const asNetwork = await sessions.network_dept!.request({ url: `/api/service-requests/${request.id}` });
    const steps = asNetwork.json().nextSteps as Array<{ step: string; allowed: boolean }>;
    expect(steps.find((s) => s.step === "network_observe")).toMatchObject({ allowed: true });
    expect(steps.find((s) => s.step === "coc_route_fix")).toMatchObject({ allowed: false });

    const observed = await sessions.network_dept!.request({
      method: "POST",
      url: `/api/service-requests/${request.id}/steps/network_observe`,
      payload: { observation: "Falta la caja", team: "platform_monitors", dataRequested: ["nearest_box"] },
    });
    expect(observed.statusCode, observed.body).toBe(200);
    expect(observed.json().request.status).toBe("observed");
    expect(observed.json().tickets[0]).toMatchObject({
      team: "platform_monitors",
      phase: expect.any(String),
      dataRequested: ["nearest_box"],
    });

    const board = await sessions.supervisor!.request({ url: "/api/service-requests/board?zone=Centro&limit=5" });
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().tickets.some((t: { requestId: string }) => t.requestId === request.id)).toBe(true);
    expect(board.json().page).toEqual({ limit: 5, offset: 0 });
  });

  it("refuses a step of another role with the Spanish reason, and another tenant's request is not found", async () => {
    const request = await keyed();
    const refused = await sessions.technician!.request({
      method: "POST",
      url: `/api/service-requests/${request.id}/steps/network_observe`,
      payload: { observation: "x" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain("Depto. Gestión de Red");
    const foreign = await sessions.otherAdvisor!.request({ url: `/api/service-requests/${request.id}` });
    expect(foreign.statusCode).toBe(404);
    const zoning = await sessions.network_dept!.request({
      method: "POST",
      url: `/api/service-requests/${request.id}/zoning-form`,
      payload: { zone: "Centro", address: "Cl 1" },
    });
    expect(zoning.statusCode).toBe(422);
    expect(zoning.json().detail).toContain("paso 20.1");
  });

  it("exports the learned references as GeoJSON and the indicator as .xlsx", async () => {
    const request = await keyed();
    await sessions.network_dept!.request({
      method: "POST",
      url: `/api/service-requests/${request.id}/steps/network_observe`,
      payload: { observation: "Calle", references: [{ kind: "landmark", name: "Parque", latitude: 4.6, longitude: -74.1 }] },
    });
    const geo = await sessions.network_dept!.request({ url: "/api/service-requests/zone-references.geojson?zone=Centro" });
    expect(geo.headers["content-type"]).toContain("application/geo+json");
    expect(geo.json().features[0].geometry).toEqual({ type: "Point", coordinates: [-74.1, 4.6] });
    const xlsx = await sessions.network_dept!.request({
      url: "/api/indicators/servicerequests.annulment_avoidance/export?by=zone",
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("imports service requests with their work orders; the same rows again add nothing", async () => {
    const c = await customer();
    const header = SERVICE_REQUESTS_IMPORT.columns.map((col) => col.header);
    const rows = [
      header,
      ["SOL-1", "instalación", c.serviceNumber, c.code, "Cl 9 # 9-9", "Norte", "NAP-1", "Vendedor", "Asesora Ruiz", "ok"],
      ["SOL-2", "traslado", c.serviceNumber, c.code, "Cr 5 # 5-5", "Norte", "", "Vendedor", "Asesora Ruiz", ""],
    ];
    const upload = async (content: Buffer, name: string) => {
      const boundary = `----fz${randomBytes(6).toString("hex")}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const staged = await sessions.admin!.request({
        method: "POST",
        url: "/api/imports?kind=service_requests",
        payload,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      });
      expect(staged.statusCode, staged.body).toBeLessThan(300);
      const committed = await sessions.admin!.request({ method: "POST", url: `/api/imports/${staged.json().id}/commit` });
      expect(committed.statusCode, committed.body).toBe(200);
      return committed.json();
    };
    await upload(csvBuffer(rows), "solicitudes.csv");
    const list = await sessions.supervisor!.request({ url: "/api/service-requests?zone=Norte" });
    expect(
      list
        .json()
        .map((r: { source: string; advisorName: string; workOrderNumber: number | null }) => [
          r.source,
          r.advisorName,
          r.workOrderNumber !== null,
        ]),
    ).toEqual([
      ["import", "Asesora Ruiz", true],
      ["import", "Asesora Ruiz", true],
    ]);
    // The same rows in another file: the request numbers are already there.
    await upload(csvBuffer(rows, ","), "solicitudes-2.csv");
    expect((await sessions.supervisor!.request({ url: "/api/service-requests?zone=Norte" })).json()).toHaveLength(2);
  });
});
