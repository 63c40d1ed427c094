/**
 * Plan tree -> hast -> HTML: the mdast of mdast.ts through
 * mdast-util-to-hast, with nothing but what the mdast carries in `data`, so
 * that `toHtml` gives the HTML a site gets from that mdast in its own
 * remark-rehype pipeline. Every node's ID is an HTML `id`
 * (`page.html#box_4-3__item_2` lands on it): `<h2 id="chp_4">`,
 * `<aside id="box_4-3">`, `<figure id="table_1-1">` around the caption, the
 * table (both header rows in `<thead>`) and its notes, each row a `<tr id=…>`.
 */
import type { Root as HastRoot } from 'hast'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import { toHast as mdastToHast } from 'mdast-util-to-hast'
import type { Store } from '../query/store.js'
import type { ProjectMention } from '../data/split.js'
import { planHandlers } from './figure.js'
import { toMdast } from './mdast.js'

/** hast of the node with this ID (the whole plan without one); `PlanError` for an unknown ID or a bad option. */
export function toHast(store: Store, id?: string, options?: unknown, projects?: () => readonly ProjectMention[]): HastRoot {
  return mdastToHast(toMdast(store, id, options, projects), { handlers: planHandlers }) as HastRoot
}

/** HTML of the node with this ID (the whole plan without one): a fragment, to be put into a page. */
export function toHtml(store: Store, id?: string, options?: unknown, projects?: () => readonly ProjectMention[]): string {
  return hastToHtml(toHast(store, id, options, projects))
}
