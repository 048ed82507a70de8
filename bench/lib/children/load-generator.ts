import fs from "node:fs";
import autocannon from "autocannon";
import type { LoadOptions, LoadResult } from "../load.js";
import { percentile } from "../stats.js";

// Runs one autocannon load in its own process, so it does not share a core with the server under test.
process.once("message", async (options: LoadOptions) => {
  const paths = options.pathsFile ? (JSON.parse(fs.readFileSync(options.pathsFile, "utf8")) as string[]) : undefined;
  const bodies = options.post ? (JSON.parse(fs.readFileSync(options.post.bodiesFile, "utf8")) as unknown[]) : undefined;
  const run = `${process.pid}-${Date.now()}`;
  let next = 0;
  const cpuBefore = process.cpuUsage();
  // Every response's latency (ms), for the p95 autocannon's summary does not give.
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    headers: options.headers,
    requests: bodies
      ? [
          {
            method: "POST",
            path: options.post!.path,
            headers: { ...options.headers, "content-type": "application/json" },
            setupRequest: (request) => {
              const n = next++;
              request.body = JSON.stringify(bodies[n % bodies.length]).replaceAll("{n}", `${run}-${n}`);
              return request;
            },
          },
        ]
      : paths
        ? [
            {
              setupRequest: (request) => {
                request.path = paths[next++ % paths.length]!;
                return request;
              },
            },
          ]
        : undefined,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const completed = result["2xx"] + result.non2xx;
  const summary: LoadResult = {
    requestsPerSecond: result["2xx"] / result.duration,
    completed,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p95Ms: latencies.length ? percentile(latencies, 0.95) : undefined,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    generatorCpuSeconds: ((cpu) => (cpu.user + cpu.system) / 1e6)(process.cpuUsage(cpuBefore)),
  };
  process.send?.(summary, () => process.exit(0));
});
