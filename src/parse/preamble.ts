/**
 * The plan's title and preamble: a `#` heading and the paragraphs right
 * after it. Reports `title-missing` when the block at the cursor is not a
 * `#` heading.
 */
import type { Preamble } from '../schema/plan.js'
import type { Context } from './context.js'
import { text } from './inline.js'
import { Ordinals } from './ordinals.js'
import { paragraph } from './paragraph.js'
import { pos, span } from './position.js'

export function preamble(context: Context): Preamble[] {
  const { nodes } = context
  const h = nodes[context.index]
  if (h?.type !== 'heading' || h.depth !== 1) {
    context.report(h, 'title-missing', 'no `#` heading with the plan’s title after the 目录')
    return []
  }
  const title = text(h)
  const ord = new Ordinals()
  const kids: Preamble['children'] = [{ type: 'heading', id: 'preamble__heading', position: pos(h), value: title }]
  for (context.index++; context.index < nodes.length; context.index++) {
    const n = nodes[context.index]!
    if (n.type !== 'paragraph') break
    kids.push(paragraph(n, 'preamble', ord, 'intro'))
  }
  return [{ type: 'preamble', id: 'preamble', position: span(h, nodes[context.index - 1]!), title, children: kids }]
}
