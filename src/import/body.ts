/**
 * The body: everything after the plan's title. Each block is, by its first
 * characters, a chapter heading (`## 第X章 …`), a section heading
 * (`### 第X节 …`), a box, a table, the start of the closing block, or a
 * paragraph; each kind has its own step.
 */
import { linePatterns } from '../genre/patterns.js'
import { blockText } from './blocks.js'
import { box } from './box.js'
import { closing } from './closing.js'
import type { ImportContext } from './context.js'
import { inline } from './inline.js'
import { paragraph } from './paragraph.js'
import { table } from './table.js'

export function body(context: ImportContext): void {
  while (context.index < context.blocks.length) {
    const text = blockText(context.blocks[context.index]!)
    if (linePatterns.closing.test(text)) return closing(context)
    if (linePatterns.chapter.test(text)) heading(context, '##', text)
    else if (linePatterns.section.test(text)) heading(context, '###', text)
    else if (linePatterns.box.test(text)) box(context)
    else if (linePatterns.table.test(text)) table(context)
    else paragraph(context)
  }
}

/** A chapter or section heading: a block of its own (see `blocks`), one line. */
function heading(context: ImportContext, marker: string, text: string): void {
  context.out.push(`${marker} ${inline(text)}`)
  context.index++
}
