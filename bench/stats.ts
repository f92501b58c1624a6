/** What the benches share: the process's CPU time and percentiles of a sample. */

/** The process's CPU time (user + system, every thread: V8's compilers and collector too), in ms. */
export function cpuTime(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The `p`th percentile (0–100) of a non-empty sample, by the nearest rank. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
