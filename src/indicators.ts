/**
 * `@huozhou/plan/indicators`: the indicator rows of the plan's tables and the
 * tables themselves. It loads the tables alone (tables.json), not the
 * plan's text; the index over the rows is built on the first query. The
 * default entry exports the same functions. Rows and tables are
 * deep-frozen as they are handed out.
 */
import { planTables } from './data/tables.js'
import { indicators as queryIndicators, type IndicatorFilter } from './query/indicators.js'
import type { Indicator, Table } from './schema/plan.js'
import { frozenItems } from './util/freeze.js'

/**
 * Indicator rows of the tables, in document order, filtered by `attribute`
 * (约束性 | 预期性), `table` ('1-1' | '2-1'), `period` (十三五 | 十四五),
 * `category` (经济发展 …) and `text` (in the name). A value the data does not
 * have throws a `PlanError` that lists the allowed values.
 */
export function indicators(filter?: IndicatorFilter): readonly Indicator[] {
  return frozenItems(queryIndicators(planTables(), filter))
}

/** The tables (表 1-1, 表 2-1), in document order. */
export function tables(): readonly Table[] {
  return frozenItems(planTables())
}

export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { IndicatorFilter } from './query/indicators.js'
export type * from './schema/value.js'
export type { Indicator, IndicatorGroup, Table, TableGroup, TableHeader, TableNote, Heading, Position, Point } from './schema/plan.js'
