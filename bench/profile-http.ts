// Profiles the app server under the HTTP scenario's load: `node --import tsx bench/profile-http.ts [warn|info]`
// writes a .cpuprofile of the server process to /tmp/perf-prof (open it in Chrome DevTools or summarize it).
import "../src/app/modules.js";
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDatabase } from "./lib/database.js";
import { benchAdvisorToken } from "./lib/fixtures.js";
import { runLoad } from "./lib/load.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const level = process.argv[2] ?? "warn";
const database = await benchDatabase("http");
const { token } = await benchAdvisorToken(database.url);
const child = fork(path.join(here, "lib/children/app-server.ts"), [], {
  execArgv: ["--import", "tsx", "--cpu-prof", `--cpu-prof-dir=${process.env.PROF_DIR ?? "/tmp/perf-prof"}`],
  env: { ...process.env, BENCH_DB_URL: database.url, BENCH_LOG_LEVEL: level },
  stdio: ["ignore", "ignore", "inherit", "ipc"],
});
const port = await new Promise<number>((resolve) => child.once("message", (m: { port: number }) => resolve(m.port)));
const result = await runLoad({
  url: `http://127.0.0.1:${port}/api/ping`,
  connections: 50,
  seconds: Number(process.env.SECONDS ?? 8),
  headers: { authorization: `Bearer ${token}` },
});
console.log(`${level}: ${Math.round(result.requestsPerSecond)} req/s, failures ${result.failures}`);
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
await database.stop();
