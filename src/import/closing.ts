/**
 * The closing block (版记), from its `抄送：` line to the end of the text: a
 * thematic break (`---`), then each block as a paragraph, one line a line.
 */
import type { ImportContext } from './context.js'
import { inlineLines } from './inline.js'

export function closing(context: ImportContext): void {
  context.out.push('---')
  for (; context.index < context.blocks.length; context.index++) context.out.push(inlineLines(context.blocks[context.index]!.lines))
}
