/**
 * `parsePlan(markdown)`: a plan's Markdown edition -> plan tree + diagnostics.
 * unified and remark load only here (the `./parser` subpath), never in the
 * default entry.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Diagnostic } from '../schema/diagnostic.js'
import { PlanSchema, type Plan } from '../schema/plan.js'
import { checkPlan } from './check.js'
import { fromMdast } from './from-mdast.js'

export interface ParseOptions {
  /** The file name diagnostics name (default `plan.md`). */
  file?: string
}

export interface ParseResult {
  /** The tree; present even when there are diagnostics, so tools can show what was read. */
  tree: Plan
  diagnostics: Diagnostic[]
  /** True when no diagnostic is an error. */
  ok: boolean
}

const processor = unified().use(remarkParse).use(remarkGfm)

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

export function parsePlan(markdown: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? 'plan.md'
  if (typeof markdown !== 'string') {
    const diagnostics: Diagnostic[] = [{ severity: 'error', rule: 'input', message: `parsePlan: markdown must be a string, got ${markdown === null ? 'null' : typeof markdown}`, file, line: 1, column: 1 }]
    const tree: Plan = { type: 'plan', id: 'plan', title: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, children: [] }
    return { tree, diagnostics, ok: false }
  }
  const { tree, diagnostics } = fromMdast(parseMarkdown(markdown), file)
  diagnostics.push(...checkPlan(tree, file))
  const valid = PlanSchema.safeParse(tree)
  if (!valid.success)
    for (const issue of valid.error.issues.slice(0, 20))
      diagnostics.push({ severity: 'error', rule: 'schema', message: `${issue.path.join('.')}: ${issue.message}`, file, line: 1, column: 1 })
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  return { tree, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') }
}
