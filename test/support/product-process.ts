import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../src/platform/db/free-port.js";
import { waitFor } from "./wait.js";

const execFileAsync = promisify(execFile);
const BIN = path.resolve("bin/fideliza.mjs");

/**
 * The product run as an operator runs it — `bin/fideliza.mjs` as child processes sharing one DATA_DIR and
 * one embedded PostgreSQL port — for the tests about processes and the embedded server's life.
 */
export interface ProductInstall {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Runs one CLI command to its end (rejects on a non-zero exit). */
  cli(args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** Starts `fideliza serve` on a free port and resolves when /readyz answers 200. */
  serve(): Promise<{ child: ChildProcess; port: number }>;
  /** The pid in the embedded cluster's postmaster.pid. */
  postmasterPid(): number;
  /** Kills what is left of the children and stops an orphaned postgres, then removes the folder. */
  dispose(): Promise<void>;
}

export async function installProduct(prefix: string): Promise<ProductInstall> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `fideliza-${prefix}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  const children: ChildProcess[] = [];
  const cli = (args: string[]) => execFileAsync(process.execPath, [BIN, ...args], { env });
  return {
    dataDir,
    env,
    cli,
    async serve() {
      const port = await freePort();
      const child = spawn(process.execPath, [BIN, "serve"], {
        env: { ...env, PORT: String(port), RUN_WORKER: "false" },
        stdio: "ignore",
      });
      children.push(child);
      await waitFor(
        async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok,
        "servidor listo",
        60_000,
        200,
      );
      return { child, port };
    },
    postmasterPid: () => Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]),
    async dispose() {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      await cli(["migrate"]).catch(() => undefined); // starts and stops any orphaned postgres cleanly
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves when the child has exited (by itself or by a signal). */
export function exited(child: ChildProcess): Promise<unknown> {
  return waitFor(() => child.exitCode !== null || child.signalCode !== null, "fin del proceso", 60_000, 100);
}

/** Creates a tenant and its admin through the CLI, the way the README tells an operator to. */
export async function addTenantWithAdmin(install: ProductInstall, slug: string, email: string): Promise<void> {
  await install.cli(["tenants", "add", "--slug", slug, "--name", slug.toUpperCase(), "--country", "EC"]);
  await install.cli(["users", "add", "--tenant", slug, "--email", email, "--password", "clave-segura-1", "--role", "admin"]);
}

/** Logs in with the password `addTenantWithAdmin` gives. */
export function login(port: number, email: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "clave-segura-1" }),
  });
}
