import os from "node:os";
import { type CpuPerRequest, machineBusySeconds, processCpuSeconds } from "./cpu.js";
import type { LoadResult } from "./load.js";
import { best, grouped } from "./stats.js";

/** One side of a comparison: the thing measured or its baseline, run for a given time. */
export interface Side {
  name: string;
  /** The process under test on this side, whose CPU is accounted separately. */
  pid: number;
  run(seconds: number): Promise<LoadResult>;
}

export interface Timing {
  warmupSeconds: number;
  seconds: number;
  rounds: number;
}

export interface SideOutcome {
  best: LoadResult;
  runs: LoadResult[];
}

async function timedRun(side: Side, seconds: number): Promise<LoadResult> {
  const processBefore = processCpuSeconds(side.pid);
  const machineBefore = machineBusySeconds();
  const wallBefore = performance.now();
  const result = await side.run(seconds);
  const wall = (performance.now() - wallBefore) / 1000;
  const processAfter = processCpuSeconds(side.pid);
  const machineAfter = machineBusySeconds();
  if (processBefore === undefined || processAfter === undefined || machineBefore === undefined || machineAfter === undefined) {
    return result;
  }
  const perRequest = (cpuSeconds: number) => (cpuSeconds / Math.max(1, result.completed)) * 1e6;
  const processCpu = processAfter - processBefore;
  const generatorCpu = result.generatorCpuSeconds ?? 0;
  const machineCpu = machineAfter - machineBefore;
  const cpu: CpuPerRequest = {
    process: perRequest(processCpu),
    generator: perRequest(generatorCpu),
    rest: perRequest(Math.max(0, machineCpu - processCpu - generatorCpu)),
    machineBusy: machineCpu / (wall * os.cpus().length),
  };
  return { ...result, cpu };
}

/**
 * Warms every side up, then runs them in turn, round after round (A B C, A B C…), so that drift of
 * the machine over time hits all sides alike; keeps every run and the best of each side, with where
 * its CPU went.
 */
export async function compareSides(
  sides: Side[],
  timing: Timing,
  log: (line: string) => void,
): Promise<Record<string, SideOutcome>> {
  for (const side of sides) {
    log(`  calentando ${side.name} (${timing.warmupSeconds} s)`);
    await side.run(timing.warmupSeconds);
  }
  const runs: Record<string, LoadResult[]> = Object.fromEntries(sides.map((side) => [side.name, []]));
  for (let round = 1; round <= timing.rounds; round++) {
    for (const side of sides) {
      const result = await timedRun(side, timing.seconds);
      runs[side.name]!.push(result);
      log(
        `  ronda ${round}/${timing.rounds} · ${side.name}: ${grouped(result.requestsPerSecond)} req/s, p99 ${result.p99Ms.toFixed(1)} ms` +
          (result.cpu ? `, CPU ${Math.round(result.cpu.machineBusy * 100)} %` : "") +
          (result.failures ? `, ${result.failures} fallos` : ""),
      );
    }
  }
  return Object.fromEntries(sides.map((side) => [side.name, { best: best(runs[side.name]!), runs: runs[side.name]! }]));
}

/** "12 034, 12 410" — every run's throughput, for the method text. */
export function listRuns(outcome: SideOutcome): string {
  return outcome.runs.map((run) => grouped(run.requestsPerSecond)).join(", ");
}

/** "app 180 µs + load generator 60 µs + rest (PostgreSQL…) 220 µs of CPU per request; machine 98 % busy". */
export function describeCpu(label: string, result: LoadResult, restLabel = "rest of the machine (PostgreSQL…)"): string {
  const cpu = result.cpu;
  if (!cpu) return "";
  const parts = [`${label} ${Math.round(cpu.process)} µs`];
  if (cpu.generator > 0) parts.push(`load generator ${Math.round(cpu.generator)} µs`);
  parts.push(`${restLabel} ${Math.round(cpu.rest)} µs`);
  return `${parts.join(" + ")} of CPU per request, machine ${Math.round(cpu.machineBusy * 100)} % busy`;
}
