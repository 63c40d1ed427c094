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
import { PlanError, describe } from '../errors.js'
import { checkPlan } from './check.js'
import { fromMdast } from './from-mdast.js'
import { lazyBoxLines } from './lazy-box-lines.js'

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

/**
 * The plugin itself. In ESM a default import is the plugin; the CommonJS
 * build require()s these ESM-only packages (Node 20.19+), and the bundler's
 * interop then hands over their namespace, whose `default` is the plugin.
 */
function plugin<T>(imported: T): T {
  return typeof imported === 'function' ? imported : (imported as unknown as { default: T }).default
}

const processor = unified().use(plugin(remarkParse)).use(plugin(remarkGfm))

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

export function parsePlan(markdown: string, options: ParseOptions = {}): ParseResult {
  const file = fileOption(options)
  if (typeof markdown !== 'string') {
    const diagnostics: Diagnostic[] = [{ severity: 'error', rule: 'input', message: `parsePlan: markdown must be a string, got ${markdown === null ? 'null' : typeof markdown}`, file, line: 1, column: 1 }]
    const tree: Plan = { type: 'plan', id: 'plan', title: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, children: [] }
    return { tree, diagnostics, ok: false }
  }
  const mdast = parseMarkdown(markdown)
  const { tree, diagnostics } = fromMdast(mdast, file)
  diagnostics.push(...lazyBoxLines(mdast, markdown, file))
  diagnostics.push(...checkPlan(tree, file))
  const valid = PlanSchema.safeParse(tree)
  if (!valid.success)
    for (const issue of valid.error.issues.slice(0, 20)) {
      const at = positionAt(tree, issue.path)
      diagnostics.push({ severity: 'error', rule: 'schema', message: `${issue.path.join('.')}: ${issue.message}`, file, line: at.line, column: at.column })
    }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  return { tree, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') }
}

/** `options.file`, checked: bad markdown is reported as a diagnostic, but a bad option is the caller's mistake. */
function fileOption(options: unknown): string {
  if (options === undefined) return 'plan.md'
  let file: unknown
  try {
    if (options === null || typeof options !== 'object') throw new TypeError()
    file = (options as ParseOptions).file
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    throw new PlanError('invalid-argument', 'options', `options must be an object such as { file: 'plan.md' }, got ${describe(options)}`)
  }
  if (file === undefined) return 'plan.md'
  if (typeof file !== 'string') throw new PlanError('invalid-argument', 'options.file', `options.file must be a string, got ${describe(file)}`)
  return file
}

/** The place of the deepest node on a schema issue's path (the tree's start when none has one). */
function positionAt(tree: Plan, path: readonly PropertyKey[]): { line: number; column: number } {
  let at = { line: 1, column: 1 }
  let value: unknown = tree
  for (const key of [undefined, ...path]) {
    if (key !== undefined) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
    const start = (value as { position?: { start?: { line?: unknown; column?: unknown } } } | undefined)?.position?.start
    if (typeof start?.line === 'number' && typeof start.column === 'number' && start.line >= 1 && start.column >= 1) at = { line: start.line, column: start.column }
  }
  return at
}
