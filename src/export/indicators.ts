/**
 * The flat export of the indicators, for tools that do not speak JavaScript:
 * one record per indicator row, documented columns, every cell kept raw and,
 * where it is a figure, as a number beside it.
 */
import type { CellValue } from '../schema/value.js'
import type { Indicator, IndicatorGroup, Plan, PlanNode } from '../schema/plan.js'
import { toCsv } from './csv.js'
import { nodes } from '../util/visit.js'

export interface IndicatorRecord {
  id: string
  table: string
  period: string | undefined
  /** The printed number; sub-rows carry their parent row's number in `parentNumber`. */
  number: number | undefined
  name: string
  unit: string | undefined
  category: string | undefined
  parent: string | undefined
  parentName: string | undefined
  parentNumber: number | undefined
  attribute: string | undefined
  monitored: boolean
  /** Column name (as the table header prints it) -> typed value. */
  values: Record<string, CellValue>
}

/** Columns of the CSV, in order; the value columns follow, two per table column: `<column>` (raw) and `<column> (number)`. */
export const INDICATOR_CSV_COLUMNS = ['id', 'table', 'period', 'number', 'name', 'unit', 'category', 'parent', 'parent_name', 'parent_number', 'attribute', 'monitored'] as const

export function indicatorRecords(indicators: readonly Indicator[], byId: (id: string) => PlanNode | undefined): IndicatorRecord[] {
  return indicators.map((ind) => {
    const parent = ind.parent ? (byId(ind.parent) as IndicatorGroup | undefined) : undefined
    return {
      id: ind.id,
      table: ind.table,
      period: ind.period,
      number: ind.number,
      name: ind.name,
      unit: ind.unit,
      category: ind.category,
      parent: ind.parent,
      parentName: parent?.name,
      parentNumber: parent?.number,
      attribute: ind.attribute,
      monitored: ind.monitored,
      values: ind.values
    }
  })
}

/** The number a value carries, when it carries one figure. */
export function figure(v: CellValue | undefined): number | undefined {
  return v?.kind === 'number' ? v.number : undefined
}

export function indicatorsCsv(records: readonly IndicatorRecord[]): string {
  const valueColumns: string[] = []
  for (const r of records) for (const c of Object.keys(r.values)) if (!valueColumns.includes(c)) valueColumns.push(c)
  const header = [...INDICATOR_CSV_COLUMNS, ...valueColumns.flatMap((c) => [c, `${c} (number)`])]
  const rows = records.map((r) => [
    r.id, r.table, r.period, r.number, r.name, r.unit, r.category, r.parent, r.parentName, r.parentNumber, r.attribute, r.monitored,
    ...valueColumns.flatMap((c) => [r.values[c]?.raw, figure(r.values[c])])
  ])
  return toCsv(header, rows)
}

/** Every indicator of a tree, in document order. */
export function allIndicators(tree: Plan): Indicator[] {
  return nodes<PlanNode, Indicator>(tree, (n): n is Indicator => n.type === 'indicator')
}
