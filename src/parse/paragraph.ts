/** A paragraph of running text -> a `paragraph` node, its bold spans kept as offsets. */
import type { Paragraph as MdParagraph } from 'mdast'
import { makeId } from '../ids/make.js'
import type { Paragraph } from '../schema/plan.js'
import { strongSpans, text } from './inline.js'
import type { Ordinals } from './ordinals.js'
import { pos } from './position.js'

/**
 * @param node the mdast paragraph
 * @param parent the ID of the node it belongs to (`p_n` is appended)
 * @param ord the parent's ordinals
 * @param role `intro` before any measure of its unit, else `body`
 */
export function paragraph(node: MdParagraph, parent: string | undefined, ord: Ordinals, role: Paragraph['role']): Paragraph {
  const strong = strongSpans(node)
  return {
    type: 'paragraph',
    id: makeId(parent, 'p', ord.next('p')),
    position: pos(node),
    role,
    value: text(node),
    ...(strong.length ? { strong } : {})
  }
}
