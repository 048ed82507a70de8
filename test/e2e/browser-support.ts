import fs from "node:fs/promises";
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
