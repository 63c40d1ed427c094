/**
 * How much to measure. Quick mode (BENCH_QUICK=1 or --quick) only proves the
 * bench still works: CI runs it on 2 cores and it must finish in well under a
 * minute. Its figures are too few to be stable and are labelled as such.
 */
export const quick = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick')

export const mode = quick
  ? { build: { rounds: 3, batchMs: 0, warmupMs: 300, gc: true }, fast: { rounds: 15, batchMs: 0.5, warmupMs: 100 }, spawns: 3, memorySpawns: 1 }
  : { build: { rounds: 41, batchMs: 0, warmupMs: 3000, gc: true }, fast: { rounds: 301, batchMs: 2, warmupMs: 500 }, spawns: 40, memorySpawns: 5 }
