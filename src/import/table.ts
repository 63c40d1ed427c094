/**
 * A table: its caption as a bold paragraph (`**表 1-1 …**`), the
 * tab-separated lines under it as a GFM table (the first line its header,
 * every row padded to the widest), and the note paragraphs after it
 * (`注：1. …`, `2. …`). Reports `table-empty` when no tab-separated line
 * follows the caption.
 */
import { linePatterns } from '../genre/patterns.js'
import { escapeInline } from '../util/markdown-escape.js'
import { blockText } from './blocks.js'
import type { ImportContext } from './context.js'
import { inline } from './inline.js'

export function table(context: ImportContext): void {
  const { blocks, out } = context
  const captionBlock = blocks[context.index++]!
  const caption = blockText(captionBlock)
  out.push(`**${escapeInline(caption)}**`)
  const rows: string[][] = []
  for (; context.index < blocks.length && blocks[context.index]!.lines.every((l) => l.includes('\t')); context.index++)
    for (const l of blocks[context.index]!.lines) rows.push(cells(l))
  if (rows.length === 0) context.report(captionBlock, 'table-empty', `${caption}: no tab-separated rows follow the caption`)
  const width = Math.max(0, ...rows.map((r) => r.length))
  const lines = rows.map((r) => row(r, width))
  lines.splice(1, 0, '|' + ' --- |'.repeat(width))
  out.push(lines.join('\n'))
  for (; context.index < blocks.length && linePatterns.note.test(blockText(blocks[context.index]!)); context.index++)
    out.push(inline(blockText(blocks[context.index]!)))
}

function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

function row(values: readonly string[], width: number): string {
  const padded = [...values]
  while (padded.length < width) padded.push('')
  return '| ' + padded.map((v) => escapeInline(v)).join(' | ') + ' |'
}
