import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { apiSession, launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// The advisor's disposition screen in a real browser: queue → take next → attempt → state → motive →
// fields → generated note, edited under the live counter → confirmation with the closing instruction.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const ADVISOR = { email: "asesora@e2e.test", password: "clave-asesora-1" };
const SUPERVISOR = { email: "supervisor@e2e.test", password: "clave-supervisor-1" };
/** The e2e operator is Colombian (server.ts): its clock is Bogotá's. */
const OPERATOR_ZONE = "America/Bogota";
const VIEWPORT = { width: 1280, height: 900 };
let server: E2eServer;
let advisorId: string;
let browser: Browser;
let page: Page;

/** A logged-in API client (cookie + CSRF), to prepare data the way an integrator would. */

before(async () => {
  server = await startE2eServer(ADMIN);
  const admin = await apiSession(server.baseUrl, ADMIN);
  advisorId = (
    await admin("POST", "/api/users", {
      email: ADVISOR.email,
      fullName: "Andrea Asesora",
      password: ADVISOR.password,
      roles: ["advisor"],
    })
  ).id;
  await admin("POST", "/api/users", {
    email: SUPERVISOR.email,
    fullName: "Sofía Supervisora",
    password: SUPERVISOR.password,
    roles: ["supervisor"],
  });
  const customer = await admin("POST", "/api/customers", {
    code: "C-E2E-1",
    documentId: "1712345678",
    fullName: "Carlos Pacheco",
    phone: "0996652364",
  });
  await admin("POST", `/api/customers/${customer.id}/products`, {
    serviceNumber: "022555001",
    kind: "internet",
    technology: "gpon",
    plan: "Fibra 200",
    status: "active",
  });
  await admin("POST", "/api/complaint-cases", {
    campaign: "internet-retention",
    complaintNumber: "Q-E2E-1",
    serviceNumber: "022555001",
    customerCode: "C-E2E-1",
    reason: "Solicita el retiro del servicio",
    receivedAt: new Date().toISOString(),
  });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "es-CO", viewport: VIEWPORT });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(on: Page, user: { email: string; password: string }) {
  await on.goto(server.baseUrl);
  await on.getByTestId("login-email").fill(user.email);
  await on.getByTestId("login-password").fill(user.password);
  await on.getByTestId("login-submit").click();
}

test("the advisor takes a case, records an attempt and sets a disposition with its generated, edited note", {
  timeout: 120_000,
}, async () => {
  await screenshotOnFailure(page, "e2e-dispositions", async () => {
    await logIn(page, ADVISOR);
    await page.getByTestId("nav-cases").click();
    await page.getByTestId("take-next").click();
    await page.getByTestId("case-heading").getByText("Queja Q-E2E-1").waitFor();

    // A contact attempt: the customer answers.
    assert.equal(await page.getByTestId("attempt-number").inputValue(), "0996652364");
    await page.getByTestId("attempt-result").selectOption("answered");
    await page.getByTestId("attempt-submit").click();
    await page.getByTestId("attempts-list").getByText("Contestó").waitFor();

    // A motive that needs fields: refused with the reason while one is missing.
    await page.getByTestId("state-select").selectOption("RETENIDO");
    await page.getByTestId("motive-select").selectOption("TRASLADO_INTERNO_CON_COSTO");
    await page.getByTestId("field-direccion").fill("Av. Amazonas N24-56");
    await page.getByTestId("generate-note").click();
    await page.getByRole("alert").getByText("Falta «Teléfono de referencia»", { exact: false }).waitFor();

    // The discount of the benefits matrix: the note is generated with the matrix's points.
    await page.getByTestId("state-select").selectOption("RETENIDO_SEGUIMIENTO");
    await page.getByTestId("motive-select").selectOption("DESCUENTO_CBM");
    assert.match((await page.getByTestId("motive-closing").textContent()) ?? "", /ATENDIDO \(1 día hábil\)/);
    await page.getByTestId("field-beneficio").selectOption("DESC_50_M2_3_5");
    await page.getByTestId("field-linea_pagadora").fill("0996652364");
    await page.getByTestId("generate-note").click();
    const editor = page.getByTestId("note-editor");
    await editor.waitFor();
    const generated = await editor.inputValue();
    assert.match(generated, /^Impulsa\/\/asesora\/\/descuento 50% mes 2, 3 y 5 \(saltados/);
    assert.match((await page.getByTestId("note-counter").textContent()) ?? "", new RegExp(`^${generated.length} / 250`));

    // Too long: the counter says so and the confirmation waits; shortened, it goes.
    await editor.fill("x".repeat(260));
    await page.getByTestId("note-counter").getByText("demasiado larga", { exact: false }).waitFor();
    assert.equal(await page.getByTestId("submit-disposition").isDisabled(), true);
    // The edit rewords the note but keeps what the required fields said (the benefit's points, the paying line).
    const edited = generated.replace("//línea pagadora ", "//línea ").replace(/\/\/contacto .*$/, "//Carlos Pacheco");
    assert.notEqual(edited, generated);
    await editor.fill(edited);
    assert.equal(await page.getByTestId("note-counter").textContent(), `${edited.length} / 250 caracteres`);
    await page.getByTestId("submit-disposition").click();

    const confirmation = page.getByTestId("disposition-confirmation");
    await confirmation.getByText("Caso finalizado. Instrucción de cierre ATENDIDO", { exact: false }).waitFor();
    assert.match((await confirmation.textContent()) ?? "", /RETENIDO EN SEGUIMIENTO \/ DESCUENTO CBM/);
    await page.locator('[data-testid="case-status"][data-status="finished"]').first().waitFor();
    assert.equal(await page.getByTestId("disposition-entry").first().locator(".note-text").textContent(), edited);
    assert.match((await page.getByTestId("instruction-entry").first().textContent()) ?? "", /ATENDIDO/);

    // Still correctable while the instruction is unsent; the correction form opens.
    await page.getByTestId("start-correction").click();
    await page.getByTestId("disposition-form").getByText("Corregir tipificación").waitFor();

    await page.getByTestId("open-timeline").click();
    await page.getByTestId("timeline-panel").getByText("Tipificación").first().waitFor();
  });
});

test("the supervisor loads the queue: a file with errors lists each by row and column; a good one is confirmed", {
  timeout: 120_000,
}, async () => {
  const board = await browser.newPage({ locale: "es-CO", viewport: VIEWPORT });
  await screenshotOnFailure(board, "e2e-complaints-upload", async () => {
    await logIn(board, SUPERVISOR);
    await board.getByTestId("nav-campaign-supervision").click();
    const header = "numero_queja,numero_servicio,codigo_cliente,motivo,fecha";
    const csv = (rows: string[]) => ({
      name: "quejas.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${[header, ...rows].join("\n")}\n`),
    });

    await board
      .getByTestId("complaints-file")
      .setInputFiles(
        csv(["Q-E2E-10,SVC-NO-EXISTE,C-E2E-1,Retiro,2025-06-10 09:30", "Q-E2E-11,022555001,C-E2E-1,Retiro,2025-06-10 09:30"]),
      );
    await board.getByTestId("complaints-upload").click();
    await board.locator('[data-testid="import-status"][data-status="rejected"]').waitFor();
    const errorRow = board.getByRole("row").filter({ hasText: "El número de servicio «SVC-NO-EXISTE» no existe" });
    assert.match((await errorRow.textContent()) ?? "", /^2\s*numero_servicio/);
    assert.equal(await board.getByTestId("import-commit").count(), 0);

    await board.getByTestId("complaints-file").setInputFiles(csv(["Q-E2E-12,022555001,C-E2E-1,Retiro,2025-06-10 09:30"]));
    await board.getByTestId("complaints-upload").click();
    await board.locator('[data-testid="import-status"][data-status="staged"]').waitFor();
    await board.getByTestId("import-commit").click();
    await board.locator('[data-testid="import-status"][data-status="committed"]').waitFor();
  });
  await board.close();
});

test("a callback typed in a browser in another time zone is kept on the operator's clock", { timeout: 120_000 }, async () => {
  const admin = await apiSession(server.baseUrl, ADMIN);
  const created = await admin("POST", "/api/complaint-cases", {
    campaign: "internet-retention",
    complaintNumber: "Q-E2E-2",
    serviceNumber: "022555001",
    customerCode: "C-E2E-1",
    reason: "Solicita el retiro del servicio",
    receivedAt: new Date().toISOString(),
  });
  await admin("POST", "/api/complaint-cases/assign", { caseIds: [created.id], advisorId });
  const day = DateTime.now().setZone(OPERATOR_ZONE).plus({ days: 3 });
  const tokyo = await browser.newPage({ locale: "es-CO", timezoneId: "Asia/Tokyo", viewport: VIEWPORT });
  await screenshotOnFailure(tokyo, "e2e-callback-zone", async () => {
    await logIn(tokyo, ADVISOR);
    await tokyo.getByTestId("nav-cases").waitFor();
    await tokyo.goto(`${server.baseUrl}/casos/${created.id}`);
    await tokyo.getByTestId("state-select").selectOption("PENDIENTE");
    await tokyo.getByTestId("motive-select").selectOption("VOLVER_A_LLAMAR");
    await tokyo.getByTestId("field-fecha_llamada").fill(`${day.toISODate()}T10:30`);
    await tokyo.getByTestId("generate-note").click();
    const note = await tokyo.getByTestId("note-editor");
    await note.waitFor();
    assert.match(await note.inputValue(), new RegExp(`${day.toFormat("dd/MM/yyyy")} 10:30`));
    await tokyo.getByTestId("submit-disposition").click();
    await tokyo.getByTestId("disposition-confirmation").waitFor();
  });
  await tokyo.close();
  const detail = await admin("GET", `/api/complaint-cases/${created.id}`);
  assert.equal(detail.nextContactAt, DateTime.fromISO(`${day.toISODate()}T10:30`, { zone: OPERATOR_ZONE }).toUTC().toISO());
});
