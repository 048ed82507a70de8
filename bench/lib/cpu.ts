import fs from "node:fs";

// Linux reports CPU time in clock ticks of USER_HZ, 100 on every mainstream build.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or undefined where /proc is missing. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores), or undefined where /proc is missing. */
export function machineBusySeconds(): number | undefined {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Where the CPU of one timed run went, in CPU microseconds per completed request. */
export interface CpuPerRequest {
  /** The process under test (the app server, or the pool loop of the baseline). */
  process: number;
  /** The load generator (autocannon), when it is a separate process. */
  generator: number;
  /** Everything else the machine did meanwhile: PostgreSQL, mostly. */
  rest: number;
  /** Share of all cores busy during the run, 0…1. */
  machineBusy: number;
}
