/** One measured figure next to its same-run baseline and the target it must meet. */
export interface BenchRow {
  metric: string;
  /** Human-readable measured value, e.g. "41 230 req/s". */
  value: string;
  /** Human-readable baseline value measured in the same run. */
  baseline: string;
  /** value ÷ baseline (for "lower is better" metrics, still measured ÷ baseline). */
  ratio: number;
  /** e.g. "≥ 0.8×" or "≤ 2×". */
  target: string;
  met: boolean;
  /** Why a target is missed, or anything a reader needs to trust the figure. */
  note?: string;
}

export interface BenchSection {
  title: string;
  /** How it was measured: tools, sizes, concurrency, machine. */
  method: string;
  rows: BenchRow[];
}

export type BenchScenario = () => Promise<BenchSection>;
