import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's chromium (or CHROMIUM_PATH) with a new, empty profile, as every browser test runs it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Runs a test's steps; on failure keeps a full-page screenshot in test-results/<name>.png. */
export async function screenshotOnFailure<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await fs.mkdir("test-results", { recursive: true });
    await page.screenshot({ path: `test-results/${name}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/** The two screens every page is checked on: a contact-center desktop and a phone in the field. */
export const DESKTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const SCREENSHOTS = "test/e2e/screenshots";

/** Keeps a full-page screenshot of the screen as a CI artifact (test/e2e/screenshots, gitignored). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  const file = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * A new browser context at `viewport` in es-CO, signed in through the login form as `user`; it returns
 * once the user's landing page has opened. Printing is a no-op, so a printed sheet does not stop the test.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: { email: string; password: string },
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await (await browser.newContext({ locale: "es-CO", viewport })).newPage();
  await page.addInitScript("window.print = () => undefined;");
  await page.goto(baseUrl);
  await page.getByTestId("login-email").fill(user.email);
  await page.getByTestId("login-password").fill(user.password);
  await page.getByTestId("login-submit").click();
  await page.locator("main").waitFor();
  await page.waitForURL((url) => url.pathname !== "/");
  return page;
}

/** The screen as it stands, once its data has loaded: kept as a screenshot, failing on a serious axe violation. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").first().waitFor();
  await saveScreenshot(page, name);
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 2)}`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (the npm package's own build, injected into the page) on the current screen and returns
 * its serious and critical violations; the tests fail on any.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const axePath = path.resolve("node_modules/axe-core/axe.min.js");
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines.
    const axe = (globalThis as any).axe;
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }),
    );
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A user's API session on the test server: logs in once and sends each request with its cookie and CSRF token. */
export async function apiSession(baseUrl: string, user: { email: string; password: string }) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(user),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("fz_session="))!
    .split(";")[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path} → ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
