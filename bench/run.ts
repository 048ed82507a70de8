// Every module installed, as the product runs: tenants and catalogs are created through their manifests.
import "../src/app/modules.js";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { adjustmentsDeskScenario } from "./adjustments-desk.js";
import { adjustmentsImportScenario } from "./adjustments-import.js";
import { annulmentBoardScenario } from "./annulment-board.js";
import { campaignBoardScenario } from "./campaign-board.js";
import { caseReadScenario } from "./case-read.js";
import { customer360Scenario } from "./customer-360.js";
import { customerPageScenario } from "./customer-page.js";
import { dialerHopperScenario } from "./dialer-hopper.js";
import { dialerPacingScenario } from "./dialer-pacing.js";
import { dispositionsScenario } from "./dispositions.js";
import { httpScenario } from "./http.js";
import { indicatorsDashboardScenario } from "./indicators-dashboard.js";
import { benchDatabase } from "./lib/database.js";
import { describeMachine } from "./lib/machine.js";
import type { BenchScenario, BenchSection } from "./lib/report.js";
import { readStoredSections, renderResults, type StoredSection, writeStoredSections } from "./lib/results-file.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(BENCH_DIR, "RESULTS.md");
// Kept in the repository beside RESULTS.md: a run of some scenarios (`--only`) keeps the other sections as measured.
const STORED_FILE = path.join(BENCH_DIR, "results.json");

const { values } = parseArgs({
  options: {
    only: { type: "string", multiple: true },
    customers: { type: "string", default: "300000" },
    "customers-360": { type: "string", default: "1000000" },
    "history-claims": { type: "string", default: "10" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    dispositions: { type: "string", default: "2000" },
    "board-tickets": { type: "string", default: "200000" },
    "campaign-cases": { type: "string", default: "100000" },
    // Issue 13's volume; --dashboard-smoke is a small one to try the scenario in a few seconds.
    "dashboard-interactions": { type: "string", default: "5000000" },
    "dashboard-cases": { type: "string", default: "50000" },
    "dashboard-clients": { type: "string", default: "8" },
    "dashboard-smoke": { type: "boolean", default: false },
    "hopper-hand-outs": { type: "string", default: "1000000" },
    "hopper-agents": { type: "string", default: "64" },
    "hopper-instances": { type: "string", default: "3" },
    "hopper-connections": { type: "string", default: "8" },
    "hopper-batch": { type: "string", default: "10" },
    "hopper-durable": { type: "boolean", default: false },
    "hopper-rounds": { type: "string", default: "4" },
    "pacing-agents": { type: "string", default: "300" },
    "pacing-hours": { type: "string", default: "8" },
    help: { type: "boolean", default: false },
  },
});

const SCENARIOS = [
  "http",
  "customer-page",
  "import",
  "customer-360",
  "case-read",
  "dispositions",
  "adjustments-desk",
  "annulment-board",
  "adjustments-import",
  "indicators-dashboard",
  "dialer-hopper",
  "dialer-pacing",
  "campaign-board",
] as const;
type ScenarioName = (typeof SCENARIOS)[number];

if (values.help) {
  console.log(`npm run bench -- [opciones]
  --only <escenario>   ${SCENARIOS.join(" | ")} (repetible o separado por comas); por defecto todos
  --customers <N>      clientes del operador del escenario customer-page (por defecto 300000)
  --seconds <s>        duración de cada corrida medida (por defecto 10)
  --warmup <s>         calentamiento de cada lado (por defecto 3)
  --rounds <n>         corridas por lado; se toma la mejor (por defecto 3)
  --connections <n>    conexiones de autocannon en el escenario http (por defecto 50)
  --customers-360 <N>  clientes del escenario customer-360 (por defecto 1000000; su base se conserva en bench/.work)
  --history-claims <n> reclamos antiguos por cliente en customer-360 (por defecto 10: unos 10 millones de reclamos)
  --dispositions <n>   tipificaciones por lado y ronda en el escenario dispositions (por defecto 2000)
  --board-tickets <N>  servicios de ingeniería abiertos del escenario annulment-board (por defecto 200000)
  --campaign-cases <N> casos en el grupo del escenario campaign-board (por defecto 100000; requiere npm run build:web)
  --dashboard-interactions <N>  interacciones (registros marcados) del escenario indicators-dashboard (por defecto 5000000)
  --dashboard-cases <N>         casos al mes durante 12 meses en indicators-dashboard (por defecto 50000)
  --dashboard-clients <n>       gerentes a la vez en indicators-dashboard (por defecto 8)
  --dashboard-smoke             indicators-dashboard con 50000 interacciones y 2000 casos al mes, para probarlo
  --hopper-hand-outs <N>   registros entregados por lado en dialer-hopper (por defecto 1000000; 20000 lo prueba en segundos)
  --hopper-agents <n>      agentes simulados en dialer-hopper (por defecto 64)
  --hopper-instances <n>   instancias (procesos) en dialer-hopper (por defecto 3)
  --hopper-connections <n> conexiones del pool de cada instancia en dialer-hopper (por defecto 8)
  --hopper-batch <n>       registros pedidos por toma en dialer-hopper (por defecto 10, las líneas de una ronda de marcación)
  --hopper-durable         dialer-hopper con synchronous_commit on (cada toma espera el fsync del disco)
  --hopper-rounds <n>      rondas por lado, intercaladas, en dialer-hopper (por defecto 4)
  --pacing-agents <n>      agentes del turno simulado en dialer-pacing (por defecto 300)
  --pacing-hours <h>       horas del turno simulado en dialer-pacing (por defecto 8)
Servidor: BENCH_DATABASE_URL si está definida; si no, un PostgreSQL embebido en bench/.work/pg.`);
  process.exit(0);
}

function positiveInteger(name: string, raw: string): number {
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(value) || value < 1) {
    console.error(`Error: --${name} debe ser un entero positivo (recibido: ${raw})`);
    process.exit(2);
  }
  return value;
}

const selected = (values.only ?? [...SCENARIOS]).flatMap((v) => v.split(",")).map((v) => v.trim());
for (const name of selected) {
  if (!(SCENARIOS as readonly string[]).includes(name)) {
    console.error(`Error: escenario desconocido «${name}». Escenarios: ${SCENARIOS.join(", ")}`);
    process.exit(2);
  }
}
const timing = {
  seconds: positiveInteger("seconds", values.seconds),
  warmupSeconds: positiveInteger("warmup", values.warmup),
  rounds: positiveInteger("rounds", values.rounds),
};
const log = (line: string) => console.log(line);

/** bench/import.ts is written separately; until it exists the import section says so instead of failing. */
async function importScenario(): Promise<BenchSection> {
  const file = path.join(BENCH_DIR, "import.ts");
  if (!existsSync(file)) {
    return {
      title: "Import",
      method: "Skipped: bench/import.ts (which exports `importScenario`) does not exist yet in this checkout.",
      rows: [],
    };
  }
  const module = (await import(pathToFileURL(file).href)) as { importScenario?: BenchScenario };
  if (typeof module.importScenario !== "function") throw new Error("bench/import.ts no exporta importScenario");
  return module.importScenario();
}

const runners: Record<ScenarioName, () => Promise<BenchSection>> = {
  http: () => httpScenario({ ...timing, connections: positiveInteger("connections", values.connections), log }),
  "adjustments-desk": () => adjustmentsDeskScenario({ ...timing, rows: 100_000, concurrency: 16, log }),
  "adjustments-import": () => adjustmentsImportScenario({ rows: 100_000, rounds: timing.rounds, log }),
  "customer-page": () =>
    customerPageScenario({ ...timing, customers: positiveInteger("customers", values.customers), concurrency: 16, log }),
  import: importScenario,
  "customer-360": () =>
    customer360Scenario({
      ...timing,
      customers: positiveInteger("customers-360", values["customers-360"]),
      historyClaims: positiveInteger("history-claims", values["history-claims"]),
      concurrency: 16,
      log,
    }),
  "case-read": () => caseReadScenario({ ...timing, concurrency: 16, log }),
  dispositions: () =>
    dispositionsScenario({ rounds: timing.rounds, casesPerRound: positiveInteger("dispositions", values.dispositions), log }),
  "annulment-board": () =>
    annulmentBoardScenario({
      ...timing,
      tickets: positiveInteger("board-tickets", values["board-tickets"]),
      concurrency: 16,
      log,
    }),
  "campaign-board": () =>
    campaignBoardScenario({
      cases: positiveInteger("campaign-cases", values["campaign-cases"]),
      requests: 50,
      rounds: timing.rounds,
      log,
    }),
  "indicators-dashboard": () =>
    indicatorsDashboardScenario({
      ...timing,
      interactions: values["dashboard-smoke"]
        ? 50_000
        : positiveInteger("dashboard-interactions", values["dashboard-interactions"]),
      casesPerMonth: values["dashboard-smoke"] ? 2_000 : positiveInteger("dashboard-cases", values["dashboard-cases"]),
      months: 12,
      concurrency: positiveInteger("dashboard-clients", values["dashboard-clients"]),
      log,
    }),
  "dialer-hopper": () =>
    dialerHopperScenario({
      handOuts: positiveInteger("hopper-hand-outs", values["hopper-hand-outs"]),
      agents: positiveInteger("hopper-agents", values["hopper-agents"]),
      instances: positiveInteger("hopper-instances", values["hopper-instances"]),
      connections: positiveInteger("hopper-connections", values["hopper-connections"]),
      batch: positiveInteger("hopper-batch", values["hopper-batch"]),
      durableCommits: values["hopper-durable"],
      rounds: positiveInteger("hopper-rounds", values["hopper-rounds"]),
      log,
    }),
  "dialer-pacing": () =>
    dialerPacingScenario({
      agents: positiveInteger("pacing-agents", values["pacing-agents"]),
      hours: positiveInteger("pacing-hours", values["pacing-hours"]),
      log,
    }),
};

const started = performance.now();
const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
// Held for the whole run: scenarios share its server (the embedded one starts once), and it tells the version.
const info = await benchDatabase("info");
let postgres: string;
{
  const client = new pg.Client({ connectionString: info.url });
  await client.connect();
  const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  await client.end();
  postgres = `PostgreSQL ${version} (${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded, bench/.work/pg"})`;
}
const machine = describeMachine(postgres);
log(`Benchmarks: ${selected.join(", ")} · ${machine.cpu} × ${machine.cores} · ${postgres}`);

const stored = await readStoredSections(STORED_FILE);
let failed = false;
try {
  for (const name of SCENARIOS.filter((s) => selected.includes(s))) {
    const scenarioStarted = performance.now();
    log(`\n▶ ${name}`);
    let section: BenchSection;
    try {
      section = await runners[name]();
    } catch (error) {
      failed = true;
      console.error(error);
      section = { title: name, method: `Failed in this run: ${(error as Error).message}`, rows: [] };
    }
    for (const row of section.rows) {
      log(
        `  ${row.metric}: ${row.value} vs ${row.baseline} → ${row.ratio.toFixed(2)}× (meta ${row.target}) ${row.met ? "✓" : "✗"}`,
      );
    }
    log(`  (${((performance.now() - scenarioStarted) / 1000).toFixed(0)} s)`);
    const index = stored.findIndex((s) => s.scenario === name);
    const entry: StoredSection = { scenario: name, measuredAt: date, machine, section };
    if (index >= 0) stored[index] = entry;
    else stored.push(entry);
  }
} finally {
  await info.stop();
}

stored.sort((a, b) => SCENARIOS.indexOf(a.scenario as ScenarioName) - SCENARIOS.indexOf(b.scenario as ScenarioName));
await writeStoredSections(STORED_FILE, stored);
await fs.writeFile(RESULTS_FILE, renderResults(stored, { date, machine }));
log(`\nEscrito ${path.relative(process.cwd(), RESULTS_FILE)} en ${((performance.now() - started) / 1000).toFixed(0)} s.`);
process.exit(failed ? 1 : 0);
