/**
 * The 目录: its heading (`## 目录`, `## 目 录`) and the lists right after
 * it, whose items read `第X章 title page` or `第X节 title..... page` (leader
 * dots optional), sections nested under their chapter. Each entry becomes a
 * `tocEntry` whose `target` is the ID its chapter or section will have.
 * Reports `toc-entry` for an item that does not read so, or a section entry
 * before any chapter entry, and warns `dropped-block` for anything in an
 * item but its paragraph and nested list; produces no node when the block
 * at the cursor is not the 目录 heading.
 */
import type { List, Nodes, Paragraph } from 'mdast'
import { parseChineseNumeral } from '../genre/numerals.js'
import { patterns } from '../genre/patterns.js'
import { makeId } from '../ids/make.js'
import type { Toc, TocEntry } from '../schema/plan.js'
import { SKIP, visit, type Walkable } from '../util/visit.js'
import type { Context, Report } from './context.js'
import { text } from './inline.js'
import { pos, span } from './position.js'

export function toc(context: Context): Toc[] {
  const { nodes } = context
  const h = nodes[context.index]
  if (h?.type !== 'heading' || !patterns.toc.test(text(h))) return []
  const kids: Toc['children'] = [{ type: 'heading', id: 'toc__heading', position: pos(h), value: text(h) }]
  const reader = entryReader(context.report)
  for (context.index++; context.index < nodes.length && nodes[context.index]!.type === 'list'; context.index++) {
    // Items and the lists nested in items, in document order; nothing inside a paragraph or another block.
    visit<Nodes & Walkable>(nodes[context.index] as List, (node) => {
      if (node.type === 'list') return undefined
      if (node.type !== 'listItem') return SKIP
      const para = node.children.find((c): c is Paragraph => c.type === 'paragraph')
      const entry = para && reader(para)
      if (entry) kids.push(entry)
      for (const c of node.children) if (c !== para && c.type !== 'list') context.report(c, 'dropped-block', `a ${c.type} in a 目录 entry is not kept`, 'warning')
      return undefined
    })
  }
  return [{ type: 'toc', id: 'toc', position: span(h, nodes[context.index - 1]!), children: kids }]
}

/** Reads entries in order: a section entry's IDs hang under the chapter entry above it. */
function entryReader(report: Report): (para: Paragraph) => TocEntry | undefined {
  let chapterId: string | undefined
  let chapterEntryId: string | undefined
  return (para) => {
    const value = text(para)
    const m = patterns.tocEntry.exec(value)
    const numeral = m ? parseChineseNumeral(m[1]!) : undefined
    if (!m || numeral === undefined) {
      report(para, 'toc-entry', `目录 entry ${JSON.stringify(value)} is not “第X章|节 title page”`)
      return undefined
    }
    const level = m[2] === '章' ? 'chapter' : 'section'
    if (level === 'chapter') {
      chapterId = makeId(undefined, 'chp', numeral)
      chapterEntryId = makeId('toc', 'chp', numeral)
    } else if (!chapterId) report(para, 'toc-entry', `目录 section entry ${JSON.stringify(value)} before any chapter entry`)
    return {
      type: 'tocEntry',
      id: level === 'chapter' ? chapterEntryId! : makeId(chapterEntryId, 'sec', numeral),
      position: pos(para),
      level,
      label: `第${m[1]}${m[2]}`,
      number: numeral,
      title: m[3]!.trim(),
      page: Number(m[4]),
      target: level === 'chapter' ? chapterId! : makeId(chapterId, 'sec', numeral),
      value
    }
  }
}
