/**
 * A paragraph of the body. It is a measure, written with its lead in bold
 * (`**title**。body`), when its first sentence is at most
 * `structure.measureLeadMaxLength` characters and text follows it, or when
 * `structure.measureOverrides` says so; a paragraph that prints its own
 * `**bold**` keeps it as printed.
 */
import { blockText } from './blocks.js'
import type { ImportContext } from './context.js'
import { inlineLines, lead, splitLead } from './inline.js'

export function paragraph(context: ImportContext): void {
  const { structure } = context
  const block = context.blocks[context.index]!
  const text = blockText(block)
  const override = structure.measureOverrides.find((o) => text.startsWith(o.startsWith))
  const split = text.includes('**') ? undefined : splitLead(text, /。/)
  const isMeasure = override?.measure ?? (split !== undefined && split.title.length <= structure.measureLeadMaxLength && split.body.length > 0)
  context.out.push(isMeasure && split ? lead(split.title, split.sep, split.body) : inlineLines(block.lines))
  context.index++
}
