/**
 * `parsePlan(markdown)`: a plan's Markdown edition -> plan tree + diagnostics.
 * unified and remark load only here (the `./parser` subpath), never in the
 * default entry.
 */
import type { Diagnostic } from '../schema/diagnostic.js'
import { PlanSchema, type Plan, type PlanNode } from '../schema/plan.js'
import { PlanError, describe } from '../errors.js'
import { own } from '../util/own.js'
import { visit, type Walkable } from '../util/visit.js'
import { checkPlan } from './check.js'
import { droppedConstructs, droppedNul } from './dropped.js'
import { fromMdast } from './from-mdast.js'
import { lazyBoxLines } from './lazy-box-lines.js'
import { parseLimits } from './limits.js'
import { readMarkdown } from './markdown.js'

export { parseMarkdown, readMarkdown, type MarkdownRead } from './markdown.js'
export { parseLimits, type ParseLimits } from './limits.js'

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

export function parsePlan(markdown: string, options: ParseOptions = {}): ParseResult {
  const file = fileOption(options)
  if (typeof markdown !== 'string') {
    const diagnostics: Diagnostic[] = [{ severity: 'error', rule: 'input', message: `parsePlan: markdown must be a string, got ${markdown === null ? 'null' : typeof markdown}`, file, line: 1, column: 1 }]
    const tree: Plan = { type: 'plan', id: 'plan', title: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, children: [] }
    return { tree, diagnostics, ok: false }
  }
  // The Markdown within the limits (limits.ts): what breaks one is reported and left out before remark reads it.
  const read = readMarkdown(markdown, file)
  const mdast = read.root
  const { tree, diagnostics } = fromMdast(mdast, file)
  diagnostics.push(...read.diagnostics)
  diagnostics.push(...droppedConstructs(mdast, file), ...droppedNul(markdown, file))
  diagnostics.push(...lazyBoxLines(mdast, markdown, file))
  diagnostics.push(...checkPlan(tree, file))
  diagnostics.push(...schemaIssues(tree, file))
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  return { tree, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') }
}

/** `options.file`, checked: bad markdown is reported as a diagnostic, but a bad option is the caller's mistake. */
function fileOption(options: unknown): string {
  if (options === undefined) return 'plan.md'
  let file: unknown
  try {
    if (options === null || typeof options !== 'object') throw new TypeError()
    // Own properties only: an `Object.prototype.file` set elsewhere in the process names no file.
    file = own(options as ParseOptions, 'file')
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    throw new PlanError('invalid-argument', 'options', `options must be an object such as { file: 'plan.md' }, got ${describe(options)}`)
  }
  if (file === undefined) return 'plan.md'
  if (typeof file !== 'string') throw new PlanError('invalid-argument', 'options.file', `options.file must be a string, got ${describe(file)}`)
  return file
}

/**
 * The tree against PlanSchema. zod checks a box item's nested items by
 * recursion, one level of the call stack per level of the tree: the limits
 * keep the tree shallow (a box item nests no deeper than the Markdown's
 * lists, at most `maxDepth`), and a deeper tree is not handed to it.
 */
function schemaIssues(tree: Plan, file: string): Diagnostic[] {
  let deepest = 0
  visit<PlanNode & Walkable>(tree, (_node, _parent, _index, depth) => {
    if (depth > deepest) deepest = depth
  })
  const most = parseLimits.maxDepth + TREE_LEVELS
  if (deepest > most) return [{ severity: 'error', rule: 'too-deep', message: `the tree is ${deepest} levels deep; its schema is checked up to ${most}`, file, line: 1, column: 1 }]
  const valid = PlanSchema.safeParse(withoutPrototypes(tree))
  if (valid.success) return []
  return valid.error.issues.slice(0, 20).map((issue) => {
    const at = positionAt(tree, issue.path)
    return { severity: 'error', rule: 'schema', message: `${issue.path.join('.')}: ${issue.message}`, file, line: at.line, column: at.column }
  })
}

/** Levels of the tree above a box's items: plan, chapter, section, box, and one to spare. */
const TREE_LEVELS = 5

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

/**
 * A copy of the tree whose objects have no prototype, for the schema check:
 * zod reads an optional key that a node does not have through the
 * prototype chain, so an `Object.prototype.marks` set elsewhere in the
 * process would fail a valid tree. The tree's depth is bounded (above), so
 * JSON's own recursion is safe here.
 */
function withoutPrototypes(tree: Plan): unknown {
  return JSON.parse(JSON.stringify(tree), (_key, value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null) as object, value) : value))
}
