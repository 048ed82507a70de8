import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

const USER = { email: "admin@e2e.test", password: "clave-e2e-segura" };
let server: E2eServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startE2eServer(USER);
  // playwright gives every launch a new, empty profile of its own.
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "es-CO", viewport: { width: 1280, height: 800 } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("log in, import a small file, find a customer, open the timeline", { timeout: 120_000 }, async () => {
  await screenshotOnFailure(page, "e2e", async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId("login-email").fill(USER.email);
    await page.getByTestId("login-password").fill(USER.password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-imports").click();

    const csvPath = path.join(server.dataDir, "clientes.csv");
    await fs.writeFile(
      csvPath,
      [
        "codigo_cliente,documento,nombre,categoria,telefono,email,direccion,ciudad,en_mora,central_riesgos",
        "CL-9001,1012345678,Marisol Quintero Díaz,vip,3001234567,marisol@example.co,Calle 10 # 20-30,Bogotá,no,no",
        "CL-9002,79888777,Jorge Iván Restrepo,standard,3109876543,,Carrera 45 # 12-08,Medellín,sí,no",
      ].join("\n"),
    );
    await page.getByTestId("import-kind").selectOption("customers");
    await page.getByTestId("import-file").setInputFiles(csvPath);
    await page.getByTestId("import-upload").click();
    await page.getByTestId("import-commit").click();
    await page.locator('[data-testid="import-status"][data-status="committed"]').waitFor();

    await page.getByTestId("nav-customers").click();
    await page.getByTestId("customer-search").fill("Marisol");
    await page.getByTestId("customer-result").first().click();
    const name = await page.getByTestId("customer-name").textContent();
    assert.match(name ?? "", /Marisol Quintero Díaz/);

    await page.getByTestId("open-timeline").click();
    const timeline = page.getByTestId("timeline-panel");
    await timeline
      .getByText(/Ana Admin/)
      .first()
      .waitFor();
    assert.ok((await timeline.textContent())?.length);
  });
});
