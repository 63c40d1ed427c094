/**
 * The 目录: its heading (`## 目录`) and its entries as a nested list, one
 * `- 第X章 title page` item per chapter with its `  - 第X节 …` items under it,
 * up to the first block that is not all 目录 lines (the plan's title).
 * Reports `toc-missing` when the text has no 目录 heading.
 */
import { linePatterns } from '../genre/patterns.js'
import { escapeInline } from '../util/markdown-escape.js'
import { blockText } from './blocks.js'
import type { ImportContext } from './context.js'
import { inline } from './inline.js'

/** Returns false when there is no 目录 (the rest of the text cannot be placed). */
export function toc(context: ImportContext): boolean {
  const { blocks, out } = context
  const heading = blocks[context.index]
  if (!heading) {
    context.report(blocks[0] ?? { lines: [], line: 1 }, 'toc-missing', 'no 目录 block found')
    return false
  }
  out.push(`## ${inline(blockText(heading))}`)
  context.index++
  const entries: string[] = []
  for (; context.index < blocks.length; context.index++) {
    const block = blocks[context.index]!
    if (!block.lines.every((l) => linePatterns.tocEntry.test(l.trim()))) break
    for (const l of block.lines) {
      const entry = l.trim().replace(/\t+/g, ' ')
      entries.push((linePatterns.section.test(entry) ? '  - ' : '- ') + escapeInline(entry))
    }
  }
  out.push(entries.join('\n'))
  return true
}
