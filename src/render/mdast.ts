/**
 * Plan tree -> mdast, in the conventions of the Markdown edition
 * (corpus/huozhou-14th/plan.md, written by src/import/to-markdown.ts):
 * `#` notice and plan titles, `## 目 录` with a nested list, `## 第X章`,
 * `### 第X节`, bold-lead measures, `> **专栏 X-Y**` boxes with item lists,
 * `**表 X-Y**` captions with GFM tables and their notes, `---` before the
 * closing block. `parsePlan` reads this mdast's Markdown back to the same tree.
 *
 * Everything HTML needs beyond that is in `data.hName` / `data.hProperties` /
 * `data.hChildren`, the fields mdast-util-to-hast (so any remark-rehype
 * pipeline) reads: every node's plan ID as its `id` (a heading takes the ID
 * of the chapter or section it opens, so `#chp_4` lands on `<h2 id="chp_4">`),
 * classes and facets (`plan-chapter`, `data-box`, `data-attribute` …), 目录
 * entries as links, tables with both header rows and their spans, footnote
 * marks and project mentions. A table with its caption and notes is a
 * `planFigure` (figure.ts). No option but the heading depths changes the
 * Markdown of the result.
 */
import type { Heading as MdHeading, Paragraph as MdParagraph, Root, RootContent } from 'mdast'
import type {} from 'mdast-util-to-hast'
import { PlanError, describe } from '../errors.js'
import { assertId } from '../query/nodes.js'
import type { Store } from '../query/store.js'
import type { ProjectMention } from '../data/split.js'
import type { Heading, Paragraph, PlanNode, Table, TableHeader, TocEntry } from '../schema/plan.js'
import { box, caption, itemLists } from './box.js'
import { createContext, type Context } from './context.js'
import type { PlanFigure } from './figure.js'
import { leadSpan, phrasing } from './phrasing.js'
import { table, type RowNode } from './table.js'
import { tocList } from './toc.js'

type Block = RootContent

const hProperties = (id: string, className?: string) => ({ hProperties: { id, ...(className ? { className: [className] } : {}) } })

/** The depth of the heading that opens a node of this type, as the edition prints it. */
const DEPTH: Partial<Record<PlanNode['type'], MdHeading['depth']>> = { notice: 1, preamble: 1, toc: 2, chapter: 2, section: 3 }

/** A heading at the depth of what it opens, with that node's ID; a box or table caption stays a bold line. */
function heading(ctx: Context, node: Heading): Block[] {
  const parent = ctx.store.parentOf.get(node.id)
  const depth = parent && DEPTH[parent.type]
  if (!parent || !depth) return [caption(node, parent?.type === 'table' ? 'plan-table-caption' : 'plan-box-caption')]
  return [{ type: 'heading', depth, children: [{ type: 'text', value: node.value }], data: hProperties(parent.id, `plan-${parent.type}`) }]
}

function paragraph(ctx: Context, node: Paragraph, className?: string): MdParagraph {
  return { type: 'paragraph', children: phrasing(ctx, node.value, node.strong ?? [], ctx.mentionsIn(node.id)), data: hProperties(node.id, className) }
}

function note(node: Paragraph | Extract<PlanNode, { type: 'tableNote' }>): MdParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value: node.value }], data: hProperties(node.id, 'plan-note') }
}

/** As printed: the caption, the table, its notes, in a `planFigure`; or the table alone, holding one row. */
function tableBlocks(ctx: Context, node: Table, only?: RowNode | TableHeader): Block[] {
  if (only) return [table(ctx, node, only)]
  const { include } = ctx.options
  const captions = include.caption ? node.children.filter((c): c is Heading => c.type === 'heading') : []
  const children = [
    ...captions.map((c) => ({ ...caption(c, 'plan-table-caption'), data: { hName: 'figcaption', ...hProperties(c.id, 'plan-table-caption') } })),
    table(ctx, node, undefined, captions[0]?.id),
    ...(include.notes ? node.children.filter((c) => c.type === 'tableNote').map(note) : [])
  ]
  const figure: PlanFigure = {
    type: 'planFigure',
    children,
    data: { hName: 'figure', hProperties: { id: node.id, className: ['plan-figure'] } }
  }
  return [figure]
}

function tocBlocks(ctx: Context, children: readonly (Heading | TocEntry)[]): Block[] {
  const out: Block[] = []
  let entries: TocEntry[] = []
  for (const c of children) {
    if (c.type === 'tocEntry') {
      entries.push(c)
      continue
    }
    if (entries.length) out.push(tocList(ctx, entries))
    entries = []
    out.push(...heading(ctx, c))
  }
  if (entries.length) out.push(tocList(ctx, entries))
  return out
}

function blocks(ctx: Context, node: PlanNode): Block[] {
  const { include } = ctx.options
  switch (node.type) {
    case 'plan':
    case 'header':
    case 'notice':
    case 'preamble':
    case 'chapter':
    case 'section':
      return node.children.flatMap((c: PlanNode) => blocks(ctx, c))
    case 'toc':
      return include.toc ? tocBlocks(ctx, node.children) : []
    case 'closing':
      return [{ type: 'thematicBreak', data: hProperties(node.id) }, ...node.children.map((p) => paragraph(ctx, p))]
    case 'heading':
      return heading(ctx, node)
    case 'paragraph': {
      // A box item's paragraph rendered on its own keeps the item's lead.
      const parent = ctx.store.parentOf.get(node.id)
      if (parent?.type === 'boxItem' && parent.children.find((c) => c.type === 'paragraph') === node)
        return [{ type: 'paragraph', children: phrasing(ctx, node.value, leadSpan(node.value, parent.title), ctx.mentionsIn(node.id)), data: hProperties(node.id) }]
      return [paragraph(ctx, node)]
    }
    case 'measure':
      return [{ type: 'paragraph', children: phrasing(ctx, node.value, leadSpan(node.value, node.title), ctx.mentionsIn(node.id)), data: hProperties(node.id, 'plan-measure') }]
    case 'tocEntry':
      return [tocList(ctx, [node])]
    case 'box':
      return include.boxes ? [box(ctx, node)] : []
    case 'boxItem':
      return itemLists(ctx, [node])
    case 'table':
      return include.tables ? tableBlocks(ctx, node) : []
    case 'tableHeader':
    case 'tableGroup':
    case 'indicatorGroup':
    case 'indicator': {
      const parent = ctx.store.parentOf.get(node.id)
      return parent?.type === 'table' ? tableBlocks(ctx, parent, node) : []
    }
    case 'tableNote':
      return [note(node)]
  }
}

/** The node with this ID, or the whole plan without one; `PlanError` for an ID that is not a string or does not exist. */
export function nodeFor(store: Store, id?: unknown): PlanNode {
  if (id === undefined) return store.tree
  assertId(id)
  const node = store.byId.get(id)
  if (!node) throw new PlanError('unknown-id', 'id', `id ${describe(id)} is not the ID of any node`)
  return node
}

/** Headings are top-level blocks: shift them as the options say, within 1–6. */
function placeHeadings(ctx: Context, root: Root): void {
  const headings = root.children.filter((c) => c.type === 'heading')
  if (!headings.length) return
  const { headings: want } = ctx.options
  const offset = 'depth' in want ? want.depth - Math.min(...headings.map((h) => h.depth)) : want.offset
  if (offset === 0) return
  for (const h of headings) h.depth = Math.min(6, Math.max(1, h.depth + offset)) as MdHeading['depth']
}

/**
 * Render from an existing context (the remark plugin makes one per file).
 *
 * @param ctx the store, the resolved options, the mentions
 * @param node the node to render
 */
export function mdastOf(ctx: Context, node: PlanNode): Root {
  const root: Root = { type: 'root', children: blocks(ctx, node) }
  // A chapter's, section's … own heading comes first and carries its ID.
  const first = root.children[0]
  if (!ctx.options.include.heading && first?.type === 'heading' && (first.data?.hProperties as { id?: unknown } | undefined)?.id === node.id) root.children.shift()
  placeHeadings(ctx, root)
  return root
}

/**
 * mdast for the node with this ID (the whole plan without one). A table row
 * renders as a table holding the header rows and that row; a box item as a
 * one-item list; a heading at the depth of what it opens.
 *
 * @param store the plan's indexes
 * @param id a node ID
 * @param options render options (options.ts), checked
 * @param projects the projects, read when `options.projects` is on
 */
export function toMdast(store: Store, id?: string, options?: unknown, projects?: () => readonly ProjectMention[]): Root {
  const node = nodeFor(store, id)
  return mdastOf(createContext(store, options, projects), node)
}
