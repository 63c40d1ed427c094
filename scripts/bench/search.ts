/**
 * 4. search() against a plain indexOf scan of the document's whole text for
 * the same literal: the floor for a literal search without an index. search()
 * does more (normalisation, OpenCC, per-node hits with snippets), so the
 * target is absolute (≤ 1 ms) and the ratio is reported.
 */
import { performance } from 'node:perf_hooks'
import { pair } from './harness.js'
import { mode } from './mode.js'
import type { Row } from './result.js'
import type { Library } from './queries.js'

const QUERIES = [
  { id: 'search:common', what: 'common two-character word', query: '发展' },
  { id: 'search:rare', what: 'rare long phrase', query: '麦田云际分布式存储数据中心项目' }
]

function count(text: string, needle: string): number {
  let n = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++
  return n
}

export function benchSearch(lib: Library): { rows: Row[]; firstCallMs: number } {
  // The first search builds the folded text of every node; timed once, reported apart.
  const t0 = performance.now()
  lib.search(QUERIES[0]!.query)
  const firstCallMs = performance.now() - t0
  const raw = lib.text()
  const rows = QUERIES.map(({ id, what, query }): Row => {
    const hits = lib.search(query).length
    const literal = count(raw, query)
    if (hits === 0) throw new Error(`search('${query}') found nothing: not a meaningful benchmark`)
    const r = pair(() => lib.search(query), () => count(raw, query), mode.fast)
    return {
      id,
      figure: `4 search: ${what}`,
      unit: 'ms',
      subject: { label: `search('${query}')`, stats: r.subject },
      baseline: { label: `indexOf scan of text() (${raw.length} chars)`, stats: r.baseline },
      ratio: r.subject.median / r.baseline.median,
      target: '≤ 1 ms',
      holds: r.subject.median <= 1,
      measured: true,
      notes: [`${hits} hit(s); the raw scan counts ${literal}`]
    }
  })
  rows[0]!.notes.push(`the first search() of a process builds its index: ${firstCallMs.toFixed(1)} ms (not in the figures)`)
  return { rows, firstCallMs }
}
