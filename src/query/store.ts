/**
 * The prebuilt indexes over one plan tree: node by ID, parent by ID, nodes by
 * type in document order. Built once, on first use. The tree is not frozen
 * here: the entries freeze each node as they hand it out (src/tree.ts), so
 * that a first query pays for what it returns, not for the whole tree.
 */
import type { PlanNode, Plan } from '../schema/plan.js'
import type { Redirect } from '../schema/redirects.js'
import { visit } from '../util/visit.js'

export interface Store {
  tree: Plan
  byId: Map<string, PlanNode>
  parentOf: Map<string, PlanNode>
  byType: Map<PlanNode['type'], PlanNode[]>
  /** Retired ID -> where it went. */
  redirects: ReadonlyMap<string, Redirect>
}

export function createStore(tree: Plan, redirects: Readonly<Record<string, Redirect>> = {}): Store {
  const byId = new Map<string, PlanNode>()
  const parentOf = new Map<string, PlanNode>()
  const byType = new Map<PlanNode['type'], PlanNode[]>()
  visit<PlanNode>(tree, (node, parent) => {
    byId.set(node.id, node)
    if (parent) parentOf.set(node.id, parent)
    let list = byType.get(node.type)
    if (!list) byType.set(node.type, (list = []))
    list.push(node)
  })
  // The lists are answers too (boxes() returns one): frozen, so that a caller's push or sort cannot change a later answer.
  for (const list of byType.values()) Object.freeze(list)
  return { tree, byId, parentOf, byType, redirects: new Map(Object.entries(redirects)) }
}

/** Nodes of one type, in document order. */
export function ofType<T extends PlanNode['type']>(store: Store, type: T): Array<Extract<PlanNode, { type: T }>> {
  return (store.byType.get(type) ?? []) as Array<Extract<PlanNode, { type: T }>>
}
