import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiSession, launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

const ADMIN = { email: "admin@pqr-e2e.test", password: "clave-e2e-segura" };
const PASSWORD = "clave-e2e-equipo";
const PEOPLE = {
  advisor: { email: "asesor@pqr-e2e.test", fullName: "Andrés Asesor" },
  pqr_area: { email: "pqr@pqr-e2e.test", fullName: "Lucía PQR" },
};
const PDF = Buffer.from("%PDF-1.4\n% constancia\n%%EOF\n");
let server: E2eServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startE2eServer(ADMIN);
  const call = await apiSession(server.baseUrl, ADMIN);
  for (const [role, person] of Object.entries(PEOPLE)) {
    await call("POST", "/api/users", { ...person, password: PASSWORD, roles: [role] });
  }
  await call("PUT", "/api/pqr-cun-range", { prefix: "4001", firstNumber: 1, lastNumber: 99_999_999, width: 8 });
  const { id } = await call("POST", "/api/customers", {
    code: "E2E-PQR-1",
    documentId: "52999888",
    fullName: "Rosa Elena Patiño",
    tier: "standard",
    phone: "+573001112233",
    address: "Carrera 7 # 45-10",
    city: "Bogotá",
  });
  await call("POST", `/api/customers/${id}/products`, {
    serviceNumber: "IN-E2E-PQR",
    kind: "internet",
    technology: "hfc",
    plan: "Hogar 200",
    status: "active",
    monthlyFee: 89900,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(email: string) {
  await page?.close();
  page = await (await browser.newContext({ locale: "es-CO", viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(server.baseUrl);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
}

test("the advisor files a PQR from the customer's page; the PQR area answers it with the notification's proof", {
  timeout: 120_000,
}, async () => {
  await logIn(PEOPLE.advisor.email);
  await screenshotOnFailure(page, "pqr-advisor", async () => {
    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customer-search").fill("Rosa");
    await page.getByTestId("customer-result").first().click();
    await page.getByTestId("open-pqr-form").click();
    // The response time the advisor tells the customer (seed 002 step 5).
    await page.getByTestId("pqr-response-time").waitFor();
    assert.match((await page.getByTestId("pqr-response-time").textContent()) ?? "", /15 días hábiles/);
    const form = page.getByTestId("pqr-file-form");
    await form.locator('input[name="subject"]').fill("Cobro doble del cargo fijo");
    await form.getByLabel("A dónde enviar la respuesta").fill("rosa@example.com");
    await form.getByRole("button", { name: "Radicar" }).click();
    await page.getByText(/PQR radicada con CUN 400100000001/).waitFor();
    await page.getByTestId("customer-pqrs").getByTestId("pqr-row").first().waitFor();
  });

  await logIn(PEOPLE.pqr_area.email);
  await screenshotOnFailure(page, "pqr-area", async () => {
    await page.getByTestId("nav-pqr").click();
    await page.getByRole("link", { name: "400100000001" }).click();
    await page.getByTestId("pqr-summary").waitFor();
    const answer = page.getByTestId("pqr-answer-form");
    await answer.locator('textarea[name="answerText"]').fill("Se reversa el cobro doble en la próxima factura.");
    // Without the notification's proof the answer is refused, and says why.
    await answer.getByRole("button", { name: "Responder y notificar" }).click();
    await page.getByText("Adjunte la prueba de la notificación de la respuesta al cliente").waitFor();
    await answer
      .locator('input[name="notificationProof"]')
      .setInputFiles({ name: "constancia.pdf", mimeType: "application/pdf", buffer: PDF });
    await answer.getByRole("button", { name: "Responder y notificar" }).click();
    await page.locator('[data-testid="pqr-status"]', { hasText: "Respondida y notificada" }).waitFor();
    await page.getByRole("link", { name: "constancia.pdf" }).waitFor();
    await page.getByTestId("timeline-panel").getByText("PQR respondida y notificada").waitFor();
  });
});
