/**
 * One shape of the growth bench in a fresh process (run with the tsx loader):
 * a warm-up parse, then each scale in increasing order, `runs` times. Prints,
 * per scale, the input's length, the times, the size of the tree as JSON,
 * and how far the peak resident memory has risen above the process's own
 * (the scales grow, so the peak after a scale is that scale's).
 *
 *   node --import tsx scripts/bench/growth-child.ts <shape> <runs> <scale>…
 */
import { performance } from 'node:perf_hooks'
import { parsePlan } from '../../src/parse/index.js'
import { shapes } from './growth-shapes.js'

const [name, runsArg, ...scaleArgs] = process.argv.slice(2)
const shape = shapes.find((s) => s.name === name)
if (!shape) throw new Error(`growth-child: no shape ${JSON.stringify(name)}`)
const runs = Number(runsArg)
const startRss = process.memoryUsage().rss

parsePlan(shape.make(1))
const out = []
for (const scale of scaleArgs.map(Number)) {
  const markdown = shape.make(scale)
  const times: number[] = []
  let treeBytes = 0
  let diagnostics = 0
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const result = parsePlan(markdown)
    times.push(performance.now() - t0)
    treeBytes = JSON.stringify(result.tree).length
    diagnostics = result.diagnostics.length
  }
  times.sort((a, b) => a - b)
  out.push({ scale, length: markdown.length, times, treeBytes, peakRise: process.resourceUsage().maxRSS * 1024 - startRss, diagnostics })
}
process.stdout.write(JSON.stringify(out))
