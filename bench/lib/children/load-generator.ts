import fs from "node:fs";
import autocannon from "autocannon";
import type { LoadOptions, LoadResult } from "../load.js";

// Runs one autocannon load in its own process, so it does not share a core with the server under test.
process.once("message", async (options: LoadOptions) => {
  const paths = options.pathsFile ? (JSON.parse(fs.readFileSync(options.pathsFile, "utf8")) as string[]) : undefined;
  const bodies = options.post ? (JSON.parse(fs.readFileSync(options.post.bodiesFile, "utf8")) as unknown[]) : undefined;
  const run = `${process.pid}-${Date.now()}`;
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
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
  const completed = result["2xx"] + result.non2xx;
  const summary: LoadResult = {
    requestsPerSecond: result["2xx"] / result.duration,
    completed,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    generatorCpuSeconds: ((cpu) => (cpu.user + cpu.system) / 1e6)(process.cpuUsage(cpuBefore)),
  };
  process.send?.(summary, () => process.exit(0));
});
