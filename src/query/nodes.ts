/**
 * Queries over the nodes of one store: by ID (following a retired ID to
 * where it went), ancestors, the boxes, the tables, plain text.
 */
import { PlanError, describe } from '../errors.js'
import type { Box, PlanNode, Table } from '../schema/plan.js'
import { followIn, resolveIn } from '../ids/redirects.js'
import type { Resolution } from '../schema/redirects.js'
import { checkString } from './filter.js'
import { ofType, type Store } from './store.js'
import { nodeText } from '../util/text.js'

/** An `id` argument is a string, or the call throws a PlanError naming it. */
export function assertId(id: unknown): asserts id is string {
  checkString(id, 'id')
}

/** Where an ID stands now: current, moved, split, withdrawn or unknown. */
export function resolveId(store: Store, id: unknown): Resolution {
  assertId(id)
  return resolveIn(store.byId, store.redirects, id)
}

/** The node with this ID, following a retired ID's redirect (to the first part of a split), or undefined. */
export function getNode(store: Store, id: unknown): PlanNode | undefined {
  assertId(id)
  return followIn(store.byId, store.redirects, id)
}

function requireNode(store: Store, id: unknown): PlanNode {
  const node = getNode(store, id)
  if (!node) throw new PlanError('unknown-id', 'id', `id ${describe(id)} is not the ID of any node`)
  return node
}

/** The node's ancestors, from the root down to its parent. */
export function ancestors(store: Store, id: unknown): PlanNode[] {
  const out: PlanNode[] = []
  for (let p = store.parentOf.get(requireNode(store, id).id); p; p = store.parentOf.get(p.id)) out.push(p)
  return out.reverse()
}

export function boxes(store: Store): readonly Box[] {
  return ofType(store, 'box')
}

/** The box with this number or ID (`4-3`, `box_4-3`); another value throws a PlanError listing the boxes. */
export function box(store: Store, number: unknown): Box {
  const key = checkString(number, 'number')
  const found = boxes(store).find((b) => b.number === key || b.id === key)
  if (!found) throw new PlanError('unknown-value', 'number', `number ${describe(key)} is not the number of a box (专栏) of the plan`, boxes(store).map((b) => b.number))
  return found
}

export function tables(store: Store): readonly Table[] {
  return ofType(store, 'table')
}

/** Plain text of a node (in the mdast-util-to-string sense, with a line break between blocks); the whole document without an ID. */
export function text(store: Store, id?: unknown): string {
  const node = id === undefined ? store.tree : requireNode(store, id)
  return nodeText(node)
}
