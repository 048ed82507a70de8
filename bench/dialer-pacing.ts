import type { BenchSection } from "./lib/report.js";

export interface DialerPacingScenarioOptions {
  agents: number;
  hours: number;
  log: (line: string) => void;
}

export async function dialerPacingScenario(_options: DialerPacingScenarioOptions): Promise<BenchSection> {
  return { title: "Dialer pacing", method: "todo", rows: [] };
}
