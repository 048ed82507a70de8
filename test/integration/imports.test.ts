import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOMERS } from "../../src/modules/imports/kinds.js";
import { csvBuffer, xlsxBuffer, zipBuffer } from "../fixtures/imports/spreadsheets.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let other: TestTenant;
let admin: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "importa");
  other = await buildTenant(testDb.db, "vecino");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const CUSTOMER_HEADER = CUSTOMERS.columns.map((column) => column.header);

function customers(count: number, prefix = "C"): unknown[][] {
  return Array.from({ length: count }, (_, i) => [
    `${prefix}-${i + 1}`,
    1000 + i,
    `Cliente ${i + 1} Pérez`,
    i % 2 ? "Empresarial" : "estándar",
    3000000000 + i,
    `cliente${i + 1}@correo.co`,
    `Calle ${i + 1} # 1-2`,
    "Bogotá",
    i % 3 === 0 ? "sí" : "no",
    "no",
  ]);
}

function multipart(fileName: string, content: Buffer) {
  const boundary = `----fideliza${randomBytes(8).toString("hex")}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

function upload(session: Session, kind: string, fileName: string, content: Buffer, batch?: string) {
  return session.request({
    method: "POST",
    url: `/api/imports?kind=${kind}${batch ? `&batch=${batch}` : ""}`,
    ...multipart(fileName, content),
  });
}

async function count(sql: string, tenantId = tenant.tenantId): Promise<number> {
  return testDb.db.tenant(tenantId, async (tx) => Number((await tx.query(sql)).rows[0].n));
}
const customerCount = (tenantId?: string) => count("SELECT count(*) AS n FROM customers", tenantId);
const importCount = () => count("SELECT count(*) AS n FROM imports");

describe("customers import over the API", () => {
  let firstFile: Buffer;

  it("stages an .xlsx, previews it, commits it: the customer page and its timeline show the data", async () => {
    firstFile = await xlsxBuffer([CUSTOMER_HEADER, ...customers(30)]);
    const staged = await upload(admin, "customers", "clientes.xlsx", firstFile);
    expect(staged.statusCode, staged.body).toBe(201);
    const view = staged.json();
    expect(view).toMatchObject({ kind: "customers", fileName: "clientes.xlsx", status: "staged", totalRows: 30, errorCount: 0 });
    expect(view.preview).toHaveLength(20);
    expect(view.preview[1]).toEqual({
      row: 3,
      data: {
        code: "C-2",
        documentId: "1001",
        fullName: "Cliente 2 Pérez",
        tier: "business",
        phone: "3000000001",
        email: "cliente2@correo.co",
        address: "Calle 2 # 1-2",
        city: "Bogotá",
        isDelinquent: false,
        hasCreditBureauFlag: false,
      },
    });
    expect(await customerCount()).toBe(0);

    const preview = await admin.request({ url: `/api/imports/${view.id}` });
    expect(preview.json()).toMatchObject({ id: view.id, status: "staged", errors: [] });
    const list = await admin.request({ url: "/api/imports" });
    expect(list.json().items[0]).toMatchObject({ id: view.id });

    const committed = await admin.request({ method: "POST", url: `/api/imports/${view.id}/commit` });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({
      status: "committed",
      summary: { inserted: 30, updated: 0, unchanged: 0 },
      preview: [],
    });
    expect(await customerCount()).toBe(30);

    const found = (await admin.request({ url: "/api/customers?q=C-1" })).json();
    const page = (await admin.request({ url: `/api/customers/${found[0].id}` })).json();
    expect(page).toMatchObject({
      code: "C-1",
      fullName: "Cliente 1 Pérez",
      isDelinquent: true,
      tier: "standard",
      city: "Bogotá",
    });
    const timeline = (await admin.request({ url: `/api/customers/${found[0].id}/timeline` })).json();
    expect(timeline.events[0]).toMatchObject({
      action: "customer_created",
      actorUserId: tenant.users.admin!.id,
      actorRole: "admin",
      reason: "Importación «clientes.xlsx»",
      after: { code: "C-1", isDelinquent: true },
    });
    const importEvents = (await admin.request({ url: `/api/timeline/import/${view.id}` })).json();
    expect(importEvents.events.map((e: { action: string }) => e.action)).toEqual(["customers_imported", "import_staged"]);
    expect(importEvents.events[0].after).toMatchObject({ inserted: 30, updated: 0, unchanged: 0 });
  });

  it("the same file a second time is a success that changes nothing (200, alreadyImported, the first import's counts)", async () => {
    const imports = await importCount();
    const events = await count("SELECT count(*) AS n FROM events");
    const again = await upload(admin, "customers", "clientes-copia.xlsx", firstFile);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      alreadyImported: true,
      status: "committed",
      fileName: "clientes.xlsx",
      summary: { inserted: 30, updated: 0, unchanged: 0 },
    });
    expect(again.json().committedAt).not.toBeNull();
    expect(await importCount()).toBe(imports);
    expect(await count("SELECT count(*) AS n FROM events")).toBe(events);
    expect(await customerCount()).toBe(30);
  });

  it("identical rows in another file (a CSV) change nothing; changed rows are updated with before → after", async () => {
    const rows = customers(30);
    const same = await upload(admin, "customers", "clientes.csv", csvBuffer([CUSTOMER_HEADER, ...rows]));
    expect(same.statusCode, same.body).toBe(201);
    const eventsBefore = await count("SELECT count(*) AS n FROM events WHERE subject_type = 'customer'");
    const committed = await admin.request({ method: "POST", url: `/api/imports/${same.json().id}/commit` });
    expect(committed.json().summary).toEqual({ inserted: 0, updated: 0, unchanged: 30 });
    expect(await count("SELECT count(*) AS n FROM events WHERE subject_type = 'customer'")).toBe(eventsBefore);

    rows[4]![7] = "Medellín";
    rows.push(...customers(31).slice(30));
    const changed = await upload(admin, "customers", "clientes-2.csv", csvBuffer([CUSTOMER_HEADER, ...rows], ","));
    expect(changed.statusCode, changed.body).toBe(201);
    const result = await admin.request({ method: "POST", url: `/api/imports/${changed.json().id}/commit` });
    expect(result.json().summary).toEqual({ inserted: 1, updated: 1, unchanged: 29 });
    const updated = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT before, after FROM events WHERE action = 'customer_updated' AND after->>'code' = 'C-5'"),
    );
    expect(updated.rows[0]).toMatchObject({ before: { city: "Bogotá" }, after: { city: "Medellín" } });
  });

  it("reads a CSV saved by Excel in Windows-1252, and publishes its progress to the uploader as import.progress", async () => {
    const listener = new pg.Client({ connectionString: testDb.url });
    await listener.connect();
    const messages: Array<{ type: string; userId: string; data: { done: boolean; rowsRead: number; totalBytes: number } }> = [];
    listener.on("notification", (n) => messages.push(JSON.parse(n.payload!)));
    await listener.query("LISTEN fideliza_stream");
    try {
      const text = csvBuffer([
        CUSTOMER_HEADER,
        ["W-1", "77", "José Ñáñez", "estándar", "", "", "", "Bogotá", "sí", "no"],
      ]).toString("utf8");
      const response = await upload(admin, "customers", "excel-windows.csv", Buffer.from(text, "latin1"));
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().preview[0].data).toMatchObject({
        fullName: "José Ñáñez",
        city: "Bogotá",
        tier: "standard",
        isDelinquent: true,
      });
      await admin.request({ method: "POST", url: `/api/imports/${response.json().id}/discard` });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const progress = messages.filter((m) => m.type === "import.progress");
      expect(progress.at(-1)).toMatchObject({
        userId: tenant.users.admin!.id,
        data: { importId: response.json().id, done: true, rowsRead: 1, totalBytes: response.json().sizeBytes },
      });
    } finally {
      await listener.end();
    }
  });

  it("a missing or renamed column rejects the file (422) naming the column; nothing changes", async () => {
    const before = await customerCount();
    const header = CUSTOMER_HEADER.filter((h) => h !== "documento");
    const missing = await upload(admin, "customers", "sin-documento.xlsx", await xlsxBuffer([header, ["Z-1", "Zoe", "vip"]]));
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      code: "IMPORT_REJECTED",
      field: "documento",
      detail: "archivo, columna documento: Falta la columna obligatoria «documento»",
    });
    const stored = (await admin.request({ url: `/api/imports/${missing.json().importId}` })).json();
    expect(stored).toMatchObject({ status: "rejected", errorCount: 1 });

    const renamed = CUSTOMER_HEADER.map((h) => (h === "documento" ? "doc_identidad" : h));
    const response = await upload(admin, "customers", "renombrado.csv", csvBuffer([renamed, ...customers(2, "Z")]));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ row: 0, field: "documento", message: expect.stringContaining("«doc_identidad»") }),
    ]);
    expect(await customerCount()).toBe(before);
  });

  it("wrong types are named by row and column", async () => {
    const rows = customers(3, "T");
    rows[1]![8] = "quizás";
    const response = await upload(admin, "customers", "tipos.xlsx", await xlsxBuffer([CUSTOMER_HEADER, ...rows]));
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe("fila 3, columna en_mora: «quizás» no es un valor sí/no; use sí, no, 1 o 0");
    expect(response.json()).toMatchObject({ row: 3, field: "en_mora", errorCount: 1 });
    const view = (await admin.request({ url: `/api/imports/${response.json().importId}` })).json();
    // The preview of a rejected file shows its valid rows only.
    expect(view.preview.map((p: { row: number }) => p.row)).toEqual([2, 4]);
  });

  it("reads rich text, formula results and shared strings of an .xlsx as their plain values", async () => {
    const row = customers(1, "R")[0]!;
    row[1] = { formula: "1000+1", result: 1001 };
    row[2] = { richText: [{ text: "Ana " }, { font: { bold: true }, text: "Ruiz" }] };
    const response = await upload(admin, "customers", "formato.xlsx", await xlsxBuffer([CUSTOMER_HEADER, row]));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().preview[0].data).toMatchObject({ code: "R-1", documentId: "1001", fullName: "Ana Ruiz" });
    await admin.request({ method: "POST", url: `/api/imports/${response.json().id}/discard` });
  });

  it("a key repeated in the file is an error naming both rows", async () => {
    const rows = customers(4, "D");
    rows[3]![0] = "D-2";
    const response = await upload(admin, "customers", "repetidos.csv", csvBuffer([CUSTOMER_HEADER, ...rows]));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { row: 5, field: "codigo_cliente", message: "El código de cliente «D-2» ya aparece en la fila 3" },
    ]);
  });

  it("a commit of a rejected import is refused (409) and a discarded one cannot come back", async () => {
    const bad = await upload(admin, "customers", "malo.csv", csvBuffer([CUSTOMER_HEADER, ["", "", ""], ...customers(1, "M")]));
    // The blank row is skipped; a row missing required values is not.
    const rows = customers(2, "M");
    rows[0]![2] = "";
    const rejected = await upload(admin, "customers", "malo-2.csv", csvBuffer([CUSTOMER_HEADER, ...rows]));
    expect(bad.statusCode).toBe(201);
    expect(rejected.statusCode).toBe(422);
    const commit = await admin.request({ method: "POST", url: `/api/imports/${rejected.json().importId}/commit` });
    expect(commit.statusCode).toBe(409);
    expect(commit.json()).toMatchObject({ code: "IMPORT_NOT_COMMITTABLE", detail: expect.stringContaining("1 error") });

    const discarded = await admin.request({ method: "POST", url: `/api/imports/${bad.json().id}/discard` });
    expect(discarded.json()).toMatchObject({ status: "discarded", preview: [] });
    const late = await admin.request({ method: "POST", url: `/api/imports/${bad.json().id}/commit` });
    expect(late.statusCode).toBe(409);
    expect(await customerCount()).toBe(31);
  });

  it("two concurrent commits of one import apply it once", async () => {
    const staged = await upload(
      admin,
      "customers",
      "concurrente.xlsx",
      await xlsxBuffer([CUSTOMER_HEADER, ...customers(50, "K")]),
    );
    const id = staged.json().id;
    const [a, b] = await Promise.all([
      admin.request({ method: "POST", url: `/api/imports/${id}/commit` }),
      admin.request({ method: "POST", url: `/api/imports/${id}/commit` }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await count("SELECT count(*) AS n FROM customers WHERE code LIKE 'K-%'")).toBe(50);
    expect(await count("SELECT count(*) AS n FROM events WHERE action = 'customer_created' AND after->>'code' LIKE 'K-%'")).toBe(
      50,
    );
  });

  it("a customer code of another tenant is a different customer; the other tenant's row is untouched", async () => {
    const otherAdmin = await login(testApp.app, other.users.admin!.email);
    const theirs = await upload(otherAdmin, "customers", "vecino.csv", csvBuffer([CUSTOMER_HEADER, ...customers(1, "V")]));
    await otherAdmin.request({ method: "POST", url: `/api/imports/${theirs.json().id}/commit` });
    const rows = customers(1, "V");
    rows[0]![2] = "Otra Persona";
    const ours = await upload(admin, "customers", "mio.csv", csvBuffer([CUSTOMER_HEADER, ...rows]));
    const result = await admin.request({ method: "POST", url: `/api/imports/${ours.json().id}/commit` });
    expect(result.json().summary).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    const name = await testDb.db.tenant(other.tenantId, (tx) => tx.query("SELECT full_name FROM customers WHERE code = 'V-1'"));
    expect(name.rows[0].full_name).toBe("Cliente 1 Pérez");
    // Nor can one tenant see or commit another's import.
    expect((await otherAdmin.request({ url: `/api/imports/${ours.json().id}` })).statusCode).toBe(404);
  });
});

describe("products, claims and billing", () => {
  const PRODUCT_HEADER = [
    "codigo_cliente",
    "numero_servicio",
    "producto",
    "tecnologia",
    "plan",
    "estado",
    "cuota_mensual",
    "fecha_activacion",
  ];

  it("a product of a customer that exists only in another tenant: «no existe»", async () => {
    const otherAdmin = await login(testApp.app, other.users.admin!.email);
    const theirs = await upload(otherAdmin, "customers", "v9.csv", csvBuffer([CUSTOMER_HEADER, ...customers(9, "V").slice(8)]));
    await otherAdmin.request({ method: "POST", url: `/api/imports/${theirs.json().id}/commit` });
    expect(await count("SELECT count(*) AS n FROM customers WHERE code = 'V-9'", other.tenantId)).toBe(1);

    const response = await upload(
      admin,
      "products",
      "productos.csv",
      csvBuffer([
        PRODUCT_HEADER,
        ["C-1", "601-1", "internet", "FTTH", "Fibra 300", "activo", "89.900", "2023-05-14"],
        ["V-9", "601-2", "tv", "HFC", "TV básica", "activo", "", ""],
      ]),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ row: 3, field: "codigo_cliente", message: "El cliente «V-9» no existe" }]);
    expect(await count("SELECT count(*) AS n FROM products")).toBe(0);
  });

  it("a batch: products may reference customers staged in the same batch; committing them commits both", async () => {
    const newCustomers = await upload(
      admin,
      "customers",
      "nuevos.xlsx",
      await xlsxBuffer([CUSTOMER_HEADER, ...customers(2, "N")]),
    );
    expect(newCustomers.statusCode).toBe(201);
    const batch = newCustomers.json().id;
    const products = await upload(
      admin,
      "products",
      "productos-nuevos.xlsx",
      await xlsxBuffer([
        PRODUCT_HEADER,
        ["N-1", "602-1", "Internet", "Fibra óptica", "Fibra 500", "Activo", 99900, 45060],
        ["N-2", "602-2", "Móvil", "4G", "Pospago 20 GB", "Suspendido", "45.000", "14/05/2023"],
        ["C-1", "602-3", "Telefonía fija", "Cobre", "Voz", "Retirado", 0, null],
      ]),
      batch,
    );
    expect(products.statusCode, products.body).toBe(201);
    expect(products.json().batchId).toBe(batch);
    const committed = await admin.request({ method: "POST", url: `/api/imports/${products.json().id}/commit` });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({
      summary: { inserted: 3, updated: 0, unchanged: 0 },
      alsoCommitted: [{ importId: batch, kind: "customers", inserted: 2 }],
    });
    const rows = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query(
        `SELECT p.service_number, p.kind, p.technology, p.status, p.monthly_fee, p.activated_on::text, c.code
           FROM products p JOIN customers c ON c.id = p.customer_id ORDER BY p.service_number`,
      ),
    );
    expect(rows.rows).toEqual([
      {
        service_number: "602-1",
        kind: "internet",
        technology: "ftth",
        status: "active",
        monthly_fee: "99900.00",
        activated_on: "2023-05-14",
        code: "N-1",
      },
      {
        service_number: "602-2",
        kind: "mobile",
        technology: "lte",
        status: "suspended",
        monthly_fee: "45000.00",
        activated_on: "2023-05-14",
        code: "N-2",
      },
      {
        service_number: "602-3",
        kind: "fixed_voice",
        technology: "copper",
        status: "withdrawn",
        monthly_fee: "0.00",
        activated_on: null,
        code: "C-1",
      },
    ]);
    const again = await admin.request({ method: "POST", url: `/api/imports/${batch}/commit` });
    expect(again.statusCode).toBe(409);
  });

  it("claims and billing land on the customer page and its timeline", async () => {
    const claims = await upload(
      admin,
      "claims",
      "reclamos.csv",
      csvBuffer([
        ["numero_reclamo", "numero_servicio", "categoria", "descripcion", "fecha_apertura", "fecha_solucion"],
        ["R-1", "602-1", "Sin servicio", "Intermitencia; en la noche", new Date().toISOString().slice(0, 10), ""],
        ["R-2", "999-9", "Lentitud", "", "2024-03-05 10:00", ""],
      ]),
    );
    expect(claims.statusCode).toBe(422);
    expect(claims.json().errors).toEqual([
      { row: 3, field: "numero_servicio", message: "El número de servicio «999-9» no existe" },
    ]);
    const good = await upload(
      admin,
      "claims",
      "reclamos-2.csv",
      csvBuffer([
        ["numero_reclamo", "numero_servicio", "categoria", "descripcion", "fecha_apertura", "fecha_solucion"],
        ["R-1", "602-1", "Sin servicio", "Intermitencia; en la noche", new Date().toISOString().slice(0, 10), ""],
      ]),
    );
    expect(good.statusCode, good.body).toBe(201);
    await admin.request({ method: "POST", url: `/api/imports/${good.json().id}/commit` });

    const billing = await upload(
      admin,
      "billing",
      "facturacion.xlsx",
      await xlsxBuffer([
        ["codigo_cliente", "periodo", "monto"],
        ["N-1", "2024-13", 100],
        ["N-1", "2024-02", "120.000"],
      ]),
    );
    expect(billing.statusCode).toBe(422);
    expect(billing.json().errors[0]).toEqual({
      row: 2,
      field: "periodo",
      message: "«2024-13» no tiene el formato esperado (Mes facturado, AAAA-MM)",
    });
    const goodBilling = await upload(
      admin,
      "billing",
      "facturacion-2.xlsx",
      await xlsxBuffer([
        ["codigo_cliente", "periodo", "monto"],
        ["N-1", "2024-01", 100000],
        ["N-1", "2024-02", "120.000,50"],
      ]),
    );
    expect(goodBilling.statusCode, goodBilling.body).toBe(201);
    await admin.request({ method: "POST", url: `/api/imports/${goodBilling.json().id}/commit` });

    const id = (await admin.request({ url: "/api/customers?q=N-1" })).json()[0].id;
    const page = (await admin.request({ url: `/api/customers/${id}` })).json();
    expect(page.claims).toEqual([
      expect.objectContaining({ code: "R-1", category: "Sin servicio", description: "Intermitencia; en la noche" }),
    ]);
    expect(page.billing).toEqual([
      { period: "2024-02", amount: 120000.5 },
      { period: "2024-01", amount: 100000 },
    ]);
    const actions = (await admin.request({ url: `/api/customers/${id}/timeline` }))
      .json()
      .events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["billing_recorded", "billing_recorded", "claim_recorded", "product_added", "customer_created"]);
  });
});

describe("files that are refused before they are parsed", () => {
  it("a zip bomb (actual inflation far beyond the compressed size) is refused with 413 and nothing recorded", async () => {
    const imports = await importCount();
    const bomb = zipBuffer([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200_000);
    const response = await upload(admin, "customers", "bomba.xlsx", bomb);
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toContain("bomba de compresión");
    expect(await importCount()).toBe(imports);
  });

  it("a zip whose header lies about its size is refused when the inflated bytes pass the limit; so is a file over the size limit", async () => {
    const small = await buildTestApp(testDb, { importMaxUncompressedBytes: 1024 * 1024, importMaxBytes: 64 * 1024 });
    try {
      const session = await login(small.app, tenant.users.admin!.email);
      const lying = zipBuffer([
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(4 * 1024 * 1024, 32), declaredSize: 1000 },
      ]);
      const response = await upload(session, "customers", "mentiroso.xlsx", lying);
      expect(response.statusCode).toBe(413);
      expect(response.json().detail).toMatch(/se descomprime a más/);
      const declared = zipBuffer([{ name: "a.xml", data: Buffer.alloc(10), declaredSize: 2 * 1024 * 1024 }]);
      const big = await upload(session, "customers", "declara.xlsx", declared);
      expect(big.statusCode).toBe(413);
      expect(big.json().detail).toContain("declara 2 MB");
      const imports = await importCount();
      const heavy = await upload(session, "customers", "pesado.csv", csvBuffer([CUSTOMER_HEADER, ...customers(2000, "P")]));
      expect(heavy.statusCode).toBe(413);
      expect(heavy.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", detail: "El archivo supera el máximo de 64 KB" });
      expect(await importCount()).toBe(imports);
    } finally {
      await small.close();
    }
  });

  it("a zip with too many entries is refused", async () => {
    const entries = Array.from({ length: 2001 }, (_, i) => ({ name: `xl/parte${i}.xml`, data: Buffer.from("<a/>") }));
    const response = await upload(admin, "customers", "entradas.xlsx", zipBuffer(entries));
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toContain("2001 partes internas");
  });

  it("a truncated .xlsx or a malformed CSV is rejected (422) in Spanish and recorded as rejected", async () => {
    const whole = await xlsxBuffer([CUSTOMER_HEADER, ...customers(200, "X")]);
    const truncated = await upload(admin, "customers", "cortado.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json().detail).toContain("dañado o incompleto");
    const stored = (await admin.request({ url: `/api/imports/${truncated.json().importId}` })).json();
    expect(stored).toMatchObject({ status: "rejected", errors: [{ row: 0, column: null }] });

    const csv = Buffer.concat([csvBuffer([CUSTOMER_HEADER, ...customers(3, "Y")]), Buffer.from('Y-9;1;"Sin cerrar')]);
    const malformed = await upload(admin, "customers", "cortado.csv", csv);
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().detail).toContain("una comilla se abrió y no se cerró");
    expect(await count("SELECT count(*) AS n FROM customers WHERE code LIKE 'X-%' OR code LIKE 'Y-%'")).toBe(0);
  });

  it("an unknown format is refused with 415 by extension and by content", async () => {
    const pdf = await upload(admin, "customers", "clientes.pdf", Buffer.from("%PDF-1.4"));
    expect(pdf.statusCode).toBe(415);
    const fake = await upload(admin, "customers", "clientes.xlsx", Buffer.from("codigo_cliente;nombre\n"));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().detail).toContain("no es un libro de Excel");
    const binary = await upload(admin, "customers", "clientes.csv", await xlsxBuffer([CUSTOMER_HEADER]));
    expect(binary.statusCode).toBe(415);
  });
});

describe("the imports list", () => {
  it("is paged newest first, filtered by status and kind, and sorted by file name", async () => {
    const own = await buildTenant(testDb.db, "paginas-importa");
    const session = await login(testApp.app, own.users.admin!.email);
    expect(
      (await upload(session, "customers", "b-primero.csv", csvBuffer([CUSTOMER_HEADER, ...customers(1, "P")]))).statusCode,
    ).toBe(201);
    expect(
      (await upload(session, "customers", "c-segundo.csv", csvBuffer([CUSTOMER_HEADER, ...customers(2, "Q")]))).statusCode,
    ).toBe(201);
    const broken = csvBuffer([CUSTOMER_HEADER, ["", "", "", "", "", "", "", "", "", ""]]);
    expect((await upload(session, "customers", "a-errores.csv", broken)).statusCode).toBe(422);

    const first = (await session.request({ url: "/api/imports?pageSize=2" })).json();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((i: { fileName: string }) => i.fileName)).toEqual(["a-errores.csv", "c-segundo.csv"]);
    const second = (await session.request({ url: "/api/imports?pageSize=2&page=2" })).json();
    expect(second.items.map((i: { fileName: string }) => i.fileName)).toEqual(["b-primero.csv"]);
    const rejected = (await session.request({ url: "/api/imports?status=rejected" })).json();
    expect(rejected).toMatchObject({ total: 1, items: [{ fileName: "a-errores.csv", status: "rejected" }] });
    expect((await session.request({ url: "/api/imports?kind=surveys" })).json().total).toBe(0);
    const byName = (await session.request({ url: "/api/imports?sort=fileName" })).json();
    expect(byName.items.map((i: { fileName: string }) => i.fileName)).toEqual([
      "a-errores.csv",
      "b-primero.csv",
      "c-segundo.csv",
    ]);
    const unknown = await session.request({ url: "/api/imports?status=borrado" });
    expect(unknown.statusCode).toBe(400);
  });
});

describe("permissions and templates", () => {
  it("an advisor cannot import (403); a supervisor can look but not run", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const file = csvBuffer([CUSTOMER_HEADER, ...customers(1, "A")]);
    expect((await upload(advisor, "customers", "a.csv", file)).statusCode).toBe(403);
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    expect((await upload(supervisor, "customers", "a.csv", file)).statusCode).toBe(403);
    expect((await supervisor.request({ url: "/api/imports" })).statusCode).toBe(200);
  });

  it("serves an .xlsx template whose header the import accepts", async () => {
    const template = await admin.request({ url: "/api/imports/templates/customers" });
    expect(template.statusCode).toBe(200);
    expect(template.headers["content-type"]).toContain("spreadsheetml");
    const staged = await upload(admin, "customers", "plantilla.xlsx", template.rawPayload);
    expect(staged.statusCode, staged.body).toBe(201);
    expect(staged.json()).toMatchObject({ totalRows: 1, preview: [{ row: 2, data: { code: "C-000123", tier: "standard" } }] });
  });
});

describe("e-mail and phone formats, and the errors as .xlsx", () => {
  it("refuses a customer with a malformed e-mail or phone, by row and column, and the list downloads as .xlsx", async () => {
    const rows = customers(3, "FMT");
    rows[0]![5] = "no-es-un-correo";
    rows[2]![4] = "llamar en la tarde";
    const before = await customerCount();
    const staged = await upload(admin, "customers", "formatos.csv", csvBuffer([CUSTOMER_HEADER, ...rows]));
    expect(staged.statusCode).toBe(422);
    const view = { id: staged.json().importId, errors: staged.json().errors };
    expect(view.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, "email"],
      [4, "telefono"],
    ]);
    expect(await customerCount()).toBe(before);

    const download = await admin.request({ method: "GET", url: `/api/imports/${view.id}/errors.xlsx` });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toContain("spreadsheetml");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("errores")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "fila", "columna", "error"]);
    expect(sheet.getRow(2).getCell(1).value).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe("email");
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(/correo/);
  });

  it("another tenant's import errors are not found", async () => {
    const staged = await upload(
      admin,
      "customers",
      "otro.csv",
      csvBuffer([CUSTOMER_HEADER, ["X", "", "", "", "", "", "", "", "", ""]]),
    );
    const session = await login(testApp.app, other.users.admin!.email);
    const response = await session.request({ method: "GET", url: `/api/imports/${staged.json().importId}/errors.xlsx` });
    expect(response.statusCode).toBe(404);
  });
});
