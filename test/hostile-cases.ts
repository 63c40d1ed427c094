/**
 * The hostile inputs of test/hostile.test.ts, and the child process that
 * parses them: the test runs this file with a generous timeout, so that a
 * hang fails the test instead of holding the run, and asserts on what it
 * prints.
 *
 *   node --import tsx test/hostile-cases.ts      prints one JSON summary per case
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePlan } from '../src/parse/index.js'
import { parseLimits } from '../src/parse/limits.js'
import { PlanSchema, type PlanNode } from '../src/schema/plan.js'
import { visit, type Walkable } from '../src/util/visit.js'
import { shapes } from '../scripts/bench/growth-shapes.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const plan = fs.readFileSync(path.join(here, '../corpus/huozhou-14th/plan.md'), 'utf8')
const lines = (n: number, line: (k: number) => string) => Array.from({ length: n }, (_, k) => line(k)).join('\n')
const { maxLength, maxDepth, maxMarkers, maxLazyLines, maxItems, maxTableColumns, maxBlockLength } = parseLimits

/** The line of the plan's first box (专栏 3-1), where `inPlan` puts a block. */
export const BOX_LINE = plan.slice(0, plan.indexOf('> **专栏')).split('\n').length

/** The real plan with its first box (专栏 3-1) replaced by `block`. */
function inPlan(block: string): string {
  const at = plan.indexOf('> **专栏')
  return plan.slice(0, at) + block + plan.slice(plan.indexOf('\n\n', at))
}

/** The line of 表 1-1's first row (its caption, a blank line, then the table). */
export const TABLE_LINE = plan.slice(0, plan.indexOf('**表 1-1')).split('\n').length + 2

/** The real plan with `rows` put into 表 1-1 after its header. */
function inTable(rows: string): string {
  return plan.replace(/(\*\*表 1-1[^\n]*\n\n(?:\|[^\n]*\n){2})/, (m) => m + rows)
}

const ROW = '| 1 | x | 1 | 2 | 3 | 4 | 预期性 |\n'
/** Paragraphs of one long line after the plan, to `length` characters in all. */
const filled = (length: number) => {
  const paragraph = '推'.repeat(60_000) + '\n\n'
  const text = plan + '\n' + paragraph.repeat(Math.ceil((length - plan.length) / paragraph.length))
  return text.slice(0, length)
}
/** The plan with `run` (spaces) where the genre's patterns read spaces, before text they cannot end with. */
function spaced(run: string): string {
  return plan
    .replace(/^- 第一章 .*$/m, `- 第一章${run}\n  x\n  y`)
    .replace('> **专栏 3-1', `> **专栏 3-1${run}\n> x\n> y`)
    .replace('**表 1-1', `**表 1-1${run}\nx\ny`)
    .replace('| 一、经济发展（5 项）', `| 一、${run}经济发展 x`)
    .replace('| 69.57\\*\\* |', `| 69.57${run}x |`)
    .replace(/^注：1\./m, `注：1. *为${run}\ny，`)
}
const box = (body: string) => `> **专栏 3-1 测试**\n>\n${body}`
const shape = (name: string, scale: number) => shapes.find((s) => s.name === name)!.make(scale)

/** Each case: a name and its Markdown. */
export const cases: ReadonlyArray<{ name: string; markdown: () => string }> = [
  // What the others are held to.
  { name: 'the plan itself', markdown: () => plan },
  // What remark or zod crashed or stalled on.
  { name: 'list markers 1,000 deep in a box', markdown: () => inPlan(box('> ' + '- '.repeat(1000) + '项目')) },
  { name: '6,000 > on one line', markdown: () => '>'.repeat(6000) + ' x' },
  { name: 'a list nested 1,000 deep by indentation (1 MB)', markdown: () => lines(1000, (k) => '  '.repeat(k) + '- a') },
  { name: 'a 200,000-row table', markdown: () => inTable('| 1 | x | 1 | 2 | 3 | 4 | 预期性 |\n'.repeat(200_000)) },
  { name: 'a 100,000-row table (4 MB)', markdown: () => inTable('| 29. 指标（%） | 0 | \\<0.2 | - | 0.086 | \\[0.086\\] | 约束性 |\n'.repeat(100_000)) },
  // Relatives.
  { name: 'emphasis 10,000 deep', markdown: () => '*'.repeat(10_000) + 'x' + '*'.repeat(10_000) },
  { name: 'a table 1,000 columns wide', markdown: () => inTable(`|${' 1 |'.repeat(1000)}\n`) },
  { name: 'a table as long as a block may be', markdown: () => inTable(ROW.repeat(Math.floor((maxBlockLength - 3_000) / ROW.length))) },
  { name: 'a table one block too long', markdown: () => inTable(ROW.repeat(30_000)) },
  { name: 'a line as long as a block may be', markdown: () => inPlan('推'.repeat(maxBlockLength - 10)) },
  { name: 'a line longer than a block may be', markdown: () => inPlan('推'.repeat(maxBlockLength + 1)) },
  { name: 'box items nested as deep as allowed', markdown: () => inPlan(box(lines(maxDepth - 1, (d) => `> ${'  '.repeat(d)}- 项目${d}`))) },
  { name: 'box items nested one too deep', markdown: () => inPlan(box(lines(maxDepth, (d) => `> ${'  '.repeat(d)}- 项目${d}`))) },
  { name: 'markers as many as allowed', markdown: () => inPlan('**霍州**'.repeat(maxMarkers / 4)) },
  { name: 'markers one too many', markdown: () => inPlan('**霍州**'.repeat(maxMarkers / 4) + '*') },
  { name: 'lazy lines as many as allowed', markdown: () => inPlan(box('> - 项目\n' + lines(maxLazyLines, () => '续行'))) },
  { name: 'lazy lines one too many', markdown: () => inPlan(box('> - 项目\n' + lines(maxLazyLines + 1, () => '续行'))) },
  { name: 'list items as many as allowed', markdown: () => inPlan(box(lines(maxItems, (k) => `> - 项目${k}`))) },
  { name: 'list items one too many', markdown: () => inPlan(box(lines(maxItems + 1, (k) => `> - 项目${k}`))) },
  { name: 'a table as wide as allowed', markdown: () => inTable(`|${' 1 |'.repeat(maxTableColumns)}\n`) },
  { name: 'as long as allowed', markdown: () => filled(maxLength) },
  { name: 'one character too long', markdown: () => filled(maxLength + 1) },
  { name: '3,000 headings without a blank line', markdown: () => shape('many headings', 10) },
  { name: '2,400 one-line boxes', markdown: () => shape('one-line boxes', 16) },
  { name: 'a fence under a list item, then no blank line for a long while', markdown: () => '- a\n\n  ```\n  code\n\n' + '  推进\n'.repeat(maxBlockLength / 5) },
  { name: 'runs of 20,000 spaces in a 目录 entry, captions, a group row, a cell and a note', markdown: () => spaced('\u3000'.repeat(20_000)) },
  { name: 'control characters, lone surrogates, CR line ends and a BOM', markdown: () => '\ufeff' + inPlan('\u0000\u0001\ud800项目\u000b').replace(/\n/g, '\r') }
]

export interface CaseResult {
  name: string
  length: number
  ms: number
  threw?: string
  ok?: boolean
  diagnostics?: Array<{ severity: string; rule: string; line: number; column: number; message: string }>
  /** How many diagnostics each rule gave. */
  rules?: Record<string, number>
  boxes?: number
  indicators?: number
  /** The deepest chain of box items. */
  itemDepth?: number
  /** The longest paragraph or measure value. */
  longestValue?: number
  schemaValid?: boolean
}

function summarise(name: string, markdown: string): CaseResult {
  const t0 = performance.now()
  let result: ReturnType<typeof parsePlan>
  try {
    result = parsePlan(markdown)
  } catch (error) {
    return { name, length: markdown.length, ms: performance.now() - t0, threw: String(error) }
  }
  const ms = performance.now() - t0
  const rules: Record<string, number> = {}
  for (const d of result.diagnostics) rules[d.rule] = (rules[d.rule] ?? 0) + 1
  let boxes = 0
  let indicators = 0
  let itemDepth = 0
  let longestValue = 0
  const levels = new Map<PlanNode, number>()
  visit<PlanNode & Walkable>(result.tree, (node, parent) => {
    if (node.type === 'box') boxes++
    if (node.type === 'indicator') indicators++
    if (node.type === 'boxItem') {
      const level = (parent && levels.get(parent)) ?? 0
      levels.set(node, level + 1)
      itemDepth = Math.max(itemDepth, level + 1)
    }
    if ((node.type === 'paragraph' || node.type === 'measure') && node.value.length > longestValue) longestValue = node.value.length
  })
  return {
    name,
    length: markdown.length,
    ms,
    ok: result.ok,
    diagnostics: result.diagnostics.slice(0, 40).map(({ severity, rule, line, column, message }) => ({ severity, rule, line, column, message })),
    rules,
    boxes,
    indicators,
    itemDepth,
    longestValue,
    schemaValid: PlanSchema.safeParse(result.tree).success
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = cases.map((c) => summarise(c.name, c.markdown()))
  process.stdout.write(JSON.stringify(out))
}
