/** What the row parts of a table (group.ts, numbered-row.ts, sub-row.ts) share: the row, the state of the rows read so far, the facets. */
import type { TableRow } from 'mdast'
import type { IndicatorGroup, Table, TableGroup } from '../../schema/plan.js'
import type { Report } from '../context.js'
import type { Ordinals } from '../ordinals.js'
import type { ColumnRoles } from './header.js'

/** One body row as the row parts read it. */
export interface Row {
  readonly node: TableRow
  /** Its cells, padded to the table's width. */
  readonly cells: string[]
  /** The cells joined by tabs, empty cells at the end left out. */
  readonly value: string
}

/** The state of a table's rows while they are read in order. */
export interface RowState {
  readonly table: Table
  readonly roles: ColumnRoles
  readonly report: Report
  /** The grouping row the rows stand under. */
  group: TableGroup | undefined
  /** The numbered row without values that the sub-rows below it belong to. */
  parentRow: IndicatorGroup | undefined
  /** IDs of the numbered rows read so far. */
  readonly seen: Set<string>
  /** Ordinals of grouping rows whose numeral does not parse. */
  readonly badGroups: Ordinals
  /** Ordinals of sub-rows, per parent ID. */
  readonly subRows: Map<string, Ordinals>
}

/** The facets every numbered row and sub-row carries. */
export interface Facets {
  table: string
  name: string
  /** The title and ID of the grouping row above. */
  category?: string
  group?: string
  cells: string[]
  value: string
}

/** The attribute facet of a row: its 属性 cell, when the table has one and it is filled. */
export function attributeOf(row: Row, roles: ColumnRoles): { attribute?: string } {
  const cell = roles.attribute >= 0 ? row.cells[roles.attribute] : undefined
  return cell ? { attribute: cell } : {}
}
