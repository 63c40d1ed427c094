/**
 * 2. Cold start and 6. memory, both measured in fresh Node processes (the
 * scripts in ./child), spawned without the tsx loader this bench runs under.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { stats } from './harness.js'
import { mode } from './mode.js'
import type { Row, Stats } from './result.js'

const child = (name: string) => fileURLToPath(new URL(`./child/${name}`, import.meta.url))
const env = { ...process.env, NODE_OPTIONS: '' }

function node(args: string[]): { wallMs: number; stdout: string } {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' })
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(`node ${args.map((a) => path.basename(a)).join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`)
  return { wallMs, stdout: r.stdout }
}

export function benchColdStart(): { row: Row; inProcess: { subject: Stats; baseline: Stats } } {
  const runs = { subject: [] as number[], baseline: [] as number[], subjectIn: [] as number[], baselineIn: [] as number[] }
  // One of each first, unmeasured, so that the file cache is warm for both.
  node([child('cold-plan.mjs')])
  node([child('cold-json.mjs')])
  for (let i = 0; i < mode.spawns * 2; i++) {
    // Alternate, and swap which goes first every other pair.
    const subjectTurn = (i % 2 === 0) !== (Math.floor(i / 2) % 2 === 1)
    const r = node([child(subjectTurn ? 'cold-plan.mjs' : 'cold-json.mjs')])
    runs[subjectTurn ? 'subject' : 'baseline'].push(r.wallMs)
    runs[subjectTurn ? 'subjectIn' : 'baselineIn'].push(Number(r.stdout))
  }
  const subject = stats(runs.subject)
  const baseline = stats(runs.baseline)
  const inProcess = { subject: stats(runs.subjectIn), baseline: stats(runs.baselineIn) }
  const ratio = subject.median / baseline.median
  return {
    row: {
      id: 'cold-start',
      figure: `2 Cold start (wall, ${mode.spawns}× each, alternating)`,
      unit: 'ms',
      subject: { label: "fresh node: import '@huozhou/plan' + getNode()", stats: subject },
      baseline: { label: 'fresh node: fs.readFileSync + JSON.parse(dist/data/plan.json)', stats: baseline },
      ratio,
      target: '≤ 1.2×',
      holds: ratio <= 1.2,
      measured: true,
      notes: [
        `inside the process (performance.now() at exit): ${inProcess.subject.median.toFixed(1)} ms vs ${inProcess.baseline.median.toFixed(1)} ms = ${(inProcess.subject.median / inProcess.baseline.median).toFixed(2)}×`
      ]
    },
    inProcess
  }
}

export function benchMemory(dataFile: string): { row: Row; jsonHeap: Stats } {
  const heap = (what: string) => Number(JSON.parse(node(['--expose-gc', child('memory.mjs'), what]).stdout).delta)
  const plan: number[] = []
  const json: number[] = []
  for (let i = 0; i < mode.memorySpawns; i++) {
    plan.push(heap('plan'))
    json.push(heap('json'))
  }
  const size = fs.statSync(dataFile).size
  const subject = stats(plan)
  const jsonHeap = stats(json)
  return {
    row: {
      id: 'memory',
      figure: `6 Memory (heap after import + getNode)`,
      unit: 'bytes',
      subject: { label: `heapUsed delta around import + first getNode (--expose-gc, median of ${mode.memorySpawns} process(es))`, stats: subject },
      baseline: { label: `size of ${dataFile}`, stats: { min: size, median: size, max: size, samples: 1 } },
      ratio: subject.median / size,
      target: 'reported (no target)',
      holds: null,
      measured: true,
      notes: [`the same file only JSON.parse'd holds ${(jsonHeap.median / 1000).toFixed(0)} kB of heap (${(jsonHeap.median / size).toFixed(2)}× its size)`]
    },
    jsonHeap
  }
}
