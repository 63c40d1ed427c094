/**
 * 7. Growth: parsePlan's time and memory at 1×, 4× and 16× the input, for
 * each shape of ./growth-shapes.ts (rows of a table, nested box items, deep
 * block quotes, boxes, marked paragraphs, lazy lines, long lines, captions,
 * headings). Linear work takes about 16× the time at 16× the input; the
 * shapes remark alone takes quadratic time on took 100× to 1000× before the
 * parser bounded its work. Each shape runs in a fresh process (so that one
 * shape's garbage does not weigh on the next), warmed up on its 1× input.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { stats } from './harness.js'
import { quick } from './mode.js'
import type { Row } from './result.js'
import { shapes } from './growth-shapes.js'

const SCALES = [1, 4, 16]
/** Time at 16× the input, over time at 1×: linear is 16; twice that still passes (timer noise on a small input). */
const MOST = 32

interface Measured {
  scale: number
  length: number
  times: number[]
  /** The tree as JSON, in characters: what the result holds grows with it. */
  treeBytes: number
  /** Peak resident memory above the process's own before the first parse. */
  peakRise: number
  diagnostics: number
}

function measure(shape: string): Measured[] {
  const child = fileURLToPath(new URL('./growth-child.ts', import.meta.url))
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, shape, String(quick ? 1 : 5), ...SCALES.map(String)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 1 << 24
  })
  if (r.status !== 0) throw new Error(`growth ${shape} failed (${r.status ?? r.signal}): ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`)
  return JSON.parse(r.stdout) as Measured[]
}

const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`)

export function benchGrowth(): { rows: Row[]; details: Record<string, Measured[]> } {
  const rows: Row[] = []
  const details: Record<string, Measured[]> = {}
  for (const shape of shapes) {
    const m = measure(shape.name)
    details[shape.name] = m
    const [one, four, sixteen] = m as [Measured, Measured, Measured]
    const subject = stats(sixteen.times)
    const baseline = stats(one.times)
    const ratio = subject.median / baseline.median
    rows.push({
      id: `growth-${shape.name.replace(/\W+/g, '-')}`,
      figure: `7 Growth: ${shape.name} (16× vs 1× input)`,
      unit: 'ms',
      subject: { label: `parsePlan, 16× (${sixteen.length} characters)`, stats: subject },
      baseline: { label: `parsePlan, 1× (${one.length} characters): ${shape.grows}`, stats: baseline },
      ratio,
      target: `≤ ${MOST}× (linear: 16×)`,
      holds: ratio <= MOST,
      measured: true,
      notes: [
        `4×: ${(stats(four.times).median / baseline.median).toFixed(1)}× the time`,
        `memory at 1×/4×/16×: the tree (as JSON) ${mb(one.treeBytes)} / ${mb(four.treeBytes)} / ${mb(sixteen.treeBytes)} (${(sixteen.treeBytes / one.treeBytes).toFixed(1)}×); peak RSS above the process's own ${mb(one.peakRise)} / ${mb(four.peakRise)} / ${mb(sixteen.peakRise)} (${(sixteen.peakRise / Math.max(one.peakRise, 1)).toFixed(1)}×)`
      ]
    })
  }
  return { rows, details }
}
