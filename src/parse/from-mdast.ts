/**
 * mdast -> plan tree. Reads the genre's printed conventions from the Markdown
 * edition (corpus/README.md describes them): the header, a `#` notice, the
 * `## 目录` with a nested list, the plan's `#` title and preamble,
 * `## 第X章` and `### 第X节` with bold-lead measures, `> **专栏 X-Y**` boxes
 * and `**表 X-Y**` tables, and the closing block after `---`.
 *
 * One phase per construct, one file each, run in document order over one
 * cursor (context.ts); each phase returns the top-level nodes it read. It
 * never throws on bad input: what it cannot place it reports as a diagnostic
 * with the Markdown position.
 */
import type { Root } from 'mdast'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Plan } from '../schema/plan.js'
import { body } from './body.js'
import { closing } from './closing.js'
import { createContext, type Context } from './context.js'
import { header } from './header.js'
import { notice } from './notice.js'
import { pos } from './position.js'
import { preamble } from './preamble.js'
import { toc } from './toc.js'

export interface FromMdastResult {
  tree: Plan
  diagnostics: Diagnostic[]
}

/** The phases, in the order a plan prints its parts. */
export const phaseOrder = ['header', 'notice', 'toc', 'preamble', 'body', 'closing'] as const
export type Phase = (typeof phaseOrder)[number]

const phases: Record<Phase, (context: Context) => Plan['children']> = { header, notice, toc, preamble, body, closing }

/**
 * @param root the Markdown edition's mdast
 * @param file the file name diagnostics name
 * @param from the phase to start at: `header` for a whole plan, a later one
 *   for a part of a plan (`body` reads chapters, `toc` a 目录 …)
 */
export function fromMdast(root: Root, file = 'plan.md', from: Phase = 'header'): FromMdastResult {
  const context = createContext(root, file)
  const children = phaseOrder.slice(phaseOrder.indexOf(from)).flatMap((phase) => phases[phase](context))
  const title = children.find((c) => c.type === 'preamble')?.title ?? ''
  const tree: Plan = { type: 'plan', id: 'plan', position: pos(root), title, children }
  return { tree, diagnostics: context.diagnostics }
}
