/**
 * A paragraph of a chapter or section: a measure when it opens with a bold
 * lead (`**lead**。body`, `——**lead**。`), its title the lead without the
 * punctuation that ends it; else a paragraph, `intro` until its unit has had
 * a measure, box, table or section, `body` after.
 */
import type { Paragraph as MdParagraph } from 'mdast'
import { makeId } from '../ids/make.js'
import type { Chapter, Measure, Paragraph, Section } from '../schema/plan.js'
import { cleanTitle, leadOf, text } from './inline.js'
import type { Ordinals } from './ordinals.js'
import { paragraph } from './paragraph.js'
import { pos } from './position.js'

/**
 * @param parent the chapter or section the paragraph stands in (its ID prefixes the new node's)
 * @param ord the parent's ordinals
 * @param pastIntro whether a measure, box, table or section of the parent came before
 */
export function measureOrParagraph(node: MdParagraph, parent: Chapter | Section, ord: Ordinals, pastIntro: boolean): Measure | Paragraph {
  const lead = leadOf(node)
  if (lead !== undefined)
    return { type: 'measure', id: makeId(parent.id, 'measure', ord.next('measure')), position: pos(node), title: cleanTitle(lead), value: text(node) }
  return paragraph(node, parent.id, ord, pastIntro ? 'body' : 'intro')
}
