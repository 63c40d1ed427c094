/**
 * The front matter: every block before the 目录 heading. The first block
 * that ends in 通知 is the notice's title (`#`); the blocks around it (the
 * 红头 header above, the addressee, text, signature and date below) are
 * paragraphs, one line a line.
 */
import { linePatterns } from '../genre/patterns.js'
import { blockText } from './blocks.js'
import type { ImportContext } from './context.js'
import { inline, inlineLines } from './inline.js'

export function frontMatter(context: ImportContext): void {
  let titled = false
  for (; context.index < context.blocks.length; context.index++) {
    const block = context.blocks[context.index]!
    const text = blockText(block)
    if (linePatterns.toc.test(text)) return
    if (!titled && linePatterns.noticeTitle.test(text)) {
      context.out.push(`# ${inline(text)}`)
      titled = true
    } else context.out.push(inlineLines(block.lines))
  }
}
