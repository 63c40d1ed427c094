/**
 * A table: a bold caption (`**表 X-Y title**`), the GFM table right after
 * it, and the note paragraphs after that (`注：1. …`, `2. …`). The parts,
 * one file each: the header and its columns (header.ts), the body rows —
 * grouping rows, numbered rows, sub-rows (rows.ts, group.ts,
 * numbered-row.ts, sub-row.ts) — the notes (notes.ts), and the typed values
 * of every indicator (indicators.ts). Reports `table-missing` (and produces
 * nothing) when no table follows the caption, `table-too-wide` (and
 * produces nothing) for a row of more than `maxTableColumns` cells.
 */
import type { Paragraph, Table as MdTable } from 'mdast'
import { patterns } from '../../genre/patterns.js'
import { makeId } from '../../ids/make.js'
import type { Chapter, Section, Table } from '../../schema/plan.js'
import type { Context } from '../context.js'
import { parseLimits } from '../limits.js'
import { text } from '../inline.js'
import { pos, span } from '../position.js'
import { columnRoles, tableHeader } from './header.js'
import { enrichIndicators } from './indicators.js'
import { tableNotes } from './notes.js'
import { tableRows } from './rows.js'

/**
 * Read the table whose caption is at the cursor, and move the cursor past
 * its last note.
 *
 * @param caption the caption paragraph
 * @param match `patterns.table` on the caption's text: X, Y, title
 */
export function table(context: Context, caption: Paragraph, match: RegExpExecArray, chapter: Chapter, section: Section | undefined): Table | undefined {
  const { nodes } = context
  const grid = nodes[context.index + 1]
  if (grid?.type !== 'table') {
    context.report(caption, 'table-missing', `${JSON.stringify(text(caption))} is not followed by a table`)
    context.index++
    return undefined
  }
  const notes: Paragraph[] = []
  for (context.index += 2; context.index < nodes.length; context.index++) {
    const n = nodes[context.index]!
    if (n.type !== 'paragraph' || !patterns.note.test(text(n))) break
    notes.push(n)
  }
  return tableNode(caption, match, grid, notes, chapter, section, context)
}

function tableNode(caption: Paragraph, match: RegExpExecArray, grid: MdTable, notes: Paragraph[], chapter: Chapter, section: Section | undefined, context: Context): Table | undefined {
  const number = `${Number(match[1])}-${Number(match[2])}`
  const id = makeId(undefined, 'table', number)
  const node: Table = {
    type: 'table',
    id,
    position: span(caption, notes.at(-1) ?? grid),
    number,
    label: `表 ${number}`,
    title: match[3]!.trim(),
    chapter: chapter.id,
    ...(section ? { section: section.id } : {}),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(caption), value: text(caption) }]
  }
  const rows = grid.children.map((r) => r.children.map((c) => text(c)))
  const header = tableHeader(rows, grid.children, id)
  // Every row is padded to the widest: one long row would make every row that long.
  if (header.width > parseLimits.maxTableColumns) {
    context.report(grid, 'table-too-wide', `${node.label} has a row of ${header.width} cells; parsePlan reads tables of up to ${parseLimits.maxTableColumns} columns, and leaves this one out`)
    return undefined
  }
  node.children.push(header.node)
  const roles = columnRoles(header.node.columns)
  node.children.push(...tableRows(node, rows.slice(header.rowCount), grid.children.slice(header.rowCount), header.width, roles, context.report))
  node.children.push(...tableNotes(node, notes))
  enrichIndicators(node, roles.name, context.report)
  return node
}
