/**
 * The notice (通知) that issues the plan: a heading that is neither the
 * 目录's nor a chapter's (after the header, a `#` one), and the paragraphs
 * under it up to the next heading. Accepts
 * paragraphs only (anything else is `unexpected-block`); produces no node
 * when the block at the cursor is not such a heading.
 */
import { patterns } from '../genre/patterns.js'
import type { Notice } from '../schema/plan.js'
import type { Context } from './context.js'
import { text } from './inline.js'
import { Ordinals } from './ordinals.js'
import { paragraph } from './paragraph.js'
import { pos, span } from './position.js'

export function notice(context: Context): Notice[] {
  const { nodes } = context
  const h = nodes[context.index]
  if (h?.type !== 'heading' || patterns.toc.test(text(h)) || (h.depth === 2 && patterns.chapter.test(text(h)))) return []
  const ord = new Ordinals()
  const kids: Notice['children'] = [{ type: 'heading', id: 'notice__heading', position: pos(h), value: text(h) }]
  for (context.index++; context.index < nodes.length && nodes[context.index]!.type !== 'heading'; context.index++) {
    const n = nodes[context.index]!
    if (n.type === 'paragraph') kids.push(paragraph(n, 'notice', ord, 'body'))
    else context.report(n, 'unexpected-block', `a ${n.type} in the notice`)
  }
  return [{ type: 'notice', id: 'notice', position: span(h, nodes[context.index - 1]!), title: text(h), children: kids }]
}
