import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { multipart } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { contactListCsv, createCampaign, createCustomers, importFile } from "../support/outbound.js";

// Seed 002, step "recepción de la base": the operator's lists by type, through the import pipeline.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let campaignId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "bases-salida");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  await createCustomers(admin, "bs", 6);
  campaignId = await createCampaign(supervisor, "premium-hogar");
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const records = async () => (await supervisor.request({ url: `/api/outbound/campaigns/${campaignId}/records` })).json().items;

describe("contact lists by type", () => {
  it("imports a list with its type, reason, offers, phones, priority and validity", async () => {
    const committed = await importFile(
      admin,
      "contact_lists",
      "fidelizacion.csv",
      contactListCsv([
        {
          campaign: "premium-hogar",
          type: "fidelizacion",
          customer: "C-bs-01",
          reason: "Premium con dos reclamos en el trimestre",
          offers: "Descuento 20 % por 6 meses | Upgrade a 500 Mb",
          phones: "300 123 4561 | (601) 555-0101",
          references: "3109990001",
          priority: 2,
          from: "2026-12-01",
          until: "2026-12-31",
          channels: "llamada | sms",
        },
        { campaign: "premium-hogar", type: "brownfield", customer: "C-bs-02", phones: "3001234562" },
      ]),
    );
    expect(committed.statusCode, committed.body).toBe(200);
    const all = await records();
    const first = all.find((r: { customerCode: string }) => r.customerCode === "C-bs-01");
    expect(first).toMatchObject({
      listType: "fidelizacion",
      reason: "Premium con dos reclamos en el trimestre",
      offers: ["Descuento 20 % por 6 meses", "Upgrade a 500 Mb"],
      priority: 2,
      validFrom: "2026-12-01",
      validUntil: "2026-12-31",
      status: "pending",
      phones: [
        { phone: "3001234561", kind: "customer", position: 1 },
        { phone: "6015550101", kind: "customer", position: 2 },
        { phone: "3109990001", kind: "reference", position: 3 },
      ],
    });
    expect(all.find((r: { customerCode: string }) => r.customerCode === "C-bs-02")).toMatchObject({
      listType: "brownfield",
      priority: 5,
    });
  });

  it("merges a customer named by a second list of the same campaign into one record, keeping both lists' offers", async () => {
    const first = await importFile(
      admin,
      "contact_lists",
      "abandonos.csv",
      contactListCsv([
        {
          campaign: "premium-hogar",
          type: "abandonos",
          customer: "C-bs-03",
          offers: "Beneficio A",
          phones: "3001234563",
          priority: 5,
        },
      ]),
    );
    expect(first.statusCode, first.body).toBe(200);
    const second = await importFile(
      admin,
      "contact_lists",
      "cancelaciones.csv",
      contactListCsv([
        {
          campaign: "premium-hogar",
          type: "cancelaciones",
          customer: "C-bs-03",
          offers: "Beneficio B | Beneficio A",
          phones: "3001234564",
          priority: 1,
        },
      ]),
    );
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().summary).toMatchObject({ inserted: 0, updated: 1 });
    const mine = (await records()).filter((r: { customerCode: string }) => r.customerCode === "C-bs-03");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ listType: "cancelaciones", priority: 1, offers: ["Beneficio A", "Beneficio B"] });
    expect(mine[0].phones.map((p: { phone: string }) => p.phone)).toEqual(["3001234563", "3001234564"]);
  });

  it("the same file twice changes nothing", async () => {
    const file = contactListCsv([{ campaign: "premium-hogar", type: "detractores", customer: "C-bs-04", phones: "3001234565" }]);
    expect((await importFile(admin, "contact_lists", "detractores.csv", file)).statusCode).toBe(200);
    const count = (await records()).length;
    const again = await importFile(admin, "contact_lists", "detractores-copia.csv", file);
    expect(again.statusCode).toBe(200);
    expect(again.json().alreadyImported).toBe(true);
    expect((await records()).length).toBe(count);
  });

  it("names unknown customers, campaigns, list types and bad cells by row, and commits nothing", async () => {
    const before = (await records()).length;
    const staged = await admin.request({
      method: "POST",
      url: "/api/imports?kind=contact_lists",
      ...multipart(
        "mala.csv",
        contactListCsv([
          { campaign: "premium-hogar", type: "fidelizacion", customer: "C-NO-EXISTE", phones: "3001112233" },
          { campaign: "otra-campana", type: "fidelizacion", customer: "C-bs-05", phones: "3001112234" },
          { campaign: "premium-hogar", type: "inventado", customer: "C-bs-06", phones: "3001112235" },
          { campaign: "premium-hogar", type: "fidelizacion", customer: "C-bs-05", phones: "abc" },
          {
            campaign: "premium-hogar",
            type: "fidelizacion",
            customer: "C-bs-05",
            phones: "3001112236",
            from: "2026-12-31",
            until: "2026-12-01",
          },
        ]),
      ),
    });
    expect(staged.statusCode, staged.body).toBe(422);
    expect(staged.json().errors).toEqual([
      { row: 2, field: "codigo_cliente", message: "El cliente «C-NO-EXISTE» no existe" },
      { row: 3, field: "campana", message: "La campaña de salida «otra-campana» no existe" },
      { row: 4, field: "tipo_base", message: "El tipo de base «inventado» no existe en el catálogo" },
      { row: 5, field: "telefonos", message: expect.stringContaining("«abc» no es un número de teléfono") },
      { row: 6, field: "vigente_hasta", message: "La vigencia termina (2026-12-01) antes de empezar (2026-12-31)" },
    ]);
    expect((await records()).length).toBe(before);
  });

  it("imports the RNE with its consultation date and the operator's do-not-contact list", async () => {
    const committed = await importFile(
      admin,
      "suppressed_numbers",
      "rne.csv",
      Buffer.from(
        "lista,numero,canal,fecha_consulta\nrne,300 123 4599,llamada,2026-12-01\nno_contactar,3001234598,todos,2026-12-02\n",
      ),
    );
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().summary).toMatchObject({ inserted: 2 });
  });

  it("keeps another tenant's campaigns out of sight", async () => {
    const other = await buildTenant(testDb.db, "bases-otro");
    const outsider = await login(testApp.app, other.users.supervisor!.email);
    expect((await outsider.request({ url: `/api/outbound/campaigns/${campaignId}/records` })).statusCode).toBe(404);
    expect((await outsider.request({ url: "/api/outbound/campaigns" })).json().items).toEqual([]);
  });

  it("lets only campaign managers create campaigns", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const refused = await advisor.request({
      method: "POST",
      url: "/api/outbound/campaigns",
      payload: { code: "x", name: "X", policyScope: "co" },
    });
    expect(refused.statusCode).toBe(403);
    const unknown = await supervisor.request({
      method: "POST",
      url: "/api/outbound/campaigns",
      payload: { code: "y", name: "Y", policyScope: "zz" },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toBe("La política de contacto «zz» no existe");
  });
});
