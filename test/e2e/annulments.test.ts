import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshotOnFailure } from "./browser-support.js";
import { type E2eServer, startE2eServer } from "./server.js";

const ADMIN = { email: "admin@anulaciones-e2e.test", password: "clave-e2e-segura" };
const PASSWORD = "clave-e2e-equipo";
const PEOPLE = {
  advisor: { email: "asesor@anulaciones-e2e.test", fullName: "Andrea Asesora" },
  network_dept: { email: "red@anulaciones-e2e.test", fullName: "Rubén Red" },
  supervisor: { email: "monitora@anulaciones-e2e.test", fullName: "Paola Monitora" },
  technician: { email: "tecnico@anulaciones-e2e.test", fullName: "Jhon Técnico" },
};
let server: E2eServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

type Call = (method: string, path: string, body?: unknown) => Promise<{ id: string }>;

async function apiAs(email: string, password: string): Promise<Call> {
  const response = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(response.status, 200);
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("fz_session="))!
    .split(";")[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const answer = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(answer.status < 300, `${method} ${path} → ${answer.status} ${await answer.clone().text()}`);
    return answer.json() as Promise<{ id: string }>;
  };
}

before(async () => {
  server = await startE2eServer(ADMIN);
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  for (const [role, person] of Object.entries(PEOPLE))
    await admin("POST", "/api/users", { ...person, password: PASSWORD, roles: [role] });
  const advisor = await apiAs(PEOPLE.advisor.email, PASSWORD);
  const network = await apiAs(PEOPLE.network_dept.email, PASSWORD);
  for (const n of [1, 2]) {
    const { id: customerId } = await admin("POST", "/api/customers", {
      code: `E2E-AN-${n}`,
      documentId: `5200000${n}`,
      fullName: `Cliente Anulación ${n}`,
      tier: "standard",
      phone: "+573001234567",
      address: "Calle 10 # 20-30",
      city: "Bogotá",
    });
    const { id: productId } = await admin("POST", `/api/customers/${customerId}/products`, {
      serviceNumber: `IN-AN-${n}`,
      kind: "internet",
      technology: "ftth",
      plan: "Fibra 300",
      status: "active",
      monthlyFee: 99900,
    });
    const { id } = await advisor("POST", "/api/service-requests", {
      requestType: "installation",
      customerId,
      productId,
      address: "Cl 45 # 13-20",
      zone: "Chapinero",
      sellerName: "Vendedor Ríos",
    });
    requests.push(id);
  }
  await network("POST", `/api/service-requests/${requests[0]}/steps/network_observe`, {
    observation: "Falta la caja más cercana",
    team: "platform_monitors",
    dataRequested: ["nearest_box"],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(email: string, viewport = { width: 1280, height: 900 }) {
  await page?.close();
  page = await (await browser.newContext({ locale: "es-CO", viewport })).newPage();
  await page.goto(server.baseUrl);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
}

test("the network department reads the control board; the platform monitor attends the ticket from it", {
  timeout: 240_000,
}, async () => {
  await logIn(PEOPLE.network_dept.email);
  await screenshotOnFailure(page, "annulments-board", async () => {
    await page.getByTestId("nav-annulment-board").click();
    await page.getByTestId("board-ticket").first().waitFor();
    assert.match((await page.getByTestId("board-totals").textContent()) ?? "", /Abiertos: 1/);
    assert.match((await page.getByTestId("board-tickets").textContent()) ?? "", /Monitoras de plataforma.*Chapinero/s);
    await page.getByTestId("filter-team").selectOption("coc");
    await page.getByText("No hay servicios de ingeniería abiertos con estos filtros.").waitFor();

    await logIn(PEOPLE.supervisor.email);
    await page.getByTestId("nav-annulment-board").click();
    await page.getByTestId("board-ticket").first().getByRole("link").click();
    await page.getByTestId("attend-resolution").fill("Caja NAP-12 confirmada con el cliente");
    await page.getByTestId("attend").click();
    await page
      .getByTestId("ticket-card")
      .getByText(/Atendido/)
      .first()
      .waitFor();
  });
});

test("the technician reports from the order on a 390 px phone", { timeout: 240_000 }, async () => {
  await logIn(PEOPLE.technician.email, { width: 390, height: 844 });
  await screenshotOnFailure(page, "annulments-technician", async () => {
    await page.waitForURL(/\/(tecnico|solicitudes|anulaciones)/);
    await page.goto(`${server.baseUrl}/solicitudes/${requests[1]}`);
    const form = page.getByTestId("step-technician_report");
    await form.locator("textarea").fill("El equipo de la orden no corresponde; el cliente pide punto de TV");
    await form.getByRole("button").click();
    await page.locator('[data-testid="request-status"]', { hasText: "Observada" }).waitFor();
    await page.getByTestId("ticket-card").getByText("Centro de Operaciones Comercial").first().waitFor();
    const overflow = Number(await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"));
    assert.ok(overflow <= 0, `la página se sale ${overflow} px del teléfono`);
  });
});
