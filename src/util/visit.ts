/**
 * The project's one tree walker, for the plan tree and for mdast/hast alike.
 *
 * Contract (as unist-util-visit's): depth-first, preorder, children in
 * order, each node visited once with its parent and its index in the
 * parent. The visitor may return `SKIP` (do not enter this node's children)
 * or `EXIT` (stop the walk). It walks with an explicit stack, not recursion,
 * so a tree of any depth (hostile Markdown included) cannot overflow the
 * call stack. Children are read when the walk reaches their parent: do not
 * reorder a parent's children from inside the visitor.
 */

/**
 * What the walker needs of a node: unist's `type` (every node has one; it
 * also lets a union in which only some members are parents qualify) and
 * `children`, when it is a parent.
 */
export interface Walkable {
  readonly type: string
  readonly children?: readonly unknown[]
}

/** Return from a visitor to leave this node's children unvisited. */
export const SKIP = 'skip'
/** Return from a visitor to end the walk. */
export const EXIT = false

/** What a visitor may return: nothing (go on), `SKIP` or `EXIT`. */
export type VisitorResult = void | typeof SKIP | typeof EXIT

/**
 * @param node the node being visited
 * @param parent its parent (undefined for the root)
 * @param index its index in `parent.children` (undefined for the root)
 * @param depth 0 for the root, 1 for its children …
 */
export type Visitor<N> = (node: N, parent: N | undefined, index: number | undefined, depth: number) => VisitorResult

interface Frame<N> {
  readonly parent: N
  readonly children: readonly N[]
  readonly depth: number
  index: number
}

/**
 * Walk `tree` depth-first in preorder, calling `visitor` for every node.
 * `N` is the node type of the tree (a plan tree's `PlanNode`, mdast's
 * `Nodes` …); children are assumed to be of the same union.
 */
export function visit<N extends Walkable>(tree: N, visitor: Visitor<N>): void {
  let result = visitor(tree, undefined, undefined, 0)
  if (result === EXIT) return
  const stack: Array<Frame<N>> = []
  if (result !== SKIP && tree.children?.length) stack.push({ parent: tree, children: tree.children as readonly N[], depth: 1, index: 0 })
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.children.length) {
      stack.pop()
      continue
    }
    const index = frame.index++
    const node = frame.children[index]!
    result = visitor(node, frame.parent, index, frame.depth)
    if (result === EXIT) return
    if (result !== SKIP && node.children?.length) stack.push({ parent: node, children: node.children as readonly N[], depth: frame.depth + 1, index: 0 })
  }
}

/** Every node of `tree` in preorder (the root first), optionally only those `test` accepts. */
export function nodes<N extends Walkable, T extends N = N>(tree: N, test?: (node: N) => node is T): T[] {
  const out: T[] = []
  visit(tree, (node) => {
    if (!test || test(node)) out.push(node as T)
  })
  return out
}
