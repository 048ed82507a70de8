/** The q-quantile (0…1) of ascending `sorted` values, nearest-rank. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The run with the highest throughput: the least disturbed by the rest of the machine. */
export function best<T extends { requestsPerSecond: number }>(runs: T[]): T {
  return runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
}

/** "41 230" — grouped digits, no locale surprises. */
export function grouped(value: number, decimals = 0): string {
  const [whole, fraction] = value.toFixed(decimals).split(".");
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction ? `${digits}.${fraction}` : digits;
}
