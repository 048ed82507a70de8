import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CpuPerRequest } from "./cpu.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** A JSON file with an array of request paths, cycled through (e.g. random customer pages). */
  pathsFile?: string;
  /** POSTs JSON to `path` instead: a JSON file with an array of bodies, cycled through; `{n}` in a string becomes a number unique to the run. */
  post?: { path: string; bodiesFile: string };
}

/** What one side of a comparison achieved in one timed run. */
export interface LoadResult {
  /** Successful (2xx) requests, or completed loop iterations, per second. */
  requestsPerSecond: number;
  completed: number;
  seconds: number;
  p50Ms: number;
  /** From every request's latency (autocannon's own summary has no p95). */
  p95Ms?: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts: any makes the run invalid. */
  failures: number;
  /** CPU seconds the load generator itself used, when it ran in its own process. */
  generatorCpuSeconds?: number;
  cpu?: CpuPerRequest;
}

/** Forks a TypeScript script of bench/lib/children with tsx, talking over IPC. */
export function forkChild(script: string, env: Record<string, string> = {}) {
  return fork(path.join(HERE, "children", script), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    // The server's stdout (its request log, when logging at info) goes nowhere, as to a log collector that keeps up.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
}

/** Runs autocannon against `url` from a separate process and returns its summary. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const child = forkChild("load-generator.ts");
  return new Promise((resolve, reject) => {
    child.once("message", (result) => resolve(result as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`el generador de carga terminó con código ${code}`));
    });
    child.send(options);
  });
}
