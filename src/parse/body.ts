/**
 * The body: chapters, their sections and the blocks in them, up to the
 * `---` before the closing block. Headings open chapters and sections
 * (heading.ts); in them a blockquote is a box (box.ts), a bold `表 X-Y`
 * caption opens a table (table/), and a paragraph is a measure or a
 * paragraph (measure.ts). Each unit's position grows to its last block.
 * Reports `unexpected-heading` for a heading that is neither a chapter nor a
 * section in place, and `unexpected-block` for a block before the first
 * chapter or of a kind the body does not hold.
 */
import type { Heading } from 'mdast'
import { patterns } from '../genre/patterns.js'
import type { Chapter, Section } from '../schema/plan.js'
import { box } from './box.js'
import type { Context } from './context.js'
import { chapter, section } from './heading.js'
import { strongOnly, text } from './inline.js'
import { measureOrParagraph } from './measure.js'
import { Ordinals } from './ordinals.js'
import { extend, extendTo } from './position.js'
import { table } from './table/index.js'

/** Where the body phase stands. */
interface Place {
  chapter: Chapter | undefined
  section: Section | undefined
  /** Ordinals of the current chapter's own blocks (and of its sections whose numeral does not parse). */
  chapterOrd: Ordinals
  /** Ordinals of the current section's blocks. */
  sectionOrd: Ordinals
  /** Whether the current chapter or section has had a measure, box, table or section: its paragraphs are no longer its introduction. */
  pastIntro: boolean
  /** Ordinals of chapters whose numeral does not parse. */
  readonly bad: Ordinals
}

export function body(context: Context): Chapter[] {
  const { nodes, report } = context
  const chapters: Chapter[] = []
  const place: Place = { chapter: undefined, section: undefined, chapterOrd: new Ordinals(), sectionOrd: new Ordinals(), pastIntro: false, bad: new Ordinals() }
  while (context.index < nodes.length) {
    const n = nodes[context.index]!
    if (n.type === 'thematicBreak') {
      context.index++
      break
    }
    if (n.type === 'heading') {
      const opened = heading(n, place, context)
      if (opened) chapters.push(opened)
      extend(place.section ?? place.chapter, n)
      context.index++
      continue
    }
    const parent = place.section ?? place.chapter
    if (!parent) {
      report(n, 'unexpected-block', `a ${n.type} before the first chapter`)
      context.index++
      continue
    }
    if (n.type === 'blockquote') {
      const made = box(n, place.chapter!, place.section, report)
      if (made) {
        parent.children.push(made)
        place.pastIntro = true
      }
      extend(parent, n)
      context.index++
      continue
    }
    const caption = strongOnly(n)
    const tm = caption ? patterns.table.exec(caption) : null
    if (tm && n.type === 'paragraph') {
      const made = table(context, n, tm, place.chapter!, place.section)
      if (made) {
        parent.children.push(made)
        place.pastIntro = true
        extend(parent, nodes[context.index - 1]!)
      }
      continue
    }
    if (n.type === 'paragraph') {
      const made = measureOrParagraph(n, parent, place.section ? place.sectionOrd : place.chapterOrd, place.pastIntro)
      if (made.type === 'measure') place.pastIntro = true
      parent.children.push(made)
      extend(parent, n)
      context.index++
      continue
    }
    report(n, 'unexpected-block', `a ${n.type} where a paragraph, box or table was expected`)
    context.index++
  }
  for (const c of chapters) for (const s of c.children) if (s.type === 'section') extendTo(c, s.position)
  return chapters
}

/** A heading of the body: opens a chapter (returned) or a section of the current chapter, or is reported. */
function heading(n: Heading, place: Place, context: Context): Chapter | undefined {
  const value = text(n)
  const cm = n.depth === 2 ? patterns.chapter.exec(value) : null
  const sm = n.depth === 3 ? patterns.section.exec(value) : null
  if (cm) {
    place.chapter = chapter(n, cm, place.bad, context.report)
    place.section = undefined
    place.chapterOrd = new Ordinals()
    place.pastIntro = false
    return place.chapter
  }
  if (sm && place.chapter) {
    place.section = section(n, sm, place.chapter, place.chapterOrd, context.report)
    place.chapter.children.push(place.section)
    place.sectionOrd = new Ordinals()
    place.pastIntro = false
    return undefined
  }
  context.report(n, 'unexpected-heading', `heading ${JSON.stringify(value)} (depth ${n.depth}) is neither a chapter (## 第X章) nor a section (### 第X节) in place`)
  return undefined
}
