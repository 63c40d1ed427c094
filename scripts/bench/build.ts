/**
 * 1. Build: what a contributor's build does with the Markdown (parsePlan =
 * remark parse + fromMdast + checkPlan + zod validation, then createStore)
 * against its floor, a bare remark + GFM parse of the same Markdown, which
 * the build cannot skip. The phases are timed too, so that a missed target
 * says where the time goes.
 */
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { checkPlan } from '../../src/parse/check.js'
import { fromMdast } from '../../src/parse/from-mdast.js'
import { parseMarkdown, parsePlan } from '../../src/parse/index.js'
import { createStore } from '../../src/query/store.js'
import { PlanSchema } from '../../src/schema/plan.js'
import { fullGc, pair, stats } from './harness.js'
import { mode } from './mode.js'
import type { Row, Stats } from './result.js'

export const PLAN_MD = 'corpus/huozhou-14th/plan.md'

export function benchBuild(): { row: Row; phases: Record<string, Stats> } {
  const markdown = fs.readFileSync(PLAN_MD, 'utf8')
  const bare = unified().use(remarkParse).use(remarkGfm)
  const notes: string[] = []
  const first = parsePlan(markdown, { file: PLAN_MD })
  const errors = first.diagnostics.filter((d) => d.severity === 'error').length
  if (errors) notes.push(`parsePlan reported ${errors} error diagnostic(s) on ${PLAN_MD}: the figure is of a failing build`)

  // createStore deep-freezes the tree it is given, so every call parses its own tree.
  const r = pair(() => createStore(parsePlan(markdown, { file: PLAN_MD }).tree), () => bare.parse(markdown), mode.build)
  const ratio = r.subject.median / r.baseline.median
  const row: Row = {
    id: 'build',
    figure: `1 Build (${PLAN_MD})`,
    unit: 'ms',
    subject: { label: `parsePlan (parse + fromMdast + checkPlan + zod) + createStore, ${(Buffer.byteLength(markdown) / 1000).toFixed(0)} kB of Markdown`, stats: r.subject },
    baseline: { label: 'unified + remark-parse + remark-gfm .parse()', stats: r.baseline },
    ratio,
    target: '≤ 1.3×',
    holds: ratio <= 1.3,
    measured: true,
    notes
  }
  return { row, phases: phases(markdown) }
}

/** The same work as parsePlan + createStore, one phase at a time. */
function phases(markdown: string): Record<string, Stats> {
  const samples: Record<string, number[]> = { 'remark parse': [], fromMdast: [], checkPlan: [], 'zod PlanSchema.safeParse': [], createStore: [] }
  const time = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now()
    const v = fn()
    samples[name]!.push(performance.now() - t0)
    return v
  }
  for (let i = 0; i < Math.max(3, Math.ceil(mode.build.rounds / 2)); i++) {
    fullGc()
    const root = time('remark parse', () => parseMarkdown(markdown))
    const { tree } = time('fromMdast', () => fromMdast(root, PLAN_MD))
    time('checkPlan', () => checkPlan(tree, PLAN_MD))
    time('zod PlanSchema.safeParse', () => PlanSchema.safeParse(tree))
    time('createStore', () => createStore(tree))
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]))
}
