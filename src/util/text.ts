/**
 * Plain text of a unist tree, in the mdast-util-to-string sense but with a
 * line break between blocks: the `value` of every literal node in document
 * order, joined by `\n`. A node with a `value` is taken whole (its children,
 * if it had any, are not read); a node with neither a `value` nor children
 * counts as an empty line. Shared by the build (the character table of
 * search) and the query `text()`.
 */
import { SKIP, visit, type Walkable } from './visit.js'

/** What the text needs of a node: unist's `value` (a literal) or `children` (a parent). */
export interface Textual extends Walkable {
  readonly value?: unknown
}

export function nodeText(tree: Textual): string {
  const lines: string[] = []
  visit<Textual>(tree, (node) => {
    if (typeof node.value === 'string') {
      lines.push(node.value)
      return SKIP
    }
    if (!node.children?.length) lines.push('')
  })
  return lines.join('\n')
}
