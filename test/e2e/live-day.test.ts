import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiSession, checkScreen, DESKTOP, launchBrowser, PHONE, screenshotOnFailure, signedInPage } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// Issue 13 §5, the two daily screens on the demo operator: the supervisor's day (live tiles moved by the realtime
// channel) and the quality team's (calls to monitor, the scorecard form, the advisor's «Enterado»), at 1366 and
// 390 px, each kept as a screenshot and checked with axe.

const ADMIN = { email: "admin@e2e.test", password: "clave-e2e-segura" };
const DEMO_PASSWORD = "fideliza-demo";
const demo = (user: string) => `${user}@demo.fideliza.co`;

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

const logIn = (email: string, viewport: { width: number; height: number }): Promise<Page> =>
  signedInPage(browser, server.baseUrl, { email, password: DEMO_PASSWORD }, viewport);

const number = async (page: Page, testId: string) => Number((await page.getByTestId(testId).textContent())?.replace(/\D/g, ""));

for (const [label, viewport, advisor] of [
  ["1366", DESKTOP, "asesor"],
  ["390", PHONE, "miguel.cardenas"],
] as const) {
  test(`the supervisor's day: tiles of the queue, agents, deadlines and today's indicators, moved by the realtime channel (${label})`, {
    timeout: 120_000,
  }, async () => {
    const page = await logIn(demo("supervisor"), viewport);
    await screenshotOnFailure(page, `live-day-supervisor-${label}`, async () => {
      await page.goto(`${server.baseUrl}/dia`);
      await page.getByTestId("day-queue").getByTestId("day-hopper").first().waitFor();
      await page.getByTestId("day-indicator-quality-emitted").waitFor();
      // The demo seeded calls and monitorings today and an advisor on a break: the tiles are not empty.
      assert.ok((await number(page, "day-agents-paused")) >= 1);
      assert.match((await page.getByTestId("day-indicator-quality-emitted").textContent()) ?? "", /meta 90/);
      await checkScreen(page, `supervisor-day-${label}`);
      // An advisor goes on a break from their desktop: the open page shows it without a reload.
      const before = await number(page, "day-agents-paused");
      const api = await apiSession(server.baseUrl, { email: demo(advisor), password: DEMO_PASSWORD });
      const desk = await api("GET", "/api/outbound/agent");
      await api("PUT", "/api/outbound/agent/state", { campaignId: desk.campaigns[0].id, state: "paused", pauseReason: "break" });
      await page
        .getByTestId("day-agents-paused")
        .getByText(String(before + 1), { exact: true })
        .waitFor();
      // Each tile opens its drill-down.
      // The tile's own link (its alerts link to their cases: test/e2e/deadline-alert.test.ts).
      await page.getByTestId("day-deadlines").getByRole("link", { name: "Ver todos los plazos" }).click();
      await page.waitForURL(/\/plazos$/);
      await page.goBack();
      await page.getByTestId("day-indicator-quality-emitted").getByRole("link").click();
      await page.waitForURL(/\/indicadores\/quality\.emitted$/);
      await page.goBack();
      await page.getByTestId("day-queue").getByRole("link").click();
      await page.waitForURL(/\/salida\/en-vivo$/);
    });
    await page.context().close();
  });

  test(`the quality team scores a call with the scorecard: the running score, the critical zeroing, then the list shrinks (${label})`, {
    timeout: 120_000,
  }, async () => {
    const page = await logIn(demo("calidad"), viewport);
    await screenshotOnFailure(page, `live-day-quality-${label}`, async () => {
      await page.goto(`${server.baseUrl}/calidad`);
      await page.getByTestId("indicator-quality-emitted").waitFor();
      await page.getByTestId("indicator-quality-emitted-open").waitFor();
      // Only the advisor «Andrés Felipe Gómez»'s calls: the one scored here is the advisor's to acknowledge next.
      const calls = page.getByTestId("quality-calls");
      await calls.getByTestId("score-call").first().waitFor();
      const filtered = page.waitForResponse((r) => r.url().includes("/api/quality/calls?") && r.url().includes("agentUserId="));
      await page.getByTestId("quality-agent").selectOption({ label: "Andrés Felipe Gómez" });
      const { total: listed } = (await (await filtered).json()) as { total: number };
      await calls
        .getByTestId("pager-summary")
        .getByText(new RegExp(`de ${listed}$`))
        .waitFor();
      await calls.getByTestId("score-call").first().waitFor();
      const total = listed;
      assert.ok(total >= 1, "no calls to monitor for the advisor");
      await calls.getByTestId("score-call").first().click();
      const form = page.getByTestId("scoring-form");
      for (const code of [
        "greeting",
        "identity_check",
        "needs",
        "solution",
        "disposition",
        "summary",
        "farewell",
        "no_false_promise",
      ])
        await form.getByTestId(`checkpoint-${code}-met`).check();
      await page.getByTestId("running-score").getByText("Nota hasta ahora: 100 de 100").waitFor();
      // A failed critical item zeroes the score, and says so.
      await form.getByTestId("checkpoint-identity_check-failed").check();
      await page
        .getByTestId("running-score")
        .getByText(/deja la nota en cero/)
        .waitFor();
      await form.getByTestId("checkpoint-identity_check-met").check();
      await form.getByTestId("checkpoint-solution-failed").check();
      await page.getByTestId("running-score").getByText("Nota hasta ahora: 70 de 100").waitFor();
      await page.getByTestId("scoring-comment").fill("No ofreció el beneficio del catálogo");
      await checkScreen(page, `quality-scoring-${label}`);
      const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/quality/monitorings"));
      await page.getByTestId("scoring-submit").click();
      assert.equal((await saved).status(), 201);
      await page.getByText("Monitoreo guardado: Andrés Felipe Gómez obtuvo 70 de 100.").waitFor();
      // The call scored leaves the list.
      if (total > 1)
        await calls
          .getByTestId("pager-summary")
          .getByText(new RegExp(`de ${total - 1}$`))
          .waitFor();
      else await calls.getByText("No hay llamadas sin monitorear con esta ficha y estos filtros.").waitFor();
    });
    await page.context().close();
  });

  test(`the advisor reads their monitorings and acknowledges one with «Enterado» (${label})`, { timeout: 120_000 }, async () => {
    const page = await logIn(demo("asesor"), viewport);
    await screenshotOnFailure(page, `live-day-advisor-${label}`, async () => {
      await page.goto(`${server.baseUrl}/mis-monitoreos`);
      const pending = page
        .getByTestId("monitoring")
        .filter({ has: page.getByTestId("acknowledge") })
        .first();
      await pending.waitFor();
      await checkScreen(page, `advisor-monitorings-${label}`);
      const done = await page.getByTestId("monitoring-acknowledged").count();
      await pending.getByRole("textbox").fill("Entendido, lo aplico desde hoy");
      await pending.getByTestId("acknowledge").click();
      await page.getByText("Entendido, lo aplico desde hoy", { exact: false }).first().waitFor();
      // One more acknowledged than before: the one just marked.
      await page.getByTestId("monitoring-acknowledged").nth(done).waitFor();
    });
    await page.context().close();
  });
}
