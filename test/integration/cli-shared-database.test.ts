import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/platform/db/free-port.js";

const run = promisify(execFile);
const BIN = path.resolve("bin/fideliza.mjs");

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`tiempo agotado: ${what}`);
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-shared-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(await freePort()),
  LOG_LEVEL: "warn",
};
delete env.DATABASE_URL;
const children: ChildProcess[] = [];

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function login(port: number, email: string) {
  return fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "clave-segura-1" }),
  });
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await run(process.execPath, [BIN, "migrate"], { env }).catch(() => undefined); // stops any orphan cleanly
  await fs.rm(dataDir, { recursive: true, force: true });
});

// This exercises the embedded server only; the PostgreSQL-15 run (TEST_DATABASE_URL) has nothing to add.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the CLI shares a running server's embedded PostgreSQL", () => {
  it("connects to the live server's database, never stops it, and its changes are visible to the server", async () => {
    await run(process.execPath, [BIN, "tenants", "add", "--slug", "uno", "--name", "Uno", "--country", "EC"], { env });
    await run(
      process.execPath,
      [BIN, "users", "add", "--tenant", "uno", "--email", "admin@uno.test", "--password", "clave-segura-1", "--role", "admin"],
      { env },
    );

    const port = await freePort();
    const server = spawn(process.execPath, [BIN, "serve"], {
      env: { ...env, PORT: String(port), RUN_WORKER: "false" },
      stdio: "ignore",
    });
    children.push(server);
    await until(async () => ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok ? true : undefined), "servidor listo");
    const postmaster = postmasterPid();
    expect(readFileSync(path.join(dataDir, "pg.owner"), "utf8").trim()).toBe(String(server.pid));

    // The README's operator commands, run with the server's own DATA_DIR and EMBEDDED_PG_PORT while it runs.
    await run(process.execPath, [BIN, "tenants", "add", "--slug", "dos", "--name", "Dos", "--country", "EC"], { env });
    await run(
      process.execPath,
      [BIN, "users", "add", "--tenant", "dos", "--email", "admin@dos.test", "--password", "clave-segura-1", "--role", "admin"],
      { env },
    );

    expect(postmasterPid()).toBe(postmaster); // the same postgres, never restarted
    expect(server.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await login(port, "admin@uno.test")).status).toBe(200);
    expect((await login(port, "admin@dos.test")).status).toBe(200); // the CLI's change, seen by the server
    expect(readFileSync(path.join(dataDir, "pg.owner"), "utf8").trim()).toBe(String(server.pid));

    server.kill("SIGTERM");
    await until(async () => (server.exitCode !== null ? true : undefined), "apagado ordenado");
    expect(server.exitCode).toBe(0);
    expect(existsSync(path.join(dataDir, "pg.owner"))).toBe(false);
  }, 180_000);
});
