/**
 * The library against the floors it cannot beat, in one run: build, cold
 * start, queries, search, size, memory and the parser's growth, each next to its baseline measured
 * in the same process or the same run, with its target and whether it holds.
 *
 *   npm run bench                 full run (a few minutes)
 *   BENCH_QUICK=1 npm run bench   (or -- --quick) few iterations: proves it works (CI)
 *
 * Needs dist/ (npm run build). Prints a table and writes bench-results.json.
 * Exits 0 even when targets are missed (they are printed as MISSED); exits 1
 * on an error or when a query's answer differs from its naive walk's.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

process.chdir(fileURLToPath(new URL('..', import.meta.url)))

const REQUIRED = ['dist/index.js', 'dist/outline.js', 'dist/tree.js', 'dist/indicators.js', 'dist/projects.js', 'dist/data/plan.json']
if (REQUIRED.some((f) => !fs.existsSync(f))) {
  console.error('bench: dist/ is missing or incomplete: run npm run build first')
  process.exit(1)
}

const { quick } = await import('./bench/mode.js')
const { benchBuild } = await import('./bench/build.js')
const { benchColdStart, benchMemory } = await import('./bench/processes.js')
const { benchQueries } = await import('./bench/queries.js')
const { benchWalker } = await import('./bench/walker.js')
const { benchSearch } = await import('./bench/search.js')
const { benchSize } = await import('./bench/size.js')
const { benchGrowth } = await import('./bench/growth.js')
const { table } = await import('./bench/report.js')
const { ResultsSchema } = await import('./bench/result.js')
type Library = import('./bench/queries.js').Library
type Row = import('./bench/result.js').Row

/** The newest file under a folder, to tell when dist/ was built from an older src/. */
function newest(dir: string): number {
  return Math.max(0, ...fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => fs.statSync(path.join(dir, f)).mtimeMs))
}
if (newest('src') > fs.statSync('dist/index.js').mtimeMs) console.error('bench: warning: src/ has changed since dist/ was built; run npm run build for figures of the current code')

const step = (what: string) => console.error(`bench: ${what}${quick ? ' (quick)' : ''} …`)

try {
  step('size')
  const size = await benchSize()
  step('cold start')
  const cold = benchColdStart()
  step('memory')
  const memory = benchMemory()
  const lib = (await import(pathToFileURL(path.resolve('dist/index.js')).href)) as Library
  step('search')
  const search = benchSearch(lib)
  step('queries')
  const queries = benchQueries(lib)
  step('walker')
  const walker = benchWalker(lib.tree())
  step('build')
  const build = benchBuild()
  step('site')
  const site = await (await import('./bench/site.js')).benchSite()
  step('growth')
  const growth = benchGrowth()

  const rows: Row[] = [build.row, ...cold.rows, ...queries, ...walker, ...search.rows, ...size.rows, ...site.rows, ...memory.rows, ...growth.rows]
  const results = ResultsSchema.parse({
    date: new Date().toISOString(),
    quick,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    rows,
    details: {
      buildPhasesMs: build.phases,
      coldStartInProcessMs: cold.inProcess,
      jsonOnlyHeapBytes: memory.jsonHeap,
      firstSearchMs: search.firstCallMs,
      growth: growth.details,
      ...size.details,
      ...site.details
    }
  })
  fs.writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n')

  console.log(`\n@huozhou/plan bench${quick ? ' — QUICK mode: too few runs for stable figures, only proves the bench works' : ''}`)
  console.log(`${results.node} · ${results.platform} · ${results.cpus}\n`)
  console.log(table(rows))
  const phases = Object.entries(build.phases).map(([k, s]) => `${k} ${s.median.toFixed(1)} ms`).join(' + ')
  console.log(`\nBuild phases (median): ${phases}`)
  const measured = rows.filter((r) => r.holds !== null)
  const missed = measured.filter((r) => !r.holds)
  const unmeasured = rows.filter((r) => !r.measured)
  console.log(`\nTargets: ${measured.length - missed.length} of ${measured.length} hold${missed.length ? `; missed: ${missed.map((r) => r.id).join(', ')}` : ''}${unmeasured.length ? `; not measured: ${unmeasured.map((r) => r.id).join(', ')}` : ''}`)
  console.log('Wrote bench-results.json')
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
