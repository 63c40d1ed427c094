/**
 * The measuring harness: a figure and its baseline sampled in alternation in
 * the same process (or the same run), so that a machine that slows down or
 * speeds up mid-run moves both sides alike and the ratio stays honest.
 *
 * Why not tinybench: its samples time one call each; a 100 ns query is then
 * mostly timer resolution. Here a sample is a batch of calls sized to last at
 * least `batchMs`, divided by its size, and the subject and baseline batches
 * alternate (order swapped every round) instead of running one after another.
 */
import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import type { Stats } from './result.js'

export function stats(values: number[]): Stats {
  if (values.length === 0) throw new Error('stats: no samples')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]!, samples: sorted.length }
}

/** Milliseconds per call of one batch of `n` calls. */
function batch(fn: () => unknown, n: number): number {
  const t0 = performance.now()
  for (let i = 0; i < n; i++) sink = fn()
  return (performance.now() - t0) / n
}
/** Results go here so that the engine cannot drop a call as dead code. */
export let sink: unknown

/** How many calls make a batch of at least `batchMs` (1 for slow functions). */
function batchSize(fn: () => unknown, batchMs: number): number {
  let n = 1
  for (;;) {
    const perCall = batch(fn, n)
    if (perCall * n >= batchMs || n >= 1 << 24) return n
    n = perCall > 0 ? Math.min(n * 16, Math.max(n * 2, Math.ceil((batchMs * 1.2) / perCall))) : n * 16
  }
}

/**
 * A full garbage collection, without needing node --expose-gc (tsx runs this
 * script): the flag is set at run time and gc() taken from a fresh context.
 */
let collect: (() => void) | undefined
export function fullGc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
}

export interface PairOptions {
  /** Alternating rounds: each gives one sample of each side. */
  rounds: number
  /** Minimum duration of one sample, so that timer resolution does not matter. */
  batchMs: number
  /** Time spent calling both sides before sampling, so that both are optimised. */
  warmupMs: number
  /**
   * Collect garbage before every sample: for functions that allocate tens of
   * MB (the build), so that one side does not pay for the other's garbage.
   */
  gc?: boolean
}

/** Per-call milliseconds of `subject` and `baseline`, sampled in alternating rounds. */
export function pair(subject: () => unknown, baseline: () => unknown, o: PairOptions): { subject: Stats; baseline: Stats } {
  const end = performance.now() + o.warmupMs
  do {
    batch(subject, 1)
    batch(baseline, 1)
  } while (performance.now() < end)
  const ns = batchSize(subject, o.batchMs)
  const nb = batchSize(baseline, o.batchMs)
  const s: number[] = []
  const b: number[] = []
  const sample = (fn: () => unknown, n: number, into: number[]) => {
    if (o.gc) fullGc()
    into.push(batch(fn, n))
  }
  for (let r = 0; r < o.rounds; r++) {
    if (r % 2) {
      sample(baseline, nb, b)
      sample(subject, ns, s)
    } else {
      sample(subject, ns, s)
      sample(baseline, nb, b)
    }
  }
  return { subject: stats(s), baseline: stats(b) }
}
