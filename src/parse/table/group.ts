/**
 * A grouping row: its title printed alone, in whichever column the layout
 * put it, as `一、经济发展（5 项）` or `三、“六新”突破与产业升级 (7个)`. The
 * count it declares is kept (`declaredCount`) for checkPlan to hold against
 * its numbered rows. Reports `numeral` for a numeral that does not parse.
 */
import { parseChineseNumeral } from '../../genre/numerals.js'
import { patterns } from '../../genre/patterns.js'
import { makeId } from '../../ids/make.js'
import type { TableGroup } from '../../schema/plan.js'
import { pos } from '../position.js'
import type { Row, RowState } from './row.js'

/** The grouping row `row` is, or undefined when it is not one. */
export function groupRow(row: Row, state: RowState): TableGroup | undefined {
  const filled = row.cells.filter((c) => c !== '')
  const m = filled.length === 1 ? patterns.tableGroup.exec(filled[0]!) : null
  if (!m) return undefined
  const number = parseChineseNumeral(m[1]!)
  if (number === undefined) state.report(row.node, 'numeral', `${JSON.stringify(m[1])} is not a Chinese numeral`)
  const declared = m[3] ? Number(m[3]) : undefined
  return {
    type: 'tableGroup',
    id: makeId(state.table.id, 'grp', number ?? `x${state.badGroups.next('bad')}`),
    position: pos(row.node),
    number: number ?? 0,
    label: m[1]!,
    title: m[2]!.trim(),
    ...(declared !== undefined ? { declaredCount: declared } : {}),
    table: state.table.number,
    value: row.value
  }
}
