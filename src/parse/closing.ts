/**
 * The closing block (版记): every block after the `---` that ends the body
 * (the body phase reads the break), as paragraphs. Accepts paragraphs only
 * (anything else is `unexpected-block`); produces no node when nothing
 * follows.
 */
import type { Closing, Paragraph } from '../schema/plan.js'
import type { Context } from './context.js'
import { Ordinals } from './ordinals.js'
import { paragraph } from './paragraph.js'
import { span } from './position.js'

export function closing(context: Context): Closing[] {
  const { nodes } = context
  const first = nodes[context.index]
  if (!first) return []
  const ord = new Ordinals()
  const kids: Paragraph[] = []
  for (; context.index < nodes.length; context.index++) {
    const n = nodes[context.index]!
    if (n.type === 'paragraph') kids.push(paragraph(n, 'closing', ord, 'body'))
    else context.report(n, 'unexpected-block', `a ${n.type} in the closing block`)
  }
  return [{ type: 'closing', id: 'closing', position: span(first, nodes[nodes.length - 1]!), children: kids }]
}
