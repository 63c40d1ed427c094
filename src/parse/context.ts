/**
 * What every phase of `fromMdast` shares: the document's top-level blocks, a
 * cursor into them, and the diagnostics. A phase reads blocks from
 * `index` on, moves `index` past what it read, and reports what it cannot
 * place; it never throws on the document's content.
 */
import type { Root, RootContent } from 'mdast'
import type { Diagnostic } from '../schema/diagnostic.js'
import { pos, type Positioned } from './position.js'

/** Report a problem at a node's place (the file's start when it has none). */
export type Report = (node: Positioned | undefined, rule: string, message: string, severity?: Diagnostic['severity']) => void

export interface Context {
  /** The document's top-level blocks; HTML (comments) and link definitions are not part of a plan and are left out. */
  readonly nodes: readonly RootContent[]
  /** Index of the next block to read. */
  index: number
  readonly diagnostics: Diagnostic[]
  readonly report: Report
}

export function createContext(root: Root, file: string): Context {
  const diagnostics: Diagnostic[] = []
  return {
    nodes: root.children.filter((n) => n.type !== 'html' && n.type !== 'definition'),
    index: 0,
    diagnostics,
    report: (node, rule, message, severity = 'error') => {
      const p = pos(node)
      diagnostics.push({ severity, rule, message, file, line: p.start.line, column: p.start.column })
    }
  }
}
