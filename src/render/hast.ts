/**
 * Plan tree -> hast -> HTML, through the same mdast as the Markdown edition
 * (mdast-util-to-hast, hast-util-to-html), for documentation sites. Every
 * node's ID is an HTML `id`, so `page.html#box_4-3__item_2` lands on it:
 * headings take the ID of the chapter or section they open (`<h2 id="chp_4">`),
 * boxes are `<aside id="box_4-3">`, tables `<table id="table_1-1">` with
 * their header rows in `<thead>` (spanning cells as `colspan`/`rowspan`) and
 * each grouping row, indicator row and sub-row a `<tr id=…>`.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import type { Table, TableRow } from 'mdast'
import { toHast as mdastToHast, type Handler } from 'mdast-util-to-hast'
import type { Store } from '../query/store.js'
import { toMdast } from './mdast.js'

/**
 * mdast-util-to-hast's own table handler puts only the first row in
 * `<thead>` and renders every mdast cell; plan tables have two header rows and
 * spanning cells, which the mdast marks in `data` (`planHead`, `planCovered`).
 */
const table: Handler = (state, node: Table) => {
  const head: Element[] = []
  const body: Element[] = []
  for (const row of node.children) {
    const isHead = row.data?.planHead === true
    const cells: Element[] = []
    for (const cell of row.children) {
      if (cell.data?.planCovered) continue
      const th: Element = { type: 'element', tagName: isHead ? 'th' : 'td', properties: {}, children: state.all(cell) }
      state.patch(cell, th)
      cells.push(state.applyData(cell, th) as Element)
    }
    const tr: Element = { type: 'element', tagName: 'tr', properties: {}, children: state.wrap(cells, true) }
    state.patch(row as TableRow, tr)
    ;(isHead ? head : body).push(state.applyData(row, tr) as Element)
  }
  const sections: ElementContent[] = []
  if (head.length) sections.push({ type: 'element', tagName: 'thead', properties: {}, children: state.wrap(head, true) })
  if (body.length) sections.push({ type: 'element', tagName: 'tbody', properties: {}, children: state.wrap(body, true) })
  const result: Element = { type: 'element', tagName: 'table', properties: {}, children: state.wrap(sections, true) }
  state.patch(node, result)
  return state.applyData(node, result)
}

/** hast of the node with this ID (the whole plan without one); `PlanError` for an unknown ID. */
export function toHast(store: Store, id?: string): HastRoot {
  return mdastToHast(toMdast(store, id), { handlers: { table } }) as HastRoot
}

/** HTML of the node with this ID (the whole plan without one): a fragment, to be put into a page. */
export function toHtml(store: Store, id?: string): string {
  return hastToHtml(toHast(store, id))
}
