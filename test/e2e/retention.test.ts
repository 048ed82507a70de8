import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { after, before, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { apiSession } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// A 1×1 PNG: a real image the browser draws, as a phone photo would be.
const PHOTO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const ADMIN = { email: "admin@retencion-e2e.test", password: "clave-e2e-segura" };
const PASSWORD = "clave-e2e-equipo";
const PEOPLE = {
  advisor: { email: "asesor@retencion-e2e.test", fullName: "Andrés Asesor" },
  supervisor: { email: "supervisor@retencion-e2e.test", fullName: "Paola Supervisora" },
  technician: { email: "tecnico@retencion-e2e.test", fullName: "Jhon Técnico" },
  quality_team: { email: "calidad@retencion-e2e.test", fullName: "Mónica Calidad" },
  commercial_management: { email: "gerencia@retencion-e2e.test", fullName: "Ricardo Gerente" },
};
const DAY = 86_400_000;
let server: E2eServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startE2eServer(ADMIN);
  const call = await apiSession(server.baseUrl, ADMIN);
  for (const [role, person] of Object.entries(PEOPLE)) {
    await call("POST", "/api/users", { ...person, password: PASSWORD, roles: [role] });
  }
  // A customer with repeated damage on their fiber Internet: two claims in 30 days, the last one open.
  const { id } = await call("POST", "/api/customers", {
    code: "E2E-RET-1",
    documentId: "52123456",
    fullName: "Marisol Quintero Díaz",
    tier: "premium",
    phone: "+573001234567",
    address: "Calle 10 # 20-30",
    city: "Bogotá",
  });
  await call("POST", `/api/customers/${id}/products`, {
    serviceNumber: "IN-E2E-1",
    kind: "internet",
    technology: "ftth",
    plan: "Fibra 500",
    status: "active",
    monthlyFee: 114900,
  });
  const now = Date.now();
  await call("POST", "/api/claims", {
    code: "RC-E2E-1",
    serviceNumber: "IN-E2E-1",
    category: "Intermitencia",
    openedAt: new Date(now - 12 * DAY).toISOString(),
    resolvedAt: new Date(now - 11 * DAY).toISOString(),
  });
  await call("POST", "/api/claims", {
    code: "RC-E2E-2",
    serviceNumber: "IN-E2E-1",
    category: "Cortes frecuentes",
    openedAt: new Date(now - 2 * DAY).toISOString(),
  });

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function screenshotOnFailure<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await fs.mkdir("test-results", { recursive: true });
    await page?.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

async function logIn(email: string, viewport = { width: 1280, height: 900 }) {
  await page?.close();
  page = await (await browser.newContext({ locale: "es-CO", viewport })).newPage();
  // The print dialog is the browser's; the test checks what was marked printed instead.
  await page.addInitScript("window.print = () => undefined;");
  await page.goto(server.baseUrl);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
}

test("the advisor walks the call on one screen: 360 → check → offer → outcome", { timeout: 120_000 }, async () => {
  await screenshotOnFailure("retention-advisor", async () => {
    await logIn(PEOPLE.advisor.email);
    await page.getByTestId("nav-retention").click();
    await page.getByTestId("customer-search").fill("Marisol");
    await page.getByTestId("customer-result").first().click();
    assert.match((await page.getByTestId("r360-name").textContent()) ?? "", /Marisol Quintero Díaz/);
    // The repeated damage is shown with the claims that make it, before anything is done.
    await page.getByTestId("product-mark").waitFor();
    assert.match((await page.getByTestId("product-mark").textContent()) ?? "", /Daño reiterado/);
    assert.equal(await page.locator('[data-testid="claims-table"] tr[data-marked="true"]').count(), 2);
    assert.match((await page.getByTestId("branch-reason").textContent()) ?? "", /RC-E2E-1.*RC-E2E-2/);

    await page.getByTestId("open-case").click();
    await page.locator('[data-testid="case-state"][data-state="opened"]').waitFor();
    await page.getByTestId("check-damage").click();
    await page.locator('[data-testid="case-state"][data-state="repeated_damage"]').waitFor();
    await page.getByTestId("choose-bill-waiver-month").click();
    await page.locator('[data-testid="case-state"][data-state="negotiated"]').waitFor();
    await page.getByTestId("file-claim").click();
    await page.locator('[data-testid="case-state"][data-state="billing_claim_filed"]').waitFor();
    const observation = await page.getByTestId("xpress-observation").inputValue();
    assert.match(observation, /CLIENTE CON DAÑOS REITERADOS.*AL CEL \+573001234567/);
    await page.getByTestId("xpress-observation").fill(`${observation} PREFIERE EN LA TARDE`);
    await page.getByTestId("create-xpress").click();
    await page.locator('[data-testid="case-state"][data-state="xpress_ordered"]').waitFor();
    await page.getByTestId("retain").click();
    await page.getByTestId("last-outcome").waitFor();
    assert.match((await page.getByTestId("last-outcome").textContent()) ?? "", /Cliente retenido/);
  });
});

test("the supervisor prints the Xpress orders and the technician closes one with the customer's signature", {
  timeout: 120_000,
}, async () => {
  await screenshotOnFailure("retention-technician", async () => {
    await logIn(PEOPLE.supervisor.email);
    await page.getByTestId("nav-work-orders").click();
    await page.locator('[data-testid="board-row"][data-breached="false"]').first().waitFor();
    assert.match((await page.getByTestId("xpress-board").textContent()) ?? "", /Quedan 2\d:\d\d:\d\d/);
    await page.getByTestId("go-print").click();
    await page
      .getByTestId("print-sheet")
      .getByText(/PREFIERE EN LA TARDE/)
      .waitFor();
    await page.getByTestId("print-orders").click();
    // Printed: the order leaves the pending list and reaches the technician.
    await page.getByText("No hay órdenes pendientes.").waitFor();
    // The sheet that went to paper: the tasks to tick and the box for the customer's signature.
    await page
      .getByTestId("print-sheet")
      .getByTestId("print-checklist")
      .first()
      .getByText(/Access Point/)
      .waitFor();
    await page.getByTestId("print-signature").first().getByText("Firma del cliente").waitFor();
    // A lost sheet: the printed orders are printed again, from the same page.
    await page.getByTestId("show-printed").click();
    await page
      .getByTestId("print-orders")
      .getByText(/Reimprimir/)
      .waitFor();
    await page.getByTestId("print-orders").click();
    await page.getByTestId("reprint-sheet").waitFor();

    // The technician's phone.
    await logIn(PEOPLE.technician.email, { width: 390, height: 844 });
    // The phone layout hides the navigation behind the menu; the technician's home is their orders.
    await page.getByTestId("technician-order-item").first().click();
    await page.getByTestId("task-wifi-access-point").check();
    // Photo evidence from the phone's camera: refused when it is not a photo, kept and shown when it is.
    await page
      .getByTestId("photo-input")
      .setInputFiles({ name: "nota.txt", mimeType: "text/plain", buffer: Buffer.from("hola") });
    await page.getByTestId("order-photos").getByText("El archivo no es una foto JPEG, PNG o WebP.").waitFor();
    await page.getByTestId("photo-input").setInputFiles({ name: "acometida.png", mimeType: "image/png", buffer: PHOTO_PNG });
    await page.getByTestId("order-photo").first().waitFor();
    assert.ok(
      await page
        .getByTestId("order-photo")
        .first()
        .locator("img")
        .evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth > 0),
      "the kept photo is shown",
    );
    await page.getByTestId("order-result").fill("Se instala access point; servicios funcionando");
    await page.getByTestId("signer-name").fill("Marisol Quintero");

    // Without a signature the order does not close, and says why.
    await page.getByTestId("close-order").click();
    await page.getByText(/sin la firma del cliente/).waitFor();

    const pad = page.getByTestId("signature-pad");
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) {
      await page.mouse.move(box.x + 20 + step * 12, box.y + box.height / 2 + Math.sin(step / 2) * 40);
    }
    await page.mouse.up();
    await page.locator('[data-testid="signature-state"]', { hasText: "Firma capturada" }).waitFor();
    await page.getByTestId("close-order").click();
    await page.getByTestId("order-closed").waitFor();

    const call = await apiSession(server.baseUrl, ADMIN);
    const closed = (await call("GET", "/api/work-orders?status=closed", undefined)) as unknown as Array<{
      hasSignature: boolean;
      tasksDone: string[];
      signedByName: string;
    }>;
    assert.deepEqual(
      closed.map((o) => [o.hasSignature, o.tasksDone, o.signedByName]),
      [[true, ["wifi-access-point"], "Marisol Quintero"]],
    );
  });
});

test("the quality team sees the 30-day check coming; commercial management reads the indicator and records its evaluation", {
  timeout: 120_000,
}, async () => {
  await screenshotOnFailure("retention-follow-up-indicator", async () => {
    await logIn(PEOPLE.quality_team.email);
    await page.getByTestId("nav-follow-ups").click();
    await page.getByTestId("scope-upcoming").click();
    const item = page.locator('[data-testid="worklist-item"][data-kind="repeated_damage_check"]');
    await item.waitFor();
    assert.match((await item.textContent()) ?? "", /Marisol Quintero Díaz.*Sigue siendo cliente/);

    await logIn(PEOPLE.commercial_management.email);
    await page.getByTestId("nav-retention-indicator").click();
    // The engine's tiles: this month one case closed, retained (100 %), and no cancellation.
    const rate = page.getByTestId("indicator-retention-retention_rate-kpi");
    await rate.waitFor();
    assert.match((await rate.textContent()) ?? "", /100,0\s?%/);
    // Each tile loads its own series: wait for this one's target line rather than reading it mid-load.
    await page
      .getByTestId("indicator-retention-cancellations")
      .getByText(/menos que el mes anterior/)
      .waitFor();
    // The records behind this month's rate: the one retained case, named, with its outcome in words.
    await page.getByTestId("indicator-code").selectOption("retention.retention_rate");
    await page.getByTestId("indicator-breakdown").locator("button").last().click();
    const rows = page.getByTestId("indicator-rows");
    await rows.locator("tbody tr").first().waitFor();
    assert.match((await rows.textContent()) ?? "", /Marisol Quintero Díaz.*Retenido/);
    await page.getByTestId("evaluation-notes").fill("Mantener la solución Xpress; revisar tiempos de visita");
    await page.getByTestId("evaluation-save").click();
    await page.getByTestId("evaluation-history").getByText("Mantener la solución Xpress; revisar tiempos de visita").waitFor();
  });
});
