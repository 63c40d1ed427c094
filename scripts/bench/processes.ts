/**
 * 2. Cold start and 6. memory, per data domain (./domains.ts), both
 * measured in fresh Node processes (the scripts in ./child), spawned without
 * the tsx loader this bench runs under: a consumer's first query (import the
 * domain's entry + one query, which builds its index) against a process that
 * only reads and JSON.parses that domain's shipped data files.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { DOMAINS, type Domain } from './domains.js'
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

const libArgs = (d: Domain) => [child('cold-lib.mjs'), JSON.stringify({ entry: d.entry, call: d.call })]
const jsonArgs = (d: Domain) => [child('cold-json.mjs'), JSON.stringify(d.data)]
const callText = (d: Domain) => `${d.call.name}(${d.call.args.map((a) => JSON.stringify(a)).join(', ')})`

function coldStart(d: Domain): { row: Row; inProcess: { subject: Stats; baseline: Stats } } {
  const runs = { subject: [] as number[], baseline: [] as number[], subjectIn: [] as number[], baselineIn: [] as number[], subjectCpu: [] as number[], baselineCpu: [] as number[] }
  // One of each first, unmeasured, so that the file cache is warm for both.
  node(libArgs(d))
  node(jsonArgs(d))
  for (let i = 0; i < mode.spawns * 2; i++) {
    // Alternate, and swap which goes first every other pair.
    const subjectTurn = (i % 2 === 0) !== (Math.floor(i / 2) % 2 === 1)
    const r = node(subjectTurn ? libArgs(d) : jsonArgs(d))
    runs[subjectTurn ? 'subject' : 'baseline'].push(r.wallMs)
    const { now, cpu } = JSON.parse(r.stdout) as { now: number; cpu: number }
    runs[subjectTurn ? 'subjectIn' : 'baselineIn'].push(now)
    runs[subjectTurn ? 'subjectCpu' : 'baselineCpu'].push(cpu)
  }
  const subject = stats(runs.subject)
  const baseline = stats(runs.baseline)
  const inProcess = { subject: stats(runs.subjectIn), baseline: stats(runs.baselineIn) }
  const cpu = { subject: stats(runs.subjectCpu), baseline: stats(runs.baselineCpu) }
  const ratio = subject.median / baseline.median
  return {
    row: {
      id: `cold-start:${d.id}`,
      figure: `2 Cold start: ${d.id} (wall, ${mode.spawns}× each, alternating)`,
      unit: 'ms',
      subject: { label: `fresh node: import '${d.entry}' + ${callText(d)}`, stats: subject },
      baseline: { label: `fresh node: fs.readFileSync + JSON.parse of ${d.data.join(', ')}`, stats: baseline },
      ratio,
      target: d.target === undefined ? 'reported (no target)' : `≤ ${d.target}×`,
      holds: d.target === undefined ? null : ratio <= d.target,
      measured: true,
      notes: [
        `inside the process (performance.now() at exit): ${inProcess.subject.median.toFixed(1)} ms vs ${inProcess.baseline.median.toFixed(1)} ms = ${(inProcess.subject.median / inProcess.baseline.median).toFixed(2)}×`,
        `CPU time of the process (user + system at exit): ${cpu.subject.median.toFixed(1)} ms vs ${cpu.baseline.median.toFixed(1)} ms = ${(cpu.subject.median / cpu.baseline.median).toFixed(2)}×`
      ]
    },
    inProcess
  }
}

/** Cold start of every domain; the in-process figures by domain, for bench-results.json. */
export function benchColdStart(): { rows: Row[]; inProcess: Record<string, { subject: Stats; baseline: Stats }> } {
  const results = DOMAINS.map((d) => [d.id, coldStart(d)] as const)
  return { rows: results.map(([, r]) => r.row), inProcess: Object.fromEntries(results.map(([id, r]) => [id, r.inProcess])) }
}

function memory(d: Domain): { row: Row; jsonHeap: Stats } {
  const heap = (what: 'lib' | 'json') =>
    Number(JSON.parse(node(['--expose-gc', child('memory.mjs'), what, what === 'json' ? JSON.stringify(d.data) : JSON.stringify({ entry: d.entry, call: d.call })]).stdout).delta)
  const lib: number[] = []
  const json: number[] = []
  for (let i = 0; i < mode.memorySpawns; i++) {
    lib.push(heap('lib'))
    json.push(heap('json'))
  }
  const subject = stats(lib)
  const jsonHeap = stats(json)
  return {
    row: {
      id: `memory:${d.id}`,
      figure: `6 Memory: ${d.id} (heap after the first query)`,
      unit: 'bytes',
      subject: { label: `heapUsed delta around import '${d.entry}' + ${callText(d)} (--expose-gc, median of ${mode.memorySpawns} process(es))`, stats: subject },
      baseline: { label: `heapUsed delta around JSON.parse of ${d.data.join(', ')}`, stats: jsonHeap },
      ratio: subject.median / jsonHeap.median,
      target: 'reported (no target)',
      holds: null,
      measured: true,
      notes: []
    },
    jsonHeap
  }
}

/** Heap after the first query of every domain, against its data parsed alone. */
export function benchMemory(): { rows: Row[]; jsonHeap: Record<string, Stats> } {
  const results = DOMAINS.map((d) => [d.id, memory(d)] as const)
  return { rows: results.map(([, r]) => r.row), jsonHeap: Object.fromEntries(results.map(([id, r]) => [id, r.jsonHeap])) }
}
