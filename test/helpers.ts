import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plan, PlanNode } from '../src/schema/plan.js'
import type * as Shipped from '../src/schema/shipped.js'
import { tree } from '../src/tree.js'
import { nodes } from '../src/util/visit.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const corpusDir = path.join(root, 'corpus/huozhou-14th')
export const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8')
export const fixture = (name: string) => fs.readFileSync(path.join(root, 'test/fixtures', name), 'utf8')

/** Every node of a plan tree (or subtree, parsed or shipped), in document order, the root first: the project's one walker. */
export function all(node: PlanNode | Shipped.PlanNode): PlanNode[] {
  return nodes<PlanNode>(node as PlanNode)
}

/** The shipped tree (`tree()`, frozen) with the parser's types, for the build's functions that read a tree. */
export const parsedTree = (): Plan => tree() as unknown as Plan

/** The error a call throws (fails the test when it throws nothing). */
export function thrownBy<E = Error>(f: () => unknown): E {
  try {
    f()
  } catch (e) {
    return e as E
  }
  throw new Error('did not throw')
}
