/**
 * indicators(filter): every indicator row, by attribute, table, period and
 * category through prebuilt indexes (one Map per facet), and by text. The
 * index is built from the tables alone, on the first query: the rows need
 * nothing else of the tree.
 */
import { PlanError, describe } from '../errors.js'
import type { Indicator, PlanNode, Table } from '../schema/plan.js'
import type { TableNumberOf, Vocabulary } from '../schema/vocabulary.js'
import { add, checkFilter, checkString, freezeLists, intersect, lookup } from './filter.js'
import { own } from '../util/own.js'
import { nodes } from '../util/visit.js'

export const INDICATOR_FACETS = ['attribute', 'table', 'period', 'category'] as const
export type IndicatorFacet = (typeof INDICATOR_FACETS)[number]
const KEYS = [...INDICATOR_FACETS, 'text'] as const

/** How a table may be named: its printed number (`2-1`), its ID (`table_2-1`) or its label (`表 2-1`, `表2-1`). */
export type TableArgument<T extends string = string> = T | `table_${T}` | `表 ${T}` | `表${T}`

/** What a table of vocabulary `V` holds, for every table or for the tables `T`. */
type TableFacet<V extends Vocabulary, K extends keyof V['tables'][string], T extends TableNumberOf<V> = TableNumberOf<V>> = V['tables'][T][K]

/** The filter of `indicators()`: every value one the data has (the type lists them; at run time a value it has not throws a `PlanError` listing the allowed ones). */
export interface IndicatorFilter<V extends Vocabulary = Vocabulary> {
  /** 约束性 or 预期性. */
  attribute?: TableFacet<V, 'attribute'>
  /** `1-1` or `2-1` (`table_1-1` and `表 1-1` work too). */
  table?: TableArgument<TableNumberOf<V>>
  /** 十三五 or 十四五. */
  period?: TableFacet<V, 'period'>
  /** A grouping row's title as printed: 经济发展, 创新驱动 … */
  category?: TableFacet<V, 'category'>
  /** A substring of the indicator's name. */
  text?: string
}

/** Whether a filter's value `A` can keep rows whose facet is one of `Allowed`: `undefined` (no filter) keeps all, a union any of whose members is allowed. */
type Fits<A, Allowed> = undefined extends A ? true : [Extract<A, Allowed>] extends [never] ? false : true

/** `T` when table `T` can have rows that filter `F` keeps (each facet `F` gives is one that table has), else `never`. */
type Keeps<V extends Vocabulary, F, T extends TableNumberOf<V>> = [
  F extends { readonly table: infer A } ? Fits<A, TableArgument<T>> : true,
  F extends { readonly period: infer A } ? Fits<A, TableFacet<V, 'period', T>> : true,
  F extends { readonly category: infer A } ? Fits<A, TableFacet<V, 'category', T>> : true,
  F extends { readonly attribute: infer A } ? Fits<A, TableFacet<V, 'attribute', T>> : true
] extends [true, true, true, true]
  ? T
  : never

/**
 * The tables whose rows a filter can keep: `{ table: '2-1' }` and `{ period:
 * '十四五' }` keep rows of 表 2-1 only, so that `indicators()` of them is
 * typed as that table's rows, `values` by its own columns. A facet given as a
 * union (a variable of type `Period`) keeps every table that has one of its
 * members; a filter no table fits keeps none (`never`: the query returns no
 * row).
 */
export type TablesKept<V extends Vocabulary, F> = { [T in TableNumberOf<V>]: Keeps<V, F, T> }[TableNumberOf<V>]

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

/** The table with this number, ID or label (`2-1`, `table_2-1`, `表 2-1`); another value throws a PlanError listing the tables. */
export function table(tables: readonly Table[], number: unknown): Table {
  const key = checkString(number, 'number')
  const found = tables.find((t) => t.number === key || t.id === key || t.label === key || t.label.replace(/\s+/g, '') === key)
  if (!found) throw new PlanError('unknown-value', 'number', `number ${describe(key)} is not the number of a table of the plan`, tables.map((t) => t.number))
  return found
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
