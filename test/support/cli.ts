import { type ChildProcess, spawn } from "node:child_process";

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** One `fideliza` command against a test database, started as an operator would run it; `done` settles when it exits. */
export function startCli(databaseUrl: string, args: string[]): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ["bin/fideliza.mjs", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Runs one `fideliza` command to its end and answers its exit code and output (never rejects). */
export function runCli(databaseUrl: string, args: string[]): Promise<CliResult> {
  return startCli(databaseUrl, args).done;
}
