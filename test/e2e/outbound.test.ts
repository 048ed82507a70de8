import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiSession, launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// Seed 002 step 1 in a real browser: the advisor goes ready on the outbound desktop, the server's simulated
// dialer calls, the customer answers, and the call arrives with its alert; the advisor dispositions and closes it.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const ADVISOR = { email: "asesor-salida@e2e.test", password: "clave-asesor-1" };
let server: E2eServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startE2eServer(ADMIN);
  const admin = await apiSession(server.baseUrl, ADMIN);
  await admin("POST", "/api/users", {
    email: ADVISOR.email,
    fullName: "Andrés Asesor",
    password: ADVISOR.password,
    roles: ["advisor"],
  });
  // A preset without contact windows, so the test does not depend on the hour it runs at (the CO rules have unit tests).
  const co = await admin("GET", "/api/catalogs/contact_policy/co");
  const allDay = ["00:00", "24:00"];
  await admin("PUT", "/api/catalogs/contact_policy/e2e", {
    basedOnVersion: 0,
    content: {
      ...co.content,
      name: "Prueba sin horario",
      windows: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
      noContactOnHolidays: false,
    },
  });
  await admin("POST", "/api/outbound/campaigns", {
    code: "e2e-premium",
    name: "Premium E2E",
    policyScope: "e2e",
    pacingMode: "progressive",
  });
  await admin("POST", "/api/outbound/campaigns", {
    code: "e2e-vista",
    name: "Vista previa E2E",
    policyScope: "e2e",
    pacingMode: "preview",
  });
  await admin("POST", "/api/customers", { code: "C-OUT-2", documentId: "1019876544", fullName: "Jairo Cardona" });
  const customer = await admin("POST", "/api/customers", {
    code: "C-OUT-1",
    documentId: "1019876543",
    fullName: "Marisol Restrepo",
  });
  const form = new FormData();
  form.append(
    "file",
    new Blob([
      "campana,tipo_base,codigo_cliente,motivo,ofertas,telefonos\n" +
        'e2e-premium,cancelaciones,C-OUT-1,Solicitó cancelar su Internet,"Descuento 30 % por 3 meses | Upgrade a 900 Mb",3001234561\n' +
        "e2e-vista,brownfield,C-OUT-2,Migración a fibra disponible en su sector,,3001234571\n",
    ]),
    "bases.csv",
  );
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const staged = await fetch(`${server.baseUrl}/api/imports?kind=contact_lists`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken },
    body: form,
  });
  assert.equal(staged.status, 201, await staged.clone().text());
  const { id } = (await staged.json()) as { id: string };
  await admin("POST", `/api/imports/${id}/commit`);
  assert.ok(customer.id);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the answered call arrives at the ready advisor's desktop with its alert, and is closed", { timeout: 120_000 }, async () => {
  await screenshotOnFailure(page, "e2e-outbound", async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId("login-email").fill(ADVISOR.email);
    await page.getByTestId("login-password").fill(ADVISOR.password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-outbound").click();
    await page.getByTestId("campaign-select").selectOption({ label: "Premium E2E" });
    await page.getByTestId("go-ready").click();
    const alert = page.getByTestId("incoming-call");
    await alert.waitFor({ timeout: 60_000 });
    assert.match((await alert.textContent()) ?? "", /Marisol Restrepo/);
    assert.match((await page.getByTestId("desktop-list").textContent()) ?? "", /Descuento 30 % por 3 meses/);
    // Step 4: no place in the agenda for the zone: the visit is escalated to the back office.
    await page.getByTestId("visit-zone").fill("Chapinero");
    await page.getByTestId("visit-reason").fill("Internet intermitente: falla física");
    await page.getByText("La agenda no tiene cupo en esta zona").waitFor();
    await page.getByTestId("escalate-visit").click();
    assert.match((await page.getByTestId("visit-done").textContent()) ?? "", /escalada al back office/);
    await page.getByTestId("disposition-select").selectOption("retenido");
    await page.getByTestId("notes").fill("Acepta el descuento del 30 % por 3 meses.");
    await page.getByTestId("save-disposition").click();
    await page.getByTestId("desktop-waiting").waitFor();
    assert.equal(await page.getByTestId("agent-state").textContent(), "Disponible");
  });
});

test("preview mode: the advisor sees the record, dials it by hand, and the answered call comes to them", {
  timeout: 120_000,
}, async () => {
  await screenshotOnFailure(page, "e2e-outbound-preview", async () => {
    await page.getByTestId("campaign-select").selectOption({ label: "Vista previa E2E" });
    await page.getByTestId("go-ready").click();
    const preview = page.getByTestId("preview-records");
    await preview.waitFor();
    await preview.getByText("Jairo Cardona").waitFor();
    assert.match((await preview.textContent()) ?? "", /Brownfield/);
    await preview.getByTestId("dial-record").click();
    const alert = page.getByTestId("incoming-call");
    await alert.waitFor({ timeout: 60_000 });
    assert.match((await alert.textContent()) ?? "", /Jairo Cardona/);
    await page.getByTestId("disposition-select").selectOption("migracion-ftth-rechazada");
    await page.getByTestId("notes").fill("Se explicó la migración a fibra; la acepta.");
    await page.getByTestId("save-disposition").click();
    await page.getByTestId("desktop-waiting").waitFor();
    await preview.getByText("No hay registros por marcar ahora.").waitFor();
  });
});
