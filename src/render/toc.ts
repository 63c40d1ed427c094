/**
 * The 目录 as a nested list: one item per entry, sections under their
 * chapter. In Markdown each entry stays its printed line (`第一节 …..... 5`);
 * in HTML (through `data.hChildren`) it is a link to its chapter or section
 * and the page number in an element of its own, without the leader dots:
 * `<a href="#chp_1__sec_1">第一节 …</a> <span class="plan-toc-page">5</span>`.
 */
import type { List, ListItem, Paragraph } from 'mdast'
import type { TocEntry } from '../schema/plan.js'
import type { Context } from './context.js'
import { text } from './phrasing.js'

function tocItem(ctx: Context, entry: TocEntry): ListItem {
  const para: Paragraph = {
    type: 'paragraph',
    children: [text(entry.value)],
    data: {
      hChildren: [
        { type: 'element', tagName: 'a', properties: { href: ctx.options.href(entry.target, 'node') }, children: [{ type: 'text', value: `${entry.label} ${entry.title}` }] },
        { type: 'text', value: ' ' },
        { type: 'element', tagName: 'span', properties: { className: ['plan-toc-page'] }, children: [{ type: 'text', value: String(entry.page) }] }
      ]
    }
  }
  return { type: 'listItem', spread: false, children: [para], data: { hProperties: { id: entry.id, className: [`plan-toc-${entry.level}`] } } }
}

/** Consecutive 目录 entries as one list, each chapter's sections in a list under it. */
export function tocList(ctx: Context, entries: readonly TocEntry[]): List {
  const top: ListItem[] = []
  let chapter: ListItem | undefined
  for (const entry of entries) {
    const item = tocItem(ctx, entry)
    if (entry.level === 'chapter' || !chapter) {
      top.push(item)
      if (entry.level === 'chapter') chapter = item
      continue
    }
    let sub = chapter.children.find((c): c is List => c.type === 'list')
    if (!sub) chapter.children.push((sub = { type: 'list', ordered: false, spread: false, children: [] }))
    sub.children.push(item)
  }
  return { type: 'list', ordered: false, spread: false, children: top, data: { hProperties: { className: ['plan-toc-list'] } } }
}
