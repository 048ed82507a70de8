import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/platform/db/free-port.js";

const run = promisify(execFile);
const BIN = path.resolve("bin/fideliza.mjs");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`tiempo agotado: ${what}`);
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-k9-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(await freePort()),
  LOG_LEVEL: "warn",
};
delete env.DATABASE_URL;
const children: ChildProcess[] = [];

async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...env, PORT: String(port), RUN_WORKER: "false" },
    stdio: "ignore",
  });
  children.push(child);
  await until(async () => ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok ? true : undefined), "servidor listo");
  return child;
}

async function loginAt(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@k9.test", password: "clave-segura-1" }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await run(process.execPath, [BIN, "migrate"], { env }).catch(() => undefined); // stops any orphan cleanly
  await fs.rm(dataDir, { recursive: true, force: true });
});

// This exercises the embedded server only; the PostgreSQL-15 run (TEST_DATABASE_URL) has nothing to add.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("embedded PostgreSQL survives kill -9 of the app", () => {
  it("restarts after SIGKILL with every committed row, then shuts down cleanly on SIGTERM", async () => {
    await run(process.execPath, [BIN, "tenants", "add", "--slug", "k9", "--name", "K9", "--country", "EC"], { env });
    await run(
      process.execPath,
      [BIN, "users", "add", "--tenant", "k9", "--email", "admin@k9.test", "--password", "clave-segura-1", "--role", "admin"],
      { env },
    );

    const port = await freePort();
    const first = await serve(port);
    const session = await loginAt(port);
    const created = await fetch(`http://127.0.0.1:${port}/api/customers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrfToken },
      body: JSON.stringify({ code: "K9-1", documentId: "0912345678", fullName: "Rosa Vera" }),
    });
    expect(created.status).toBe(201);

    const orphan = postmasterPid();
    first.kill("SIGKILL");
    await until(async () => (first.exitCode !== null || first.signalCode ? true : undefined), "fin del proceso");
    expect(isAlive(orphan)).toBe(true); // postgres outlives a SIGKILLed parent

    const second = await serve(port);
    expect(isAlive(orphan)).toBe(false); // the leftover server was detected and stopped
    const again = await loginAt(port);
    const found = await fetch(`http://127.0.0.1:${port}/api/customers?q=K9-1`, { headers: { cookie: again.cookie } });
    expect(((await found.json()) as Array<{ fullName: string }>).map((c) => c.fullName)).toEqual(["Rosa Vera"]);

    const restarted = postmasterPid();
    second.kill("SIGTERM");
    await until(async () => (second.exitCode !== null ? true : undefined), "apagado ordenado");
    expect(second.exitCode).toBe(0);
    expect(isAlive(restarted)).toBe(false);
  }, 120_000);
});
