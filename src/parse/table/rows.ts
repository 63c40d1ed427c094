/**
 * A table's body rows, in order. Each is one of:
 * - a grouping row (group.ts): `一、经济发展（5 项）`, alone in its row;
 * - a numbered row (numbered-row.ts): a number in the 序号 column or at the
 *   start of the name (`3. 城镇化率`);
 * - a sub-row (sub-row.ts): no number, under the numbered row above it.
 */
import type { TableRow } from 'mdast'
import type { IndicatorGroup, Table, TableGroup } from '../../schema/plan.js'
import type { Report } from '../context.js'
import { Ordinals } from '../ordinals.js'
import { groupRow } from './group.js'
import type { ColumnRoles } from './header.js'
import { numberedRow, printedNumber } from './numbered-row.js'
import { subRow } from './sub-row.js'

/** One body row as the row parts read it. */
export interface Row {
  readonly node: TableRow
  /** Its cells, padded to the table's width. */
  readonly cells: string[]
  /** The cells joined by tabs, empty cells at the end left out. */
  readonly value: string
}

/** What the row parts share while the rows are read. */
export interface Rows {
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

/**
 * @param rows the body rows' cell texts (padded in place to `width`)
 * @param rowNodes the mdast rows, for positions
 */
export function tableRows(table: Table, rows: readonly string[][], rowNodes: readonly TableRow[], width: number, roles: ColumnRoles, report: Report): Table['children'] {
  const state: Rows = { table, roles, report, group: undefined, parentRow: undefined, seen: new Set(), badGroups: new Ordinals(), subRows: new Map() }
  const out: Table['children'] = []
  rows.forEach((cells, k) => {
    while (cells.length < width) cells.push('')
    const row: Row = { node: rowNodes[k]!, cells, value: cells.join('\t').replace(/\t+$/, '') }
    const group = groupRow(row, state)
    if (group) {
      state.group = group
      state.parentRow = undefined
      out.push(group)
      return
    }
    const { printed, name } = printedNumber(row, roles)
    const facets = {
      table: table.number,
      name,
      ...(state.group ? { category: state.group.title, group: state.group.id } : {}),
      cells,
      value: row.value
    }
    if (printed === undefined) {
      out.push(subRow(row, facets, state))
      return
    }
    const numbered = numberedRow(row, printed, facets, state)
    state.parentRow = numbered.type === 'indicatorGroup' ? numbered : undefined
    out.push(numbered)
  })
  return out
}

/** The attribute facet of a row: its 属性 cell, when the table has one and it is filled. */
export function attributeOf(row: Row, roles: ColumnRoles): { attribute?: string } {
  const cell = roles.attribute >= 0 ? row.cells[roles.attribute] : undefined
  return cell ? { attribute: cell } : {}
}

/** The facets every row carries. */
export interface Facets {
  table: string
  name: string
  category?: string
  group?: string
  cells: string[]
  value: string
}
