/**
 * One shape of the growth bench in a fresh process (run with the tsx loader
 * and --expose-gc): a warm-up parse, then each scale in increasing order,
 * `runs` times. Prints, per scale, the input's length, the median time, the
 * heap the result holds and the peak resident memory so far.
 *
 *   node --import tsx --expose-gc scripts/bench/growth-child.ts <shape> <runs> <scale>…
 */
import { performance } from 'node:perf_hooks'
import { parsePlan } from '../../src/parse/index.js'
import { shapes } from './growth-shapes.js'

const [name, runsArg, ...scaleArgs] = process.argv.slice(2)
const shape = shapes.find((s) => s.name === name)
if (!shape) throw new Error(`growth-child: no shape ${JSON.stringify(name)}`)
const runs = Number(runsArg)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('growth-child: run with --expose-gc')

/** The result, held through the heap measurement after the call. */
let kept: ReturnType<typeof parsePlan> | undefined
parsePlan(shape.make(1))
const out = []
for (const scale of scaleArgs.map(Number)) {
  const markdown = shape.make(scale)
  const times: number[] = []
  let held = 0
  let diagnostics = 0
  for (let r = 0; r < runs; r++) {
    gc()
    gc()
    const before = process.memoryUsage().heapUsed
    const t0 = performance.now()
    kept = parsePlan(markdown)
    times.push(performance.now() - t0)
    gc()
    gc()
    held = process.memoryUsage().heapUsed - before
    diagnostics = kept.diagnostics.length
    kept = undefined
  }
  times.sort((a, b) => a - b)
  out.push({ scale, length: markdown.length, times, held, peakRss: process.resourceUsage().maxRSS * 1024, diagnostics })
}
process.stdout.write(JSON.stringify(out))
