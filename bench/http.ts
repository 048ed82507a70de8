import os from "node:os";
import { compareSides, describeCpu, listRuns, type Timing } from "./lib/compare.js";
import { benchDatabase } from "./lib/database.js";
import { benchAdvisorToken } from "./lib/fixtures.js";
import { runLoad } from "./lib/load.js";
import type { BenchRow, BenchSection } from "./lib/report.js";
import { type Service, startService } from "./lib/service.js";
import { grouped } from "./lib/stats.js";

export interface HttpScenarioOptions extends Timing {
  connections: number;
  log: (line: string) => void;
}

/** Targets against Fastify alone on the same route, in the same run (issue 14): warn ≥ 0.9×, info ≥ 0.8×. */
const TARGET_WARN = 0.9;
const TARGET_INFO = 0.8;

/**
 * The whole HTTP stack on a trivial route: GET /api/ping through the full app (every module, every
 * hook, Bearer-token auth, metrics, request ids) against bare node:http answering the same body.
 */
export async function httpScenario(options: HttpScenarioOptions): Promise<BenchSection> {
  const { log } = options;
  const database = await benchDatabase("http");
  const services: Service[] = [];
  try {
    const { token } = await benchAdvisorToken(database.url);
    log("  iniciando node:http, Fastify solo y la app (log warn, log info), cada uno en su proceso");
    const bare = await startService("bare-http.ts");
    services.push(bare);
    const fastify = await startService("fastify-bare.ts");
    services.push(fastify);
    const appWarn = await startService("app-server.ts", { BENCH_DB_URL: database.url, BENCH_LOG_LEVEL: "warn" });
    services.push(appWarn);
    const appInfo = await startService("app-server.ts", { BENCH_DB_URL: database.url, BENCH_LOG_LEVEL: "info" });
    services.push(appInfo);

    const headers = { authorization: `Bearer ${token}` };
    const check = await fetch(`http://127.0.0.1:${appWarn.port}/api/ping`, { headers });
    if (check.status !== 200) throw new Error(`GET /api/ping respondió ${check.status}: ${await check.text()}`);

    const side = (name: string, service: Service, withAuth: boolean) => ({
      name,
      pid: service.pid,
      run: (seconds: number) =>
        runLoad({
          url: `http://127.0.0.1:${service.port}/api/ping`,
          connections: options.connections,
          seconds,
          headers: withAuth ? headers : undefined,
        }),
    });
    const outcome = await compareSides(
      [
        side("node:http", bare, false),
        side("Fastify alone", fastify, false),
        side("app, log warn", appWarn, true),
        side("app, log info", appInfo, true),
      ],
      options,
      log,
    );
    const bareBest = outcome["node:http"]!.best;
    // The baseline is Fastify alone: what the app adds on top of the framework it is built on.
    const baseline = outcome["Fastify alone"]!;
    const fastifyRatio = baseline.best.requestsPerSecond / bareBest.requestsPerSecond;
    const row = (name: string, label: string, why: string, target: number): BenchRow => {
      const measured = outcome[name]!;
      const ratio = measured.best.requestsPerSecond / baseline.best.requestsPerSecond;
      const failures = measured.best.failures + baseline.best.failures;
      const met = ratio >= target && failures === 0;
      const notes = [why];
      const cpuOf = (result: typeof baseline.best) => (result.cpu ? Math.round(result.cpu.process) : undefined);
      notes.push(
        `Against bare node:http (${grouped(bareBest.requestsPerSecond)} req/s in the same run): app ` +
          `${(measured.best.requestsPerSecond / bareBest.requestsPerSecond).toFixed(2)}×, Fastify alone ${fastifyRatio.toFixed(2)}×.`,
      );
      if (!met && failures === 0 && cpuOf(measured.best) !== undefined) {
        notes.push(
          `Missed. Per request, the server process used ${cpuOf(measured.best)} µs of CPU for the app, ` +
            `${cpuOf(baseline.best)} µs for Fastify alone and ${cpuOf(bareBest)} µs for node:http; with the load generator ` +
            `needing about a core of its own on this ${os.cpus().length}-core machine, throughput follows the server's CPU per request.`,
        );
      }
      if (measured.best.cpu && baseline.best.cpu) {
        const rest = "rest of the machine (kernel, other programs; PostgreSQL is idle here)";
        notes.push(
          `CPU: ${describeCpu("app", measured.best, rest)}; baseline ${describeCpu("Fastify alone", baseline.best, rest)}.`,
        );
      }
      if (failures) notes.push(`${failures} failed responses in the chosen run: the figure is not valid.`);
      return {
        metric: `req/s, ${label}`,
        value: `${grouped(measured.best.requestsPerSecond)} req/s (p99 ${measured.best.p99Ms.toFixed(1)} ms)`,
        baseline: `${grouped(baseline.best.requestsPerSecond)} req/s (p99 ${baseline.best.p99Ms.toFixed(1)} ms)`,
        ratio,
        target: `≥ ${target}×`,
        met,
        note: notes.join(" "),
      };
    };
    return {
      title: "HTTP stack: GET /api/ping vs Fastify alone",
      method:
        `autocannon 8 in its own process, ${options.connections} connections, no pipelining, against each server in its own ` +
        `process on 127.0.0.1. Full app = buildApp() with every module of src/server/modules.ts, so every hook runs ` +
        `(request id, auth, permission check, metrics histogram, response schema serialization); the hooks are the route's own, ` +
        `added when it is declared with its permission and path (src/app/server/app.ts), so no request reads request.routeOptions; ` +
        `auth by API token (Authorization: Bearer, token lookup cached as in production). Baseline = Fastify alone (no ` +
        `plugin, no hook, no logger) serving the same route with the same response schema; bare node:http answering the ` +
        `same {"ok":true} body is measured too and given in the notes. Each side warmed ${options.warmupSeconds} s, then ${options.rounds} rounds of ` +
        `${options.seconds} s interleaved (node:http, Fastify alone, app warn, app info); figures are the best run of each ` +
        `side (all runs, req/s — node:http: ${listRuns(outcome["node:http"]!)}; Fastify alone, no plugins, same route and response ` +
        `schema: ${listRuns(outcome["Fastify alone"]!)}; app warn: ${listRuns(outcome["app, log warn"]!)}; ` +
        `app info: ${listRuns(outcome["app, log info"]!)}). The app logs to its stdout, discarded (/dev/null), through ` +
        `pino's asynchronous destination as in production. ` +
        `The machine has ${os.cpus().length} cores shared by the server, the load generator and the system.`,
      rows: [
        row(
          "app, log warn",
          "full app, LOG_LEVEL=warn",
          "warn: what a busy deployment that ships only problems runs; no line per request.",
          TARGET_WARN,
        ),
        row(
          "app, log info",
          "full app, LOG_LEVEL=info (default)",
          "info is the production default: pino writes one JSON line per request (on completion, with its request id).",
          TARGET_INFO,
        ),
      ],
    };
  } finally {
    for (const service of services) await service.stop().catch(() => undefined);
    await database.stop();
  }
}
