/**
 * `@huozhou/plan/indicators`: the indicator rows of the plan's tables and the
 * tables themselves. It loads the tables alone (tables.json), not the
 * plan's text; the index over the rows is built on the first query. The
 * default entry exports the same functions. Rows and tables are
 * deep-frozen as they are handed out, and typed so (src/schema/shipped.ts).
 */
import { planTables } from './data/tables.js'
import type { ShippedVocabulary, TableNumber } from './generated/types.js'
import * as q from './query/indicators.js'
import type { TableArgument, TablesKept } from './query/indicators.js'
import type { IndicatorOf, TableOf } from './schema/shipped.js'
import { answer, answerList } from './util/answer.js'

/**
 * The filter of `indicators()`: `attribute` (约束性 | 预期性), `table` (`1-1` |
 * `2-1`, or `table_1-1`, `表 1-1`), `period` (十三五 | 十四五), `category` (a
 * group title as printed: 经济发展 …) and `text` (a substring of the name).
 * Each value is one the plan has, and the type lists them.
 */
export interface IndicatorFilter extends q.IndicatorFilter<ShippedVocabulary> {}

/** A filter's keys that `IndicatorFilter` has not: each must be absent (an object literal with one is a type error). */
type Known<F> = { readonly [K in Exclude<keyof F, keyof IndicatorFilter>]: never }

/**
 * Indicator rows of the tables, in document order, filtered by `attribute`
 * (约束性 | 预期性), `table` ('1-1' | '2-1'), `period` (十三五 | 十四五),
 * `category` (经济发展 …) and `text` (in the name). A value the data does not
 * have throws a `PlanError` that lists the allowed values.
 *
 * The rows are typed by the tables the filter can keep: `indicators({ table:
 * '2-1' })` and `indicators({ period: '十四五' })` give `IndicatorOf<'2-1'>`
 * rows, whose `values` have exactly 表 2-1's columns; without such a filter,
 * a union of both tables' rows that `row.table` tells apart.
 */
export function indicators<const F extends IndicatorFilter = {}>(filter?: F & Known<F>): ReadonlyArray<{ [T in TablesKept<ShippedVocabulary, F>]: IndicatorOf<T> }[TablesKept<ShippedVocabulary, F>]> {
  return answerList(q.indicators(planTables(), filter))
}

/** The tables (表 1-1, 表 2-1), in document order: a union of each table's own type that `number` tells apart. */
export function tables(): ReadonlyArray<{ [T in TableNumber]: TableOf<T> }[TableNumber]> {
  return answerList(planTables())
}

/**
 * The table with this number (`2-1`), ID (`table_2-1`) or label (`表 2-1`),
 * typed as that table (`TableOf<'2-1'>`: its rows' `values` by its own
 * columns). A table the plan has not is a type error, and at run time a
 * `PlanError` that lists the tables.
 */
export function getTable<const A extends TableArgument<TableNumber>>(number: A): { [T in NumberOfTable<A>]: TableOf<T> }[NumberOfTable<A>] {
  return answer(q.table(planTables(), number))
}

/** The table number a table argument names: `table_2-1`, `表 2-1`, `表2-1` and `2-1` all name `2-1`. */
export type NumberOfTable<A extends string> = Extract<A extends `table_${infer T}` ? T : A extends `表 ${infer T}` ? T : A extends `表${infer T}` ? T : A, TableNumber>

export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { TableArgument, TablesKept } from './query/indicators.js'
export type { TableNumberOf, TableVocabulary, Vocabulary } from './schema/vocabulary.js'
export type {
  AnyIndicator,
  AnyTable,
  CellValue,
  EmptyValue,
  Heading,
  Indicator,
  IndicatorGroup,
  IndicatorOf,
  IndicatorsOf,
  Mark,
  MultipleValue,
  NoneValue,
  NumberPart,
  NumberValue,
  Point,
  Position,
  RowFacets,
  Table,
  TableGroup,
  TableHeader,
  TableNote,
  TableOf,
  TablesOf,
  TextValue
} from './schema/shipped.js'
export type { Attribute, CategoryId, CategoryTitle, Period, ShippedTables, ShippedVocabulary, TableNumber } from './generated/types.js'
