import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { checkScreen, DESKTOP, launchBrowser, PHONE, screenshotOnFailure, signedInPage } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// Seed 002 step 4's fallback in a real browser, on the demo operator: the back office opens «Visitas escaladas» from
// its menu, finds the two visits advisors escalated (the oldest first), books the one in Chapinero into a slot the
// agenda has there (1366 px) and closes the one in Suba, which has none, with its reason (390 px). Each screen is
// kept as a screenshot and checked with axe.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const BACK_OFFICE = { email: "backoffice@demo.fideliza.co", password: "fideliza-demo" };

let server: E2eServer;
let browser: Browser;

before(async () => {
  server = await startE2eServer(ADMIN, { demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const ONE_ROW = `document.querySelectorAll('[data-testid="escalated-visit-row"]').length === 1`;
const rows = (page: Page) => page.getByTestId("escalated-visits").getByTestId("escalated-visit-row");

test("the back office books the oldest escalated visit into a slot of its zone (1366)", { timeout: 180_000 }, async () => {
  const page = await signedInPage(browser, server.baseUrl, BACK_OFFICE, DESKTOP);
  await screenshotOnFailure(page, "escalated-visits-book-1366", async () => {
    await page.getByTestId("nav-escalated-visits").click();
    await page.waitForURL(/\/visitas-escaladas$/);
    await rows(page).first().waitFor();
    assert.equal(await rows(page).count(), 2);
    const oldest = rows(page).first();
    assert.match((await oldest.textContent()) ?? "", /Chapinero.*Asesor|Chapinero/);
    assert.match((await oldest.textContent()) ?? "", /2 días/);
    // Dates as Colombians write them, never ISO.
    assert.doesNotMatch((await page.getByTestId("escalated-visits").textContent()) ?? "", /\d{4}-\d{2}-\d{2}T/);
    await checkScreen(page, "escalated-visits-1366");

    await oldest.getByTestId("resolve-open").click();
    const panel = page.getByTestId("resolve-visit");
    await panel.getByTestId("resolve-slot").first().waitFor();
    assert.equal(await panel.getByTestId("resolve-slot").count(), 2);
    await checkScreen(page, "escalated-visits-panel-1366");
    await panel.getByTestId("resolve-slot").first().check();
    await panel.getByTestId("resolve-note").fill("Cliente confirma la franja por teléfono");
    await panel.getByTestId("resolve-book").click();
    const done = page.getByTestId("resolve-done");
    await done.waitFor();
    assert.match((await done.textContent()) ?? "", /agendada/);
    // It left the open list: only Suba's is left, and the booked one is among those the back office booked.
    await page.waitForFunction(ONE_ROW, undefined, { timeout: 10_000 });
    assert.match((await rows(page).first().textContent()) ?? "", /Suba/);
    await page.getByTestId("escalated-status").selectOption("booked");
    await page.getByTestId("escalated-visits").getByText("Agendada", { exact: true }).waitFor();
    assert.match((await rows(page).first().textContent()) ?? "", /Chapinero.*Sandra Milena Torres/);
  });
  await page.context().close();
});

test("the back office closes an escalated visit with its reason when the zone has no slot (390)", {
  timeout: 120_000,
}, async () => {
  const page = await signedInPage(browser, server.baseUrl, BACK_OFFICE, PHONE);
  await screenshotOnFailure(page, "escalated-visits-close-390", async () => {
    await page.goto(`${server.baseUrl}/visitas-escaladas`);
    await rows(page).first().waitFor();
    await page.getByTestId("escalated-zone").selectOption("Suba");
    await page.waitForFunction(ONE_ROW, undefined, { timeout: 10_000 });
    await checkScreen(page, "escalated-visits-390");
    await rows(page).first().getByTestId("resolve-open").click();
    const panel = page.getByTestId("resolve-visit");
    await panel.getByText("La agenda no tiene franjas con cupo en esta zona", { exact: false }).waitFor();
    await panel.getByTestId("resolve-close-reason").selectOption("customer_desisted");
    await checkScreen(page, "escalated-visits-panel-390");
    await panel.getByTestId("resolve-close").click();
    const done = page.getByTestId("resolve-done");
    await done.waitFor();
    assert.match((await done.textContent()) ?? "", /cerrada: El cliente desiste de la visita/);
    await page.getByTestId("escalated-visits").getByText("No hay visitas escaladas por resolver.").waitFor();
  });
  await page.context().close();
});
