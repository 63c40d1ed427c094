/**
 * 3. Queries against a naive answer without an index: a walk of the tree
 * with the project's walker (what a user of tree() would write), or a scan
 * of the projects. Each naive answer must equal the query's (same IDs, same
 * order) or the bench fails: a fast wrong answer is not a result.
 */
import { EXIT, visit } from '../../src/util/visit.js'
import { pair } from './harness.js'
import { mode } from './mode.js'
import type { Row } from './result.js'

export type Library = typeof import('../../src/index.js')
type Node = { id: string; type: string; children?: Node[]; [key: string]: unknown }

const TARGET = '≤ 5 µs and ≥ 50× faster than the walk'

function sameIds(what: string, query: ReadonlyArray<{ id: string }>, walked: ReadonlyArray<{ id: string }>): void {
  const a = query.map((n) => n.id)
  const b = walked.map((n) => n.id)
  if (a.length === 0) throw new Error(`${what}: the query found nothing, so there is nothing to compare`)
  if (a.length !== b.length || a.some((id, i) => id !== b[i]))
    throw new Error(`${what}: the query's answer differs from the walk's\n  query: ${a.length} [${a.slice(0, 8).join(', ')}${a.length > 8 ? ', …' : ''}]\n  walk:  ${b.length} [${b.slice(0, 8).join(', ')}${b.length > 8 ? ', …' : ''}]`)
}

function row(id: string, figure: string, query: () => unknown, naive: () => unknown, walkLabel: string): Row {
  const r = pair(query, naive, mode.fast)
  const speedup = r.baseline.median / r.subject.median
  return {
    id,
    figure: `3 ${figure}`,
    unit: 'ms',
    subject: { label: figure, stats: r.subject },
    baseline: { label: walkLabel, stats: r.baseline },
    ratio: r.subject.median / r.baseline.median,
    target: TARGET,
    holds: r.subject.median <= 0.005 && speedup >= 50,
    measured: true,
    notes: []
  }
}

export function benchQueries(lib: Library): Row[] {
  const tree = lib.tree() as unknown as Node
  const rows: Row[] = []

  const id = 'chp_4__sec_3'
  const walkNode = () => {
    let found: Node | undefined
    visit(tree, (n) => {
      if (n.id === id) return (found = n), EXIT
    })
    return found ? [found] : []
  }
  const node = lib.getNode(id)
  sameIds(`getNode('${id}')`, node ? [node] : [], walkNode())
  rows.push(row('query:getNode', `getNode('${id}')`, () => lib.getNode(id), walkNode, 'walk of tree() until the ID'))

  const filter = { attribute: '约束性' } as const
  const walkIndicators = () => {
    const out: Node[] = []
    visit(tree, (n) => {
      if (n.type === 'indicator' && n.attribute === filter.attribute) out.push(n)
    })
    return out
  }
  sameIds(`indicators({ attribute: '约束性' })`, lib.indicators(filter), walkIndicators())
  rows.push(row('query:indicators', `indicators({ attribute: '约束性' })`, () => lib.indicators(filter), walkIndicators, 'walk of tree() for indicator nodes'))

  // Answers are frozen once (createStore deep-freezes the tree) instead of copied per call: what a copy would cost.
  rows.push({
    ...row('query:getNode-clone', `getNode('${id}'), frozen answer`, () => lib.getNode(id), () => structuredClone(lib.getNode(id)), 'the same with a structuredClone per answer'),
    target: 'reported (no target)',
    holds: null
  })

  rows.push(...benchProjects(lib))
  return rows
}

/** The naive answer scans the full array (projects() without a filter, fetched once) and filters on ties and sectors. */
function benchProjects(lib: Library): Row[] {
  const cases = [
    { id: 'query:projects-tiedTo', figure: `projects({ tiedTo: '开发区' })`, filter: { tiedTo: '开发区' } as const },
    { id: 'query:projects-sector', figure: `projects({ sector: 'energy' })`, filter: { sector: 'energy' } as const }
  ]
  const all = lib.projects()
  if (all.length === 0) throw new Error('projects() returned no projects: nothing to measure')
  const places = lib.places()
  const walkTiedTo = (place: string) => () => {
    const ids = new Set(places.filter((p) => p.id === place || p.name === place || p.aliases.includes(place)).map((p) => p.id))
    return all.filter((p) => p.ties.some((t) => ids.has(t.to)))
  }
  const walkSector = (sector: (typeof all)[number]['sectors'][number]) => () => all.filter((p) => p.sectors.includes(sector))
  return cases.map((c) => {
    const naive = c.filter.tiedTo !== undefined ? walkTiedTo(c.filter.tiedTo) : walkSector(c.filter.sector!)
    sameIds(c.figure, lib.projects(c.filter), naive())
    return row(c.id, c.figure, () => lib.projects(c.filter), naive, `scan of all ${all.length} projects`)
  })
}
