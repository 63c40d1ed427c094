/**
 * The header (红头): every block before the first `#` heading, as
 * paragraphs; `docNumber` is the one that reads like `X政发〔2021〕7号`.
 * Accepts paragraphs only (anything else is `unexpected-block`); produces
 * no node when there is no paragraph.
 */
import { patterns } from '../genre/patterns.js'
import type { Header, Paragraph } from '../schema/plan.js'
import type { Context } from './context.js'
import { Ordinals } from './ordinals.js'
import { paragraph } from './paragraph.js'

export function header(context: Context): Header[] {
  const { nodes } = context
  const kids: Paragraph[] = []
  const ord = new Ordinals()
  for (; context.index < nodes.length; context.index++) {
    const n = nodes[context.index]!
    if (n.type === 'heading' && n.depth === 1) break
    if (n.type === 'paragraph') kids.push(paragraph(n, 'header', ord, 'body'))
    else context.report(n, 'unexpected-block', `a ${n.type} before the notice's title`)
  }
  if (kids.length === 0) return []
  const docNumber = kids.find((p) => patterns.docNumber.test(p.value))?.value
  return [
    {
      type: 'header',
      id: 'header',
      position: { start: kids[0]!.position.start, end: kids.at(-1)!.position.end },
      ...(docNumber ? { docNumber } : {}),
      children: kids
    }
  ]
}
