/**
 * A box (专栏): a blockquote that opens with a bold caption
 * (`> **专栏 X-Y title**`) followed by lists, one item a project or task.
 * An item's title is its bold lead, else its first sentence; items nest
 * (`  - ` under an item, as 专栏 8-2 prints its platforms); an ordered list
 * keeps its printed numbers (`numbered: true`), other items take ordinals.
 * Reports `box-caption` (and produces nothing) for a blockquote without that
 * caption, and `unexpected-block` for anything but paragraphs and lists in it.
 */
import type { Blockquote, List, Nodes } from 'mdast'
import { patterns } from '../genre/patterns.js'
import { makeId } from '../ids/make.js'
import type { Box, BoxItem, Chapter, Section } from '../schema/plan.js'
import { SKIP, visit, type Walkable } from '../util/visit.js'
import type { Report } from './context.js'
import { cleanTitle, leadOf, strongOnly, text } from './inline.js'
import { Ordinals } from './ordinals.js'
import { pos } from './position.js'

export function box(quote: Blockquote, chapter: Chapter, section: Section | undefined, report: Report): Box | undefined {
  const [first, ...rest] = quote.children
  const caption = strongOnly(first)
  const m = caption ? patterns.box.exec(caption) : null
  if (!m || !caption) {
    report(quote, 'box-caption', 'a blockquote that does not open with a bold “专栏 X-Y title” caption')
    return undefined
  }
  const number = `${Number(m[1])}-${Number(m[2])}`
  const id = makeId(undefined, 'box', number)
  const node: Box = {
    type: 'box',
    id,
    position: pos(quote),
    number,
    label: `专栏 ${number}`,
    title: m[3]!.trim(),
    chapter: chapter.id,
    ...(section ? { section: section.id } : {}),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(first!), value: caption }]
  }
  for (const c of rest) {
    if (c.type === 'list') items(c, node, report)
    else report(c, 'unexpected-block', `a ${c.type} in 专栏 ${number}; items are list items`)
  }
  return node
}

interface Owner {
  readonly id: string
  readonly children: { push(item: BoxItem): unknown }
}

/** The items of `list` (and of the lists nested in them), appended to the box's children and to their parent items'. */
function items(list: List, box: Box, report: Report): void {
  /** Where each list's items go: the box, or the item the list is nested in. */
  const owners = new Map<List, Owner>([[list, box]])
  /** The item made for each mdast list item, with the ordinals of its paragraphs. */
  const made = new Map<Nodes, { item: BoxItem; paragraphs: Ordinals }>()
  visit<Nodes & Walkable>(list, (node, parent, index) => {
    if (node === list) return undefined
    if (node.type === 'listItem') {
      const within = parent as List
      const owner = owners.get(within)!
      const number = within.ordered ? (within.start ?? 1) + index! : index! + 1
      const item: BoxItem = {
        type: 'boxItem',
        id: makeId(owner.id, 'item', number),
        position: pos(node),
        number,
        numbered: Boolean(within.ordered),
        title: '',
        box: box.id,
        children: []
      }
      owner.children.push(item)
      made.set(node, { item, paragraphs: new Ordinals() })
      return undefined
    }
    // A child of an item: its text, a nested list, or something a box does not hold.
    const { item, paragraphs } = made.get(parent!)!
    if (node.type === 'paragraph') {
      if (!item.title) item.title = cleanTitle(leadOf(node) ?? patterns.firstSentence.exec(text(node))?.[1] ?? text(node))
      item.children.push({ type: 'paragraph', id: makeId(item.id, 'p', paragraphs.next('p')), position: pos(node), role: 'body', value: text(node) })
    } else if (node.type === 'list') {
      owners.set(node, item)
      return undefined
    } else report(node, 'unexpected-block', `a ${node.type} in an item of 专栏 ${box.number}`)
    return SKIP
  })
}
