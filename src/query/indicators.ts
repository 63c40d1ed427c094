/**
 * indicators(filter): every indicator row, by attribute, table, period and
 * category through prebuilt indexes (one Map per facet), and by text.
 */
import type { Indicator } from '../schema/plan.js'
import { checkFilter, checkOneOf, checkString } from './filter.js'
import { ofType, type Store } from './store.js'

export const INDICATOR_FACETS = ['attribute', 'table', 'period', 'category'] as const
export type IndicatorFacet = (typeof INDICATOR_FACETS)[number]

export interface IndicatorFilter {
  /** 约束性 or 预期性. */
  attribute?: string
  /** `1-1` or `2-1` (`table_1-1` works too). */
  table?: string
  /** 十三五 or 十四五. */
  period?: string
  /** A grouping row's title: 经济发展, 创新驱动 … */
  category?: string
  /** A substring of the indicator's name. */
  text?: string
}

export interface IndicatorIndex {
  all: Indicator[]
  by: Record<IndicatorFacet, Map<string, Indicator[]>>
}

const indexes = new WeakMap<Store, IndicatorIndex>()

export function indicatorIndex(store: Store): IndicatorIndex {
  let index = indexes.get(store)
  if (!index) {
    const all = ofType(store, 'indicator')
    const by = Object.fromEntries(INDICATOR_FACETS.map((f) => [f, new Map<string, Indicator[]>()])) as IndicatorIndex['by']
    for (const ind of all)
      for (const f of INDICATOR_FACETS) {
        const v = ind[f]
        if (v === undefined) continue
        const list = by[f].get(v)
        if (list) list.push(ind)
        else by[f].set(v, [ind])
      }
    index = { all, by }
    indexes.set(store, index)
  }
  return index
}

export function indicators(store: Store, filter?: unknown): Indicator[] {
  const f = checkFilter(filter, [...INDICATOR_FACETS, 'text'])
  const index = indicatorIndex(store)
  const lists: Indicator[][] = []
  for (const facet of INDICATOR_FACETS) {
    if (f[facet] === undefined) continue
    let value = f[facet]
    if (facet === 'table' && typeof value === 'string') value = value.replace(/^table_/, '').replace(/^表\s*/, '')
    const key = checkOneOf(value, `filter.${facet}`, [...index.by[facet].keys()])
    lists.push(index.by[facet].get(key)!)
  }
  const text = f.text === undefined ? undefined : checkString(f.text, 'filter.text')
  if (lists.length === 0) lists.push(index.all)
  lists.sort((a, b) => a.length - b.length)
  const [smallest, ...rest] = lists
  const others = rest.map((l) => new Set(l))
  return smallest!.filter((ind) => others.every((s) => s.has(ind)) && (text === undefined || ind.name.includes(text)))
}
