/**
 * A plan table (表 1-1, 表 2-1) in mdast, twice over from the same rows:
 *
 * - as a GFM `table` (every printed cell, no spans: what the Markdown edition
 *   writes and `parsePlan` reads back);
 * - as the hast that HTML needs, in the table's `data.hChildren`: both header
 *   rows in `<thead>` with their `colspan`/`rowspan`, grouping rows spanning
 *   the table, each row's ID, kind and facets (`data-attribute`,
 *   `data-period`), footnote marks linked to their note.
 *
 * GFM has no spans and mdast-util-to-hast puts only the first row in
 * `<thead>`, so the HTML cannot come from the GFM rows; carried in `data`, it
 * survives any standard remark-rehype pipeline with no handler of ours. The
 * table renders as `<div class="plan-table-scroll"><table class="plan-table">`:
 * the wrapper scrolls a wide table sideways on a narrow screen.
 */
import type { Element, ElementContent, Properties } from 'hast'
import type { Table as MdTable, TableRow } from 'mdast'
import type { CellValue, Mark } from '../schema/value.js'
import type { Indicator, IndicatorGroup, Table, TableGroup, TableHeader } from '../schema/plan.js'
import type { Context } from './context.js'
import { text } from './phrasing.js'
import { own } from '../util/own.js'

export type RowNode = TableGroup | IndicatorGroup | Indicator

const h = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children })
const t = (value: string): ElementContent => ({ type: 'text', value })
/** Elements with a line break between them, as mdast-util-to-hast lays out its own. */
const lines = (children: ElementContent[]): ElementContent[] => children.flatMap((c) => [t('\n'), c]).concat(children.length ? [t('\n')] : [])

function pad(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width)
  while (out.length < width) out.push('')
  return out
}

/** The rows of a table and its width (the most cells any row has). */
export function rowsOf(node: Table): { header: TableHeader | undefined; rows: RowNode[]; width: number } {
  const header = node.children.find((c): c is TableHeader => c.type === 'tableHeader')
  const rows = node.children.filter((c): c is RowNode => c.type === 'tableGroup' || c.type === 'indicatorGroup' || c.type === 'indicator')
  const width = Math.max(header?.columns.length ?? 0, ...(header?.rows.map((r) => r.length) ?? []), ...rows.map((r) => (r.type === 'tableGroup' ? r.value.split('\t').length : r.cells.length)))
  return { header, rows, width }
}

interface Span {
  col: number
  row: number
  covered: boolean
}

/**
 * The spans of the printed header rows: a name over an empty cell spans to
 * the right when a row below fills that column (规划目标 over 2020 年 |
 * 年均增速); a name over empty cells only spans down (指标名称).
 */
function headerSpans(rows: readonly string[][], width: number): Span[][] {
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
  return spans
}

/** The cells a grouping row prints: its title alone, from the column it stands in. */
const groupCells = (node: TableGroup, width: number) => pad(node.value.split('\t'), width)

// --- GFM ----------------------------------------------------------------------

function gfmRow(cells: readonly string[]): TableRow {
  return { type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: value === '' ? [] : [text(value)] })) }
}

// --- HTML ---------------------------------------------------------------------

/** The marks of a cell's value, with the note that defines each. */
function marksOf(value: CellValue | undefined): Mark[] {
  if (!value) return []
  // Own fields only: `marks` is optional, and a key on Object.prototype is not a mark of this cell.
  if (value.kind === 'number') return own(value, 'marks') ?? []
  if (value.kind === 'multiple') return value.parts.flatMap((p) => own(p, 'marks') ?? [])
  return []
}

/**
 * A cell's text with each mark that a note defines as a link to that note:
 * a pair of brackets (`[]`) links the bracketed figure, any other mark
 * (`*`, `**`) its last occurrence. Marks without a note stay text.
 */
function cellContent(ctx: Context, raw: string, marks: readonly Mark[]): ElementContent[] {
  const links: Array<{ start: number; end: number; mark: Mark }> = []
  const taken = (s: number, e: number) => links.some((l) => s < l.end && l.start < e)
  for (const mark of [...marks].sort((a, b) => b.mark.length - a.mark.length)) {
    if (!mark.note) continue
    const pair = mark.mark.length === 2 && mark.mark[0] !== mark.mark[1]
    const start = pair ? raw.indexOf(mark.mark[0]!) : raw.lastIndexOf(mark.mark)
    const end = pair ? raw.lastIndexOf(mark.mark[1]!) + 1 : start + mark.mark.length
    if (start < 0 || end <= start || taken(start, end)) continue
    links.push({ start, end, mark })
  }
  if (!links.length) return raw === '' ? [] : [t(raw)]
  links.sort((a, b) => a.start - b.start)
  const out: ElementContent[] = []
  let at = 0
  for (const { start, end, mark } of links) {
    if (start > at) out.push(t(raw.slice(at, start)))
    const properties: Properties = { href: ctx.options.href(mark.note!, 'node'), className: ['plan-mark'], dataMark: mark.mark, ...(mark.meaning ? { title: mark.meaning } : {}) }
    out.push(h('a', properties, [t(raw.slice(start, end))]))
    at = end
  }
  if (at < raw.length) out.push(t(raw.slice(at)))
  return out
}

function headerHast(header: TableHeader, width: number): Element[] {
  const rows = header.rows.map((r) => pad(r, width))
  const spans = headerSpans(rows, width)
  return rows.map((r, k) => {
    const cells: ElementContent[] = []
    r.forEach((value, c) => {
      const s = spans[k]![c]!
      if (s.covered) return
      cells.push(h('th', { ...(s.col > 1 ? { colSpan: s.col } : {}), ...(s.row > 1 ? { rowSpan: s.row } : {}) }, value === '' ? [] : [t(value)]))
    })
    return h('tr', k === 0 ? { id: header.id } : {}, lines(cells))
  })
}

function bodyHast(ctx: Context, node: RowNode, header: TableHeader | undefined, width: number): Element {
  if (node.type === 'tableGroup') {
    // A grouping row prints its title alone; it spans the row from its column on.
    const cells = groupCells(node, width)
    const at = Math.max(0, cells.findIndex((c) => c !== ''))
    const tds = [...cells.slice(0, at).map(() => h('td', {}, [])), h('td', { colSpan: width - at }, [t(cells[at]!)])]
    return h('tr', { id: node.id, className: ['plan-group'] }, lines(tds))
  }
  const className = node.type === 'indicatorGroup' ? ['plan-indicator-group'] : node.parent ? ['plan-indicator', 'plan-sub'] : ['plan-indicator']
  const facets: Properties = node.type === 'indicator' ? { ...(node.attribute ? { dataAttribute: node.attribute } : {}), ...(node.period ? { dataPeriod: node.period } : {}) } : {}
  // The cells that print the row's name and its attribute, found by their text: a table's columns are its own.
  const nameAt = node.cells.findIndex((c) => c !== '' && c.includes(node.name))
  const attributeAt = node.type === 'indicator' && node.attribute ? node.cells.lastIndexOf(node.attribute) : -1
  const tds = pad(node.cells, width).map((raw, c) => {
    const value = node.type === 'indicator' && header ? own(node.values, header.columns[c] ?? '') : undefined
    const marks = ctx.options.marks === 'link' ? marksOf(value) : []
    const className = c === nameAt ? ['plan-name'] : c === attributeAt ? ['plan-attribute'] : undefined
    return h('td', className ? { className } : {}, cellContent(ctx, raw, marks))
  })
  return h('tr', { id: node.id, className, ...facets }, lines(tds))
}

/**
 * The table as an mdast `table` (its GFM rows) carrying its HTML in `data`.
 *
 * @param ctx the rendering context
 * @param node the plan table
 * @param only one row of it: the table then holds the header rows and that row
 * @param labelledBy the ID of the caption that names the table, if it is rendered
 */
export function table(ctx: Context, node: Table, only?: RowNode | TableHeader, labelledBy?: string): MdTable {
  const { header, rows, width } = rowsOf(node)
  const wanted = only ? rows.filter((r) => r === only) : rows
  const gfm: TableRow[] = [...(header?.rows.map((r) => gfmRow(pad(r, width))) ?? []), ...wanted.map((r) => gfmRow(r.type === 'tableGroup' ? groupCells(r, width) : pad(r.cells, width)))]
  const sections: ElementContent[] = []
  if (header) sections.push(h('thead', {}, lines(headerHast(header, width))))
  if (wanted.length) sections.push(h('tbody', {}, lines(wanted.map((r) => bodyHast(ctx, r, header, width)))))
  const facets: Properties = { dataTable: node.number, ...(node.period ? { dataPeriod: node.period } : {}) }
  const html = h('table', { className: ['plan-table'], ...facets }, lines(sections))
  // A scrolling region must be reachable by keyboard, and is named by its caption.
  const scroll: Properties = { className: ['plan-table-scroll'], tabIndex: 0, ...(labelledBy ? { role: 'region', ariaLabelledBy: [labelledBy] } : {}) }
  return { type: 'table', children: gfm, data: { hName: 'div', hProperties: scroll, hChildren: [html] } }
}
