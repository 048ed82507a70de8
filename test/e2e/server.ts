import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../src/platform/db/free-port.js";

const run = promisify(execFile);
const BIN = path.resolve("bin/fideliza.mjs");

export interface E2eServer {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A real `fideliza serve` on its own embedded PostgreSQL in a temporary folder (or on DATABASE_URL
 * when given), with one tenant and an admin user created through the CLI.
 */
export async function startE2eServer(
  user: { email: string; password: string },
  options: { demo?: boolean } = {},
): Promise<E2eServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(port),
    LOG_LEVEL: "warn",
  };
  // The demo operator (a user per role, 1.000 customers, cases, orders…), for the screens test.
  if (options.demo) await run(process.execPath, [BIN, "seed", "demo"], { env, maxBuffer: 64 * 1024 * 1024 });
  await run(process.execPath, [BIN, "tenants", "add", "--slug", "e2e", "--name", "Operador E2E", "--country", "CO"], { env });
  await run(
    process.execPath,
    [
      BIN,
      "users",
      "add",
      "--tenant",
      "e2e",
      "--email",
      user.email,
      "--password",
      user.password,
      "--role",
      "admin",
      "--name",
      "Ana Admin",
    ],
    { env },
  );
  const child: ChildProcess = spawn(process.execPath, [BIN, "serve"], { env, stdio: ["ignore", "inherit", "inherit"] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await fs.rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
