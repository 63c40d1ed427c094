/**
 * Plan tree -> mdast, in the conventions of the Markdown edition
 * (corpus/huozhou-14th/plan.md, written by scripts/import/to-markdown.ts):
 * `#` notice and plan titles, `## 目 录` with a nested list, `## 第X章`,
 * `### 第X节`, bold-lead measures, `> **专栏 X-Y**` boxes with item lists,
 * `**表 X-Y**` captions with GFM tables and their notes, `---` before the
 * closing block. `parsePlan` reads this mdast's Markdown back to the same tree.
 *
 * The same mdast feeds the HTML renderer: every node carries its plan ID in
 * `data.hProperties.id` (headings take the ID of the chapter, section … they
 * open, so that `#chp_4` lands on `<h2 id="chp_4">`), boxes become `<aside>`,
 * and table cells carry their row and column spans in `data` (see hast.ts).
 */
import type {
  BlockContent,
  Heading as MdHeading,
  List,
  ListItem,
  Paragraph as MdParagraph,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdTable,
  TableCell,
  TableRow
} from 'mdast'
import type {} from 'mdast-util-to-hast'
import { PlanError, describe } from '../errors.js'
import { assertId } from '../query/nodes.js'
import type { Store } from '../query/store.js'
import type { Box, BoxItem, Heading, Measure, Paragraph, PlanNode, Table, TableHeader, TableNote, TocEntry } from '../schema/plan.js'

declare module 'mdast' {
  interface TableRowData {
    /** A header row of the plan table (the spanning row and the row under it): rendered in `<thead>` with `<th>` cells. */
    planHead?: boolean
  }
  interface TableCellData {
    /** A cell covered by a neighbour's `colSpan`/`rowSpan`: kept in Markdown (GFM has no spans), left out of HTML. */
    planCovered?: boolean
  }
}

type Block = RootContent

const text = (value: string): PhrasingContent => ({ type: 'text', value })

function withId<T extends { data?: unknown }>(node: T, id: string, extra: Record<string, unknown> = {}): T {
  ;(node as { data?: object }).data = { hProperties: { id, ...extra } }
  return node
}

/** Which plan node a heading opens, and so its depth and HTML ID. */
function headingOf(store: Store, node: Heading): Block {
  const parent = store.parentOf.get(node.id)
  switch (parent?.type) {
    case 'notice':
    case 'preamble':
      return withId<MdHeading>({ type: 'heading', depth: 1, children: [text(node.value)] }, parent.id)
    case 'toc':
    case 'chapter':
      return withId<MdHeading>({ type: 'heading', depth: 2, children: [text(node.value)] }, parent.id)
    case 'section':
      return withId<MdHeading>({ type: 'heading', depth: 3, children: [text(node.value)] }, parent.id)
    default:
      // Box and table captions: a bold line, as printed; the container carries the box or table ID.
      return caption(node)
  }
}

function caption(node: Heading): MdParagraph {
  return withId<MdParagraph>({ type: 'paragraph', children: [{ type: 'strong', children: [text(node.value)] }] }, node.id, { className: ['caption'] })
}

function paragraph(node: Paragraph): MdParagraph {
  const children: MdParagraph['children'] = []
  let at = 0
  for (const [start, end] of node.strong ?? []) {
    if (start > at) children.push(text(node.value.slice(at, start)))
    children.push({ type: 'strong', children: [text(node.value.slice(start, end))] })
    at = end
  }
  if (at < node.value.length || children.length === 0) children.push(text(node.value.slice(at)))
  return withId<MdParagraph>({ type: 'paragraph', children }, node.id)
}

/**
 * A paragraph whose lead (`title`) is bold: `**title**。body`. The lead is
 * found in the text rather than rebuilt, so that a dash before it
 * (`——**经济发展迈上新台阶**。`) and the punctuation after it stay outside the
 * strong: CommonMark does not close `**` between a punctuation mark and a Han
 * character.
 */
function leadParagraph(value: string, title: string, id: string, className?: string): MdParagraph {
  const at = title === '' || title === value ? -1 : value.indexOf(title)
  const children: PhrasingContent[] =
    at < 0
      ? [text(value)]
      : [
          ...(at > 0 ? [text(value.slice(0, at))] : []),
          { type: 'strong', children: [text(title)] },
          ...(at + title.length < value.length ? [text(value.slice(at + title.length))] : [])
        ]
  return withId<MdParagraph>({ type: 'paragraph', children }, id, className ? { className: [className] } : {})
}

function measure(node: Measure): MdParagraph {
  return leadParagraph(node.value, node.title, node.id, 'measure')
}

// --- 目录 -------------------------------------------------------------------

function tocItem(entry: TocEntry): ListItem {
  // In HTML the entry is a link to its target; in Markdown it stays plain text, as printed.
  const para: MdParagraph = { type: 'paragraph', children: [text(entry.value)], data: { hName: 'a', hProperties: { href: `#${entry.target}` } } }
  return withId<ListItem>({ type: 'listItem', spread: false, children: [para] }, entry.id)
}

function tocList(entries: TocEntry[]): List {
  const top: ListItem[] = []
  let chapter: ListItem | undefined
  for (const entry of entries) {
    const item = tocItem(entry)
    if (entry.level === 'chapter' || !chapter) {
      top.push(item)
      if (entry.level === 'chapter') chapter = item
      continue
    }
    let sub = chapter.children.find((c): c is List => c.type === 'list')
    if (!sub) chapter.children.push((sub = { type: 'list', ordered: false, spread: false, children: [] }))
    sub.children.push(item)
  }
  return { type: 'list', ordered: false, spread: false, children: top }
}

// --- 专栏 -------------------------------------------------------------------

function boxItem(node: BoxItem): ListItem {
  const children: BlockContent[] = []
  let first = true
  let run: BoxItem[] = []
  const flush = () => {
    if (run.length) children.push(...itemLists(run))
    run = []
  }
  for (const child of node.children) {
    if (child.type === 'boxItem') {
      run.push(child)
      continue
    }
    flush()
    // Only the item's first paragraph opens with its lead; the tight list renders it without `<p>`, so it becomes a `<div>` to keep its ID.
    const para = first ? leadParagraph(child.value, node.title, child.id) : paragraph(child)
    para.data = { ...para.data, hName: 'div' }
    children.push(para)
    first = false
  }
  flush()
  return withId<ListItem>({ type: 'listItem', spread: false, children }, node.id)
}

/** Consecutive items as lists: one per run of numbered (ordered, from the printed number) or unnumbered items. */
function itemLists(items: BoxItem[]): List[] {
  const lists: List[] = []
  for (const item of items) {
    const last = lists.at(-1)
    if (last && last.ordered === item.numbered) last.children.push(boxItem(item))
    else lists.push({ type: 'list', ordered: item.numbered, ...(item.numbered ? { start: item.number } : {}), spread: false, children: [boxItem(item)] })
  }
  return lists
}

function box(node: Box): Block {
  const children: BlockContent[] = []
  let run: BoxItem[] = []
  for (const child of node.children) {
    if (child.type === 'boxItem') {
      run.push(child)
      continue
    }
    children.push(...itemLists(run), caption(child))
    run = []
  }
  children.push(...itemLists(run))
  return { type: 'blockquote', children, data: { hName: 'aside', hProperties: { id: node.id, className: ['box'] } } }
}

// --- 表 ---------------------------------------------------------------------

type RowNode = Extract<PlanNode, { type: 'tableGroup' | 'indicatorGroup' | 'indicator' }>

function cell(value: string, data?: TableCell['data']): TableCell {
  return { type: 'tableCell', children: value === '' ? [] : [text(value)], ...(data ? { data } : {}) }
}

function pad(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width)
  while (out.length < width) out.push('')
  return out
}

/**
 * The header rows, with the spans the printed table has: a name over an empty
 * cell spans to the right when a row below fills that column (规划目标 over
 * 2020 年 | 年均增速); a name over empty cells only spans down (指标名称).
 */
function headerRows(header: TableHeader, width: number): TableRow[] {
  const rows = header.rows.map((r) => pad(r, width))
  const spans = rows.map((r) => r.map(() => ({ col: 1, row: 1, covered: false })))
  for (let h = 0; h < rows.length; h++) {
    for (let c = 0; c < width; c++) {
      if (rows[h]![c] === '' || spans[h]![c]!.covered) continue
      const below = (k: number) => rows.slice(h + 1).some((r) => r[k] !== '')
      let k = c + 1
      while (k < width && rows[h]![k] === '' && below(k) && !spans[h]![k]!.covered) spans[h]![k++]!.covered = true
      spans[h]![c]!.col = k - c
      if (k - c === 1) {
        let d = h + 1
        while (d < rows.length && rows[d]![c] === '') spans[d++]![c]!.covered = true
        spans[h]![c]!.row = d - h
      }
    }
  }
  return rows.map((r, h) => ({
    type: 'tableRow',
    data: { planHead: true, ...(h === 0 ? { hProperties: { id: header.id } } : {}) },
    children: r.map((value, c) => {
      const s = spans[h]![c]!
      const props = { ...(s.col > 1 ? { colSpan: s.col } : {}), ...(s.row > 1 ? { rowSpan: s.row } : {}) }
      return cell(value, s.covered ? { planCovered: true } : Object.keys(props).length ? { hProperties: props } : undefined)
    })
  }))
}

function bodyRow(node: RowNode, width: number): TableRow {
  if (node.type === 'tableGroup') {
    // A grouping row prints its title alone; in HTML it spans the row from its column on.
    const cells = pad(node.value.split('\t'), width)
    const at = cells.findIndex((c) => c !== '')
    return withId<TableRow>(
      {
        type: 'tableRow',
        children: cells.map((value, c) =>
          c === at ? cell(value, { hProperties: { colSpan: width - at } }) : c > at ? cell(value, { planCovered: true }) : cell(value)
        )
      },
      node.id,
      { className: ['group'] }
    )
  }
  const className = node.type === 'indicatorGroup' ? 'indicator-group' : node.parent ? 'indicator sub' : 'indicator'
  return withId<TableRow>({ type: 'tableRow', children: pad(node.cells, width).map((v) => cell(v)) }, node.id, { className: className.split(' ') })
}

function note(node: TableNote): MdParagraph {
  return withId<MdParagraph>({ type: 'paragraph', children: [text(node.value)] }, node.id, { className: ['note'] })
}

function tableBlocks(node: Table, only?: PlanNode): Block[] {
  const header = node.children.find((c): c is TableHeader => c.type === 'tableHeader')
  const rowNodes = node.children.filter((c): c is RowNode => c.type === 'tableGroup' || c.type === 'indicatorGroup' || c.type === 'indicator')
  const width = Math.max(header?.columns.length ?? 0, ...(header?.rows.map((r) => r.length) ?? []), ...rowNodes.map((r) => (r.type === 'tableGroup' ? r.value.split('\t').length : r.cells.length)))
  const rows: TableRow[] = header ? headerRows(header, width) : []
  const wanted = only && only.type !== 'tableHeader' ? rowNodes.filter((r) => r === only) : only ? [] : rowNodes
  rows.push(...wanted.map((r) => bodyRow(r, width)))
  const table = withId<MdTable>({ type: 'table', children: rows }, node.id)
  if (only) return [table]
  // As printed: the caption, the table, its notes.
  const captions = node.children.filter((c): c is Heading => c.type === 'heading').map(caption)
  const notes = node.children.filter((c) => c.type === 'tableNote').map(note)
  return [...captions, table, ...notes]
}

// --- the tree ---------------------------------------------------------------

function blocks(store: Store, node: PlanNode): Block[] {
  switch (node.type) {
    case 'plan':
    case 'header':
    case 'notice':
    case 'preamble':
    case 'chapter':
    case 'section':
      return node.children.flatMap((c: PlanNode) => blocks(store, c))
    case 'toc': {
      const out: Block[] = []
      let entries: TocEntry[] = []
      for (const c of node.children) {
        if (c.type === 'tocEntry') {
          entries.push(c)
          continue
        }
        if (entries.length) out.push(tocList(entries))
        entries = []
        out.push(headingOf(store, c))
      }
      if (entries.length) out.push(tocList(entries))
      return out
    }
    case 'closing':
      return [withId<Block>({ type: 'thematicBreak' }, node.id), ...node.children.map(paragraph)]
    case 'heading':
      return [headingOf(store, node)]
    case 'paragraph': {
      // A box item's paragraph rendered on its own keeps the item's lead.
      const parent = store.parentOf.get(node.id)
      if (parent?.type === 'boxItem' && parent.children.find((c) => c.type === 'paragraph') === node) return [leadParagraph(node.value, parent.title, node.id)]
      return [paragraph(node)]
    }
    case 'measure':
      return [measure(node)]
    case 'tocEntry':
      return [tocList([node])]
    case 'box':
      return [box(node)]
    case 'boxItem':
      return itemLists([node])
    case 'table':
      return tableBlocks(node)
    case 'tableHeader':
    case 'tableGroup':
    case 'indicatorGroup':
    case 'indicator': {
      const table = store.parentOf.get(node.id)
      return table?.type === 'table' ? tableBlocks(table, node) : []
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

/**
 * mdast for the node with this ID (the whole plan without one). A table row
 * renders as a table holding the header rows and that row; a box item as a
 * one-item list; a heading at the depth of what it opens.
 */
export function toMdast(store: Store, id?: string): Root {
  return { type: 'root', children: blocks(store, nodeFor(store, id)) }
}
