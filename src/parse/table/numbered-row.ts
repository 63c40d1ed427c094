/**
 * A numbered row: an indicator when it has values, else an
 * `indicatorGroup`, the parent of the sub-rows under it (`3. 城镇化率` over
 * 常住人口城镇化率 and 户籍人口城镇化率). Its ID takes the printed number
 * (`table_1-1__ind_3`); a number printed twice is reported
 * (`duplicate-number`).
 */
import { patterns } from '../../genre/patterns.js'
import { makeId } from '../../ids/make.js'
import type { Indicator, IndicatorGroup } from '../../schema/plan.js'
import { pos } from '../position.js'
import type { ColumnRoles } from './header.js'
import { attributeOf, type Facets, type Row, type RowState } from './row.js'

/** The number a row prints, from the 序号 column or the start of its name, and the name without it. */
export function printedNumber(row: Row, roles: ColumnRoles): { printed: string | undefined; name: string } {
  const nameCell = row.cells[roles.name] ?? ''
  if (roles.number >= 0 && /^\d+$/.test(row.cells[roles.number] ?? '')) return { printed: row.cells[roles.number], name: nameCell }
  const m = patterns.rowNumber.exec(nameCell)
  return m ? { printed: m[1], name: m[2]!.trim() } : { printed: undefined, name: nameCell }
}

export function numberedRow(row: Row, printed: string, facets: Facets, state: RowState): Indicator | IndicatorGroup {
  const { table, roles } = state
  const id = makeId(table.id, 'ind', Number(printed))
  if (state.seen.has(id)) state.report(row.node, 'duplicate-number', `row number ${printed} appears twice in 表 ${table.number}`)
  state.seen.add(id)
  const label = roles.number >= 0 ? printed : `${printed}.`
  const hasValues = row.cells.some((c, k) => k !== roles.name && k !== roles.number && c !== '')
  if (!hasValues) return { type: 'indicatorGroup', id, position: pos(row.node), number: Number(printed), label, ...facets }
  return { type: 'indicator', id, position: pos(row.node), number: Number(printed), label, ...facets, ...attributeOf(row, roles), values: {}, monitored: true }
}
