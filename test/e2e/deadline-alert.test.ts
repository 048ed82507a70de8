import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { apiSession, checkScreen, DESKTOP, launchBrowser, screenshotOnFailure, signedInPage } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// Issue 13 §5: a deadline about to expire on a cancellation complaint reaches the supervisor's open /dia through
// the realtime channel (its at-risk timer fires, the page reads its snapshot again), and the supervisor follows
// the alert to the case. The deadline's times are relative to the server's clock on a clock-hours rule, so the
// test holds at any hour of the day.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const SUPERVISOR = { email: "supervisor@demo.fideliza.co", password: "fideliza-demo" };
const MINUTE = 60_000;

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

test("a deadline about to expire reaches the supervisor's day, and its alert opens the case", { timeout: 180_000 }, async () => {
  const page = await signedInPage(browser, server.baseUrl, SUPERVISOR, DESKTOP);
  await screenshotOnFailure(page, "deadline-alert-day", async () => {
    await page.goto(`${server.baseUrl}/dia`);
    await page.getByTestId("day-deadlines").waitFor();
    const api = await apiSession(server.baseUrl, SUPERVISOR);
    const cases = await api("GET", "/api/complaint-cases?limit=1");
    const complaint = cases.cases[0] as { id: string };
    assert.ok(complaint, "the demo has cancellation complaints");
    // A one-hour closing deadline started 58 minutes ago: past its warning point, due in about two minutes,
    // sooner than any of the demo's, so it heads the «due soonest» list (or, had it expired, the breached one).
    await api("POST", "/api/deadlines", {
      subjectType: "complaint_case",
      subjectId: complaint.id,
      kind: "pending_closing",
      rule: { amount: 1, unit: "hours" },
      startedAt: new Date(Date.now() - 58 * MINUTE).toISOString(),
    });
    // No reload: the at-risk timer's event moves the open page.
    const alert = page.getByTestId("day-deadlines").locator(`a[href="/casos/${complaint.id}"]`).first();
    await alert.waitFor({ timeout: 60_000 });
    assert.match((await alert.textContent()) ?? "", /Cierre pendiente del caso · Queja/);
    await checkScreen(page, "supervisor-day-deadline-alert");
    await alert.click();
    await page.waitForURL(new RegExp(`/casos/${complaint.id}$`));
    await page.getByRole("heading", { level: 1 }).waitFor();
  });
  await page.context().close();
});
