/**
 * indicators(filter): every indicator row, by attribute, table, period and
 * category through prebuilt indexes (one Map per facet), and by text. The
 * index is built from the tables alone, on the first query: the rows need
 * nothing else of the tree.
 */
import type { Indicator, PlanNode, Table } from '../schema/plan.js'
import { add, checkFilter, checkString, freezeLists, intersect, lookup } from './filter.js'
import { own } from '../util/own.js'
import { nodes } from '../util/visit.js'

export const INDICATOR_FACETS = ['attribute', 'table', 'period', 'category'] as const
export type IndicatorFacet = (typeof INDICATOR_FACETS)[number]
const KEYS = [...INDICATOR_FACETS, 'text'] as const

export interface IndicatorFilter {
  /** 约束性 or 预期性. */
  attribute?: string
  /** `1-1` or `2-1` (`table_1-1` and `表 1-1` work too). */
  table?: string
  /** 十三五 or 十四五. */
  period?: string
  /** A grouping row's title: 经济发展, 创新驱动 … */
  category?: string
  /** A substring of the indicator's name. */
  text?: string
}

export interface IndicatorIndex {
  all: readonly Indicator[]
  by: Record<IndicatorFacet, Map<string, readonly Indicator[]>>
}

const indexes = new WeakMap<readonly Table[], IndicatorIndex>()

const isIndicator = (node: PlanNode): node is Indicator => node.type === 'indicator'

/** The index over the rows of `tables` (in document order), built once per tables list. */
export function indicatorIndex(tables: readonly Table[]): IndicatorIndex {
  let index = indexes.get(tables)
  if (!index) {
    const all = Object.freeze(tables.flatMap((table) => nodes<PlanNode, Indicator>(table, isIndicator)))
    const by = {} as Record<IndicatorFacet, Map<string, Indicator[]>>
    for (const f of INDICATOR_FACETS) by[f] = new Map()
    for (const ind of all)
      for (const f of INDICATOR_FACETS) {
        const v = own(ind, f)
        if (v !== undefined) add(by[f], v, ind)
        // The table's ID and its printed label find it too.
        if (f === 'table' && v !== undefined) for (const alias of [`table_${v}`, `表 ${v}`, `表${v}`]) add(by.table, alias, ind)
      }
    for (const f of INDICATOR_FACETS) freezeLists(by[f])
    index = { all, by }
    indexes.set(tables, index)
  }
  return index
}

/** Matching indicators of `tables` in document order. The array is frozen (it may be a prebuilt index list). */
export function indicators(tables: readonly Table[], filter?: unknown): readonly Indicator[] {
  const f = checkFilter(filter, KEYS)
  const index = indicatorIndex(tables)
  const lists: Array<readonly Indicator[]> = []
  for (const facet of INDICATOR_FACETS) {
    const value = f[facet]
    if (value !== undefined)
      lists.push(lookup(index.by[facet], value, `filter.${facet}`, () => [...index.by[facet].keys()].filter((k) => facet !== 'table' || /^\d+-\d+$/.test(k))))
  }
  const found = intersect(lists, index.all)
  if (f.text === undefined) return found
  const text = checkString(f.text, 'filter.text')
  return Object.freeze(found.filter((ind) => ind.name.includes(text)))
}
