/**
 * A table's header: its rows, the column names composed from them, and
 * which columns hold the row number, the name and the attribute.
 *
 * The header is the first row and every row under it whose first cell is
 * empty while another is filled (the second line of a spanning header:
 * `规划目标` over `2020 年 | 年均增速`). A column's name is its header cells,
 * top to bottom, joined by a space (`规划目标 年均增速 [累计]`).
 */
import type { TableRow } from 'mdast'
import { patterns } from '../../genre/patterns.js'
import { makeId } from '../../ids/make.js'
import type { TableHeader } from '../../schema/plan.js'
import { span } from '../position.js'

export interface HeaderRead {
  node: TableHeader
  /** How many rows of the table the header takes. */
  rowCount: number
  /** The number of columns: the length of the longest row, header or body. */
  width: number
}

/** Which column holds what (-1 when the table has no such column). */
export interface ColumnRoles {
  /** 序号. */
  number: number
  /** The column whose header says 名称; else the one after 序号, else the first. */
  name: number
  /** 属性: 约束性 or 预期性. */
  attribute: number
}

/**
 * @param rows every row's cell texts, the header's included
 * @param rowNodes the mdast rows, for positions
 */
export function tableHeader(rows: readonly string[][], rowNodes: readonly TableRow[], tableId: string): HeaderRead {
  const rowCount = headerRowCount(rows)
  const headerRows = rows.slice(0, rowCount)
  let width = 0
  for (const row of rows) width = Math.max(width, row.length)
  return {
    node: {
      type: 'tableHeader',
      id: makeId(tableId, 'header'),
      position: span(rowNodes[0]!, rowNodes[rowCount - 1]!),
      columns: columnNames(headerRows, width),
      rows: headerRows,
      value: headerRows.map((row) => row.filter(Boolean).join('\t')).join('\n')
    },
    rowCount,
    width
  }
}

export function columnRoles(columns: readonly string[]): ColumnRoles {
  const number = columns.findIndex((c) => patterns.numberColumn.test(c))
  const named = columns.findIndex((c) => patterns.nameColumn.test(c))
  return {
    number,
    name: named >= 0 ? named : number === 0 ? 1 : 0,
    attribute: columns.findIndex((c) => patterns.attributeColumn.test(c))
  }
}

function headerRowCount(rows: readonly string[][]): number {
  let r = 1
  while (r < rows.length && rows[r]![0] === '' && rows[r]!.some((c) => c !== '')) r++
  return r
}

/**
 * A spanning cell printed once: an empty cell above a filled one takes the
 * name to its left. One pass per header row (the last filled row of each
 * column, the last filled cell to the left), so that it takes time in
 * proportion to the header's cells.
 */
function columnNames(headerRows: readonly string[][], width: number): string[] {
  /** For each column, the last header row with a filled cell in it. */
  const lastFilled = new Array<number>(width).fill(-1)
  headerRows.forEach((row, h) => {
    for (let c = 0; c < width; c++) if ((row[c] ?? '') !== '') lastFilled[c] = h
  })
  const parts: string[][] = Array.from({ length: width }, () => [])
  headerRows.forEach((row, h) => {
    let left = ''
    for (let c = 0; c < width; c++) {
      let cell = row[c] ?? ''
      if (cell === '' && lastFilled[c]! > h) cell = left
      if (cell) parts[c]!.push(cell)
      if ((row[c] ?? '') !== '') left = row[c]!
    }
  })
  return parts.map((p) => p.join(' '))
}
