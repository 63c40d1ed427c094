/**
 * A table's body rows, in order. Each is one of:
 * - a grouping row (group.ts): `一、经济发展（5 项）`, alone in its row;
 * - a numbered row (numbered-row.ts): a number in the 序号 column or at the
 *   start of the name (`3. 城镇化率`);
 * - a sub-row (sub-row.ts): no number, under the numbered row above it.
 */
import type { TableRow } from 'mdast'
import type { Table } from '../../schema/plan.js'
import type { Report } from '../context.js'
import { Ordinals } from '../ordinals.js'
import { groupRow } from './group.js'
import type { ColumnRoles } from './header.js'
import { numberedRow, printedNumber } from './numbered-row.js'
import type { Facets, Row, RowState } from './row.js'
import { subRow } from './sub-row.js'

/**
 * @param rows the body rows' cell texts (padded in place to `width`)
 * @param rowNodes the mdast rows, for positions
 */
export function tableRows(table: Table, rows: readonly string[][], rowNodes: readonly TableRow[], width: number, roles: ColumnRoles, report: Report): Table['children'] {
  const state: RowState = { table, roles, report, group: undefined, parentRow: undefined, seen: new Set(), badGroups: new Ordinals(), subRows: new Map() }
  const out: Table['children'] = []
  rows.forEach((cells, k) => {
    while (cells.length < width) cells.push('')
    let filled = cells.length
    while (filled > 0 && cells[filled - 1] === '') filled--
    const row: Row = { node: rowNodes[k]!, cells, value: cells.slice(0, filled).join('\t') }
    const group = groupRow(row, state)
    if (group) {
      state.group = group
      state.parentRow = undefined
      out.push(group)
      return
    }
    const { printed, name } = printedNumber(row, roles)
    const facets: Facets = {
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
