/**
 * `@huozhou/plan/tree`: the plan's tree and its text: nodes by ID, their
 * ancestors, the boxes and tables, plain text, full-text search. It loads the
 * tree (plan.json, tables.json) and the search folding table, not the
 * projects; the index over the tree is built on the first query. The default
 * entry exports the same functions.
 *
 * Every node is deep-frozen as it is handed out (once: `deepFreeze`
 * remembers), so that nothing a caller does to an answer can change a later
 * one, and a first query pays for the nodes it returns, not for the tree.
 */
import { planStore } from './data/plan.js'
import * as q from './query/nodes.js'
import { search as searchStore } from './query/search.js'
import type { SearchHit, SearchOptions } from './schema/search.js'
import type { Box, Plan, PlanNode } from './schema/plan.js'
import { deepFreeze, frozenItems } from './util/freeze.js'

/**
 * The node with this ID, or `undefined`. A retired ID (see `resolveId`) is
 * followed to the node it moved to, or to the first part of a split. Throws
 * `PlanError` when `id` is not a string.
 */
export function getNode(id: string): PlanNode | undefined {
  return deepFreeze(q.getNode(planStore(), id))
}

/** The ancestors of a node, root first. Throws `PlanError` for an unknown ID. */
export function ancestors(id: string): PlanNode[] {
  // A fresh array of frozen nodes: the array is the caller's.
  const list = q.ancestors(planStore(), id)
  for (const node of list) deepFreeze(node)
  return list
}

/** The 18 boxes (专栏), in document order. */
export function boxes(): readonly Box[] {
  return frozenItems(q.boxes(planStore()))
}

/** Plain text of a node, or of the whole document without an ID. */
export function text(id?: string): string {
  return q.text(planStore(), id)
}

/**
 * Literal full-text search (never a regular expression) over the document's
 * text, normalised on both sides: NFKC (全角/半角), punctuation variants,
 * whitespace, and traditional characters to simplified (OpenCC), so that
 * `search('發展')` finds 发展. Hits carry the node ID, a snippet and the
 * offsets into the node's `value`, in document order; `limit` and `types`
 * narrow them.
 */
export function search(query: string, options?: SearchOptions): SearchHit[] {
  return searchStore(planStore(), query, options)
}

/** The whole plan tree (a unist tree; frozen). */
export function tree(): Plan {
  return deepFreeze(planStore().tree)
}

export { tables } from './indicators.js'
export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { SearchHit, SearchOptions } from './schema/search.js'
export type * from './schema/value.js'
export type * from './schema/plan.js'
