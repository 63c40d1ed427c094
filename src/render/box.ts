/**
 * A 专栏 as the Markdown edition writes it, a blockquote (`> **专栏 4-3 …**`)
 * holding its caption and item lists, and in HTML an
 * `<aside class="plan-box" data-box="4-3">` named by its caption. Each item is
 * a list item with its ID; its first paragraph opens with the item's lead in
 * bold; nested items (专栏 8-2) are lists inside it.
 */
import type { Blockquote, BlockContent, List, ListItem, Paragraph } from 'mdast'
import type { Box, BoxItem, Heading } from '../schema/plan.js'
import type { Context } from './context.js'
import { leadSpan, phrasing, text } from './phrasing.js'

/** A box or table caption: a bold line, as printed. */
export function caption(node: Heading, className: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'strong', children: [text(node.value)] }], data: { hProperties: { id: node.id, className: [className] } } }
}

function boxItem(ctx: Context, node: BoxItem): ListItem {
  const children: BlockContent[] = []
  let first = true
  let run: BoxItem[] = []
  const flush = () => {
    if (run.length) children.push(...itemLists(ctx, run))
    run = []
  }
  for (const child of node.children) {
    if (child.type === 'boxItem') {
      run.push(child)
      continue
    }
    flush()
    // Only the item's first paragraph opens with its lead. A tight list renders a `<p>` as its bare content, so it is a `<div>` to keep its ID.
    const spans = first ? leadSpan(child.value, node.title) : (child.strong ?? [])
    children.push({ type: 'paragraph', children: phrasing(ctx, child.value, spans, ctx.mentionsIn(child.id)), data: { hName: 'div', hProperties: { id: child.id } } })
    first = false
  }
  flush()
  return { type: 'listItem', spread: false, children, data: { hProperties: { id: node.id } } }
}

/** Consecutive items as lists: one per run of numbered (ordered, from the printed number) or unnumbered items. */
export function itemLists(ctx: Context, items: readonly BoxItem[]): List[] {
  const lists: List[] = []
  for (const item of items) {
    const last = lists.at(-1)
    if (last && last.ordered === item.numbered) last.children.push(boxItem(ctx, item))
    else lists.push({ type: 'list', ordered: item.numbered, ...(item.numbered ? { start: item.number } : {}), spread: false, children: [boxItem(ctx, item)] })
  }
  return lists
}

export function box(ctx: Context, node: Box): Blockquote {
  const children: BlockContent[] = []
  let run: BoxItem[] = []
  let named: string | undefined
  for (const child of node.children) {
    if (child.type === 'boxItem') {
      run.push(child)
      continue
    }
    children.push(...itemLists(ctx, run))
    run = []
    if (!ctx.options.include.caption) continue
    children.push(caption(child, 'plan-box-caption'))
    named ??= child.id
  }
  children.push(...itemLists(ctx, run))
  return {
    type: 'blockquote',
    children,
    data: { hName: 'aside', hProperties: { id: node.id, className: ['plan-box'], dataBox: node.number, ...(named ? { ariaLabelledBy: [named] } : {}) } }
  }
}
