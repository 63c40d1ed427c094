/**
 * A sub-row: a row without a printed number, under the numbered row above it
 * (`常住人口城镇化率（%）` under `3. 城镇化率`). Its ID takes an ordinal within
 * that parent (`table_1-1__ind_3__sub_1`). Reports `row-unnumbered` when no
 * numbered row without values stands above it; the row then hangs under the
 * table itself.
 */
import { makeId } from '../../ids/make.js'
import type { Indicator } from '../../schema/plan.js'
import { Ordinals } from '../ordinals.js'
import { pos } from '../position.js'
import { attributeOf, type Facets, type Row, type RowState } from './row.js'

export function subRow(row: Row, facets: Facets, state: RowState): Indicator {
  const { table, roles, parentRow } = state
  if (!parentRow)
    state.report(row.node, 'row-unnumbered', `row ${JSON.stringify(row.cells[roles.name] ?? '')} of 表 ${table.number} has no number and no numbered row above it to belong to`)
  const parentId = parentRow?.id ?? table.id
  const ord = state.subRows.get(parentId) ?? new Ordinals()
  state.subRows.set(parentId, ord)
  return {
    type: 'indicator',
    id: makeId(parentId, 'sub', ord.next('sub')),
    position: pos(row.node),
    ...facets,
    ...(parentRow ? { parent: parentRow.id } : {}),
    ...attributeOf(row, roles),
    values: {},
    monitored: true
  }
}
