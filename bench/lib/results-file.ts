import fs from "node:fs/promises";
import path from "node:path";
import type { Machine } from "./machine.js";
import type { BenchSection } from "./report.js";

/** One scenario's section as measured in one run, kept so a partial run (--only) keeps the others. */
export interface StoredSection {
  scenario: string;
  measuredAt: string;
  machine: Machine;
  section: BenchSection;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function machineLine(machine: Machine): string {
  return (
    `${machine.cpu} × ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}; ` +
    `Node ${machine.node}; ${machine.postgres}`
  );
}

/** Renders bench/RESULTS.md: the run's date and machine, then per scenario its method, table and notes. */
export function renderResults(sections: StoredSection[], run: { date: string; machine: Machine }): string {
  const lines = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts). Every figure is a ratio to a baseline measured on the same machine " +
      "in the same run, next to its target; no figure is asserted by a test. Where a target is missed, the notes say " +
      "so and why, from what the run measured.",
    "",
    `- Date: ${run.date}`,
    `- Machine: ${machineLine(run.machine)}`,
    "- Shared machine: these runs were made on a 2-core machine shared with other engineers' builds, tests and " +
      "benchmarks, so absolute figures (req/s, seconds) swing from run to run and are far below an idle machine's; " +
      "each ratio compares two sides measured interleaved in the same run, which is what the targets are about.",
    "- Command: `npm run bench` (all scenarios) or `npm run bench -- --only http,import` (the ones of issue 14); " +
      "`node --import tsx bench/profile-http.ts warn|info` profiles the app server under the HTTP load (`--cpu-prof`).",
    "",
  ];
  for (const stored of sections) {
    const { section } = stored;
    lines.push(`## ${section.title}`, "");
    if (stored.measuredAt !== run.date) {
      lines.push(`_Measured in an earlier run, ${stored.measuredAt}, on: ${machineLine(stored.machine)}._`, "");
    }
    lines.push(section.method, "");
    if (section.rows.length > 0) {
      lines.push("| metric | measured | baseline (same run) | ratio | target | met? |", "|---|---|---|---|---|---|");
      for (const row of section.rows) {
        const met = row.target === "—" ? "—" : row.met ? "yes" : "**NO**";
        lines.push(
          `| ${cell(row.metric)} | ${cell(row.value)} | ${cell(row.baseline)} | ${row.ratio.toFixed(2)}× | ${cell(row.target)} | ${met} |`,
        );
      }
      lines.push("");
      const notes = section.rows.filter((row) => row.note);
      if (notes.length > 0) {
        lines.push("Notes:", "");
        for (const row of notes)
          lines.push(`- **${row.metric}${row.target !== "—" && !row.met ? " (target missed)" : ""}**: ${row.note}`);
        lines.push("");
      }
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Reads the sections of earlier runs (bench/results.json), if any. */
export async function readStoredSections(file: string): Promise<StoredSection[]> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as StoredSection[];
  } catch {
    return [];
  }
}

export async function writeStoredSections(file: string, sections: StoredSection[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(sections, null, 2)}\n`);
}
