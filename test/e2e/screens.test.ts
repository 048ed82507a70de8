import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { apiSession, checkScreen, DESKTOP, launchBrowser, PHONE, screenshotOnFailure, signedInPage } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

// The screens people work in all day, on the demo operator, as each role opens them: at 1366×768 and
// 390×844 each one is kept as a screenshot (test/e2e/screenshots, a CI artifact) and checked with axe,
// which must find no serious or critical violation.

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

/** Opens a screen (or keeps the current one), waits for its data, keeps its screenshot and checks it with axe. */
async function check(page: Page, path: string | null, name: string): Promise<void> {
  if (path) await page.goto(`${server.baseUrl}${path}`);
  await checkScreen(page, name);
}

const pageHeight = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement
        .scrollHeight,
  );

for (const [label, viewport] of [
  ["1366", DESKTOP],
  ["390", PHONE],
] as const) {
  test(`the supervisor lands on the campaign board, one screen plus a pager (${label})`, { timeout: 180_000 }, async () => {
    const page = await logIn(demo("supervisor"), viewport);
    await screenshotOnFailure(page, `screens-supervisor-${label}`, async () => {
      await page.waitForURL(/\/supervision-campana$/);
      await page.getByTestId("pool-table").getByTestId("case-row").first().waitFor();
      await check(page, null, `supervisor-board-${label}`);
      // The pool is paged by the server: ten rows and the total, whatever the size of the pool.
      assert.equal(await page.getByTestId("pool-table").getByTestId("case-row").count(), 10);
      assert.match((await page.getByTestId("pool-table").getByTestId("pager-summary").textContent()) ?? "", /^1–10 de \d/);
      if (viewport === DESKTOP) {
        const height = await pageHeight(page);
        assert.ok(height < 2 * DESKTOP.height, `the board is ${height} px tall`);
        // Sorting asks the server again; the header says how the column is sorted.
        await page.getByTestId("pool-table").getByTestId("sort-customerName").click();
        await page.locator('[data-testid="pool-table"] th[aria-sort="ascending"]').waitFor();
        // Select all on the page: ten chosen, the bulk actions offered.
        await page.getByTestId("pool-table").getByTestId("select-page").check();
        await page.getByTestId("pool-table").getByText("10 filas elegidas").waitFor();
        // The tabs are walked with the arrow keys.
        await page.getByTestId("tab-pool").focus();
        await page.keyboard.press("ArrowRight");
        await page.locator('[data-testid="tab-level1"][aria-selected="true"]').waitFor();
      }
      for (const [path, name] of [
        ["/plazos", "deadlines"],
        ["/integraciones", "integrations"],
        ["/importaciones", "imports"],
        ["/usuarios", "users"],
        ["/indicadores-campana", "campaign-indicators"],
      ] as const) {
        await check(page, path, `supervisor-${name}-${label}`);
      }
      // No internal names: operations and subjects read as words.
      await page.goto(`${server.baseUrl}/integraciones`);
      await page.waitForLoadState("networkidle");
      const integrations = (await page.locator("main").textContent()) ?? "";
      assert.doesNotMatch(integrations, /promotion\.activate|work_order\.close|retention_case|[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
    await page.context().close();
  });

  test(`management reads the indicators with their targets and trends (${label})`, { timeout: 120_000 }, async () => {
    const page = await logIn(demo("gerencia"), viewport);
    await screenshotOnFailure(page, `screens-management-${label}`, async () => {
      await page.waitForURL(/\/indicador-retencion$/);
      const cancellations = page.getByTestId("indicator-retention-cancellations");
      await cancellations.getByTestId("indicator-retention-cancellations-kpi").waitFor();
      await cancellations.locator(".recharts-surface").first().waitFor();
      await check(page, null, `management-retention-indicator-${label}`);
      assert.match((await cancellations.textContent()) ?? "", /Meta: menos que el mes anterior/);
      await page.goto(`${server.baseUrl}/indicadores-campana`);
      await page.getByTestId("indicator-campaigns-retention_rate-kpi").waitFor();
      await check(page, null, `management-campaign-indicators-${label}`);
      // Percentages as Colombians write them: "73,2 %", never "73.2 %".
      assert.doesNotMatch((await page.getByTestId("indicator-summary").textContent()) ?? "", /\d\.\d\s?%/);
      // Final states within the campaign, and the records behind one: catalog names, never codes.
      await page.getByTestId("indicator-by").selectOption("campaign_final_state");
      const breakdown = page.getByTestId("indicator-breakdown");
      await breakdown.locator("tbody th").first().waitFor();
      assert.doesNotMatch((await breakdown.textContent()) ?? "", /[A-Z]+_[A-Z]+/);
      await breakdown.locator("button").last().click();
      const rows = page.getByTestId("indicator-rows");
      await rows.locator("tbody tr").first().waitFor();
      assert.match((await rows.textContent()) ?? "", /Retención Internet/);
      assert.doesNotMatch((await rows.textContent()) ?? "", /[A-Z]+_[A-Z]+|internet-retention/);
    });
    await page.context().close();
  });

  test(`management reads every indicator on one dashboard and drills one down to its records (${label})`, {
    timeout: 120_000,
  }, async () => {
    const page = await logIn(demo("gerencia"), viewport);
    await screenshotOnFailure(page, `screens-indicators-${label}`, async () => {
      await page.goto(`${server.baseUrl}/indicadores`);
      const tile = page.getByTestId("indicator-servicerequests-annulment_avoidance");
      await tile.getByTestId("indicator-servicerequests-annulment_avoidance-kpi").waitFor();
      await tile.locator(".recharts-surface").first().waitFor();
      await check(page, null, `management-indicators-${label}`);
      assert.match((await tile.textContent()) ?? "", /Meta: más de 95,0\s%/);
      await tile.getByTestId("indicator-servicerequests-annulment_avoidance-open").click();
      await page.getByTestId("indicator-breakdown").locator("button").first().click();
      await page.getByTestId("indicator-rows").locator("tbody tr").first().waitFor();
      await check(page, null, `management-indicator-rows-${label}`);
      // The records add up to the value: the totals line names both sums.
      assert.match((await page.getByTestId("indicator-rows-totals").textContent()) ?? "", /^[\d.]+ registros; suman /);
    });
    await page.context().close();
  });

  test(`a leader records a management practice with its ideas and sees the week's adherence (${label})`, {
    timeout: 120_000,
  }, async () => {
    const page = await logIn(demo("supervisor"), viewport);
    await screenshotOnFailure(page, `screens-practices-${label}`, async () => {
      await page.goto(`${server.baseUrl}/practicas`);
      await page.getByTestId("practice-adherence").waitFor();
      const options = await page.getByTestId("practice-code").locator("option").allTextContents();
      const improvement = options.find((name) => /mejora/i.test(name));
      assert.ok(improvement, `no improvement meeting among ${options.join(", ")}`);
      await page.getByTestId("practice-code").selectOption({ label: improvement });
      await page.getByTestId("practice-held-at").fill("2026-12-07T09:30");
      const idea = `Guion corto para la validación de cuenta ${label}`;
      await page.getByTestId("practice-ideas").fill(idea);
      await page.getByTestId("practice-submit").click();
      await page.getByText("Práctica registrada.").waitFor();
      await page.getByTestId("practice-sessions").getByText(idea).waitFor();
      await check(page, null, `leader-practices-${label}`);
      // The idea moves along the circuit from the list.
      const moved = page.waitForResponse((r) => r.request().method() === "PATCH" && /\/api\/practices\/ideas\//.test(r.url()));
      await page.getByLabel(`Estado de la idea «${idea}»`).selectOption("approved");
      assert.equal((await moved).status(), 200);
      // The list is read again: the idea is shown approved.
      await page.locator(`select[aria-label="Estado de la idea «${idea}»"]:has(option[value="approved"]:checked)`).waitFor();
    });
    await page.context().close();
  });

  test(`the admin edits a catalog as a form, each problem beside its field; the password rule before the first submit (${label})`, {
    timeout: 120_000,
  }, async () => {
    const page = await logIn(demo("admin"), viewport);
    await screenshotOnFailure(page, `screens-catalog-form-${label}`, async () => {
      await page.goto(`${server.baseUrl}/catalogos`);
      await page.getByTestId("catalog-open-work_order_activities-default").click();
      const form = page.getByTestId("catalog-form");
      await form.locator("details.schema-card").first().waitFor();
      // A form of labelled fields, not a JSON document.
      assert.equal(await page.locator("textarea.json-editor").count(), 0);
      assert.doesNotMatch((await form.textContent()) ?? "", /orderType|paymentMethod|engineering_service|checklist/);
      const activity = form.locator("details.schema-card").first();
      await activity.locator(":scope > summary").click();
      await check(page, null, `admin-catalog-form-${label}`);
      // The users form says the password rule before the first submit, and how far the typed one is.
      await page.goto(`${server.baseUrl}/usuarios`);
      await page.getByTestId("password-rule").getByText("Mínimo 10 caracteres.").waitFor();
      await page.locator('input[name="password"]').fill("abc");
      await page.getByTestId("password-rule").getByText("faltan 7").waitFor();
      await page.goto(`${server.baseUrl}/catalogos`);
      await page.getByTestId("catalog-open-work_order_activities-default").click();
      await activity.locator(":scope > summary").click();
      if (viewport !== DESKTOP) return;
      const name = activity.getByLabel("Nombre", { exact: true });
      const typed = await name.inputValue();
      await name.fill("");
      await page.getByTestId("catalog-publish").click();
      // The server refuses it; the message is in Spanish under the field, and the list above names the field in words.
      await page.getByTestId("catalog-problems").waitFor();
      assert.equal(await name.getAttribute("aria-invalid"), "true");
      assert.match((await activity.locator(".field-problems").first().textContent()) ?? "", /obligatorio/);
      assert.match((await page.getByTestId("catalog-problems").textContent()) ?? "", /Actividades › Fila 1 › Nombre/);
      await check(page, null, `admin-catalog-form-problem-${label}`);
      await name.fill(typed);
      await page.getByTestId("catalog-publish").click();
      await page.getByText(/Publicada la versión \d+\./).waitFor();
      assert.equal(await page.getByTestId("catalog-problems").count(), 0);
    });
    await page.context().close();
  });

  test(`an administrator edits, resets and deactivates a user from the paged list (${label})`, { timeout: 120_000 }, async () => {
    const admin = await apiSession(server.baseUrl, { email: demo("admin"), password: DEMO_PASSWORD });
    const email = `rotacion-${label}@demo.fideliza.co`;
    await admin("POST", "/api/users", {
      email,
      fullName: `Rosa Rotación ${label}`,
      password: "clave-inicial-1",
      roles: ["advisor"],
    });
    const page = await logIn(demo("admin"), viewport);
    page.on("dialog", (dialog) => void dialog.accept());
    await screenshotOnFailure(page, `screens-users-${label}`, async () => {
      await page.goto(`${server.baseUrl}/usuarios`);
      const table = page.getByTestId("users-table");
      await page.getByLabel("Buscar por nombre o correo").fill(`rotacion-${label}`);
      // The search is debounced: wait for the filtered page, which has only this user.
      await table.getByText(email).waitFor();
      await table.locator("tbody tr", { hasNotText: email }).first().waitFor({ state: "detached" });
      assert.equal(await table.locator("tbody tr").count(), 1);
      await table.getByRole("button", { name: `Administrar a Rosa Rotación ${label}` }).click();
      const editor = page.getByRole("region", { name: `Administrar a Rosa Rotación ${label}` });
      await editor.waitFor();
      await check(page, null, `admin-users-edit-${label}`);

      await editor.getByRole("checkbox", { name: "Supervisor" }).check();
      await editor.getByRole("button", { name: "Guardar cambios" }).click();
      await page.getByText(`Se guardaron los cambios de Rosa Rotación ${label}.`).waitFor();
      await table.locator("tbody").getByText("Asesor, Supervisor").waitFor();

      await editor.locator('input[name="newPassword"]').fill("corta");
      await editor.getByTestId("password-rule").getByText("faltan 5").waitFor();
      await editor.locator('input[name="newPassword"]').fill("clave-nueva-segura");
      await editor.getByRole("button", { name: "Cambiar la contraseña" }).click();
      await page.getByText(/Se cambió la contraseña de Rosa Rotación/).waitFor();
      await apiSession(server.baseUrl, { email, password: "clave-nueva-segura" });

      await editor.getByRole("button", { name: "Desactivar usuario" }).click();
      await page.getByText(`Rosa Rotación ${label} quedó desactivado; sus sesiones se cerraron.`).waitFor();
      await table.locator("tbody").getByText("Inactivo").waitFor();
      const refused = await fetch(`${server.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "clave-nueva-segura" }),
      });
      assert.equal(refused.status, 403);
      await editor.getByRole("button", { name: "Reactivar usuario" }).click();
      await table.locator("tbody").getByText("Activo", { exact: true }).waitFor();
      // Never an id or a role code on the screen.
      assert.doesNotMatch((await page.locator("main").textContent()) ?? "", /advisor|supervisor\b|[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
    await page.context().close();
  });

  test(`the advisor's and the technician's screens (${label})`, { timeout: 120_000 }, async () => {
    const advisor = await logIn(demo("asesor"), viewport);
    await screenshotOnFailure(advisor, `screens-advisor-${label}`, async () => {
      await check(advisor, "/retencion", `advisor-retention-${label}`);
      await check(advisor, "/casos", `advisor-cases-${label}`);
    });
    await advisor.context().close();
    const technician = await logIn(demo("tecnico"), viewport);
    await screenshotOnFailure(technician, `screens-technician-${label}`, async () => {
      await technician.waitForURL(/\/tecnico$/);
      await check(technician, null, `technician-orders-${label}`);
    });
    await technician.context().close();
    const followUps = await logIn(demo("seguimiento"), viewport);
    await screenshotOnFailure(followUps, `screens-follow-ups-${label}`, async () => {
      await check(followUps, "/seguimientos", `follow-ups-${label}`);
    });
    await followUps.context().close();
  });
}
