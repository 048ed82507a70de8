import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiSession, launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// The adjustments cell's desk in a real browser (seed 004): a cut's rows, their progress, the bulk
// validation that sends one row to the back office and escalates the other (no evidence) to the PQR area,
// and a row's page with its PQR.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const CELL = { email: "ajustes@e2e.test", password: "clave-ajustes-1" };
const CUT = "2025-06-30";
let server: E2eServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startE2eServer(ADMIN);
  const admin = await apiSession(server.baseUrl, ADMIN);
  await admin("POST", "/api/users", { ...CELL, fullName: "Luisa Célula", roles: ["adjustments_back"] });
  await admin("PUT", "/api/pqr-cun-range", { prefix: "CUN-", firstNumber: 1, lastNumber: 999_999 });
  for (const [code, phone] of [
    ["C-AJ-1", "3001112233"],
    ["C-AJ-2", "3004445566"],
  ]) {
    await admin("POST", "/api/customers", { code, documentId: `10${phone}`, fullName: `Cliente ${code}`, phone });
  }
  const cell = await apiSession(server.baseUrl, CELL);
  const row = (filing: string, account: string, cause: string, evidence: string[]) =>
    cell("POST", "/api/adjustments/rows", {
      cutDate: CUT,
      filingNumber: filing,
      account,
      cause,
      agentEmail: ADMIN.email,
      requestedAmount: 45000,
      radicado: `RAD-${filing}`,
      evidence,
    });
  await row("PQR-1", "C-AJ-1", "A", ["certificado_falla", "factura"]);
  await row("PQR-2", "C-AJ-2", "B", []);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "es-CO", viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the cell validates a cut's rows in bulk from its desk and opens a row with its PQR", { timeout: 120_000 }, async () => {
  await screenshotOnFailure(page, "e2e-adjustments", async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId("login-email").fill(CELL.email);
    await page.getByTestId("login-password").fill(CELL.password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-adjustments").click();
    const desk = page.getByTestId("adjustments-desk");
    await desk.getByText("PQR-1").waitFor();
    await page.getByText("0 de 2 filas gestionadas").waitFor();

    await page.getByLabel("Seleccionar todas las de la página").check();
    await page.getByTestId("bulk-validate").click();
    await page.getByText("2 de 2 filas validadas").waitFor();
    await page.getByTestId("adjustment-row-PQR-1").getByText("Enviada al back de ajustes").waitFor();
    await page.getByTestId("adjustment-row-PQR-2").getByText("Escalada al área de PQR").waitFor();
    await page.getByText("1 de 2 filas gestionadas").waitFor();

    await page.getByRole("link", { name: "PQR-2" }).click();
    await page.getByTestId("adjustment-status").getByText("Escalada al área de PQR").waitFor();
    const pqr = (await page.getByTestId("adjustment-pqr").textContent()) ?? "";
    assert.match(pqr, /CUN CUN-\d+/);
    await page.getByText("Falta", { exact: false }).first().waitFor();
  });
});
