/**
 * Corpus fuzzing: mutations of the real plan.md (and of the corrected source
 * text the import reads), random strings and "keyword soup" built from the
 * genre's tokens. Every case must end in either an accepted tree that passes
 * PlanSchema and checkPlan and still has every heading its 目录 lists, or in
 * diagnostics that each name file:line:col, a kebab-case rule and a message.
 * Never an exception.
 *
 * Seeded and reproducible: the seed is fixed (override with FUZZ_SEED) and
 * printed; the number of runs comes from FUZZ_RUNS (default 100, what CI runs).
 * The full run: `FUZZ_RUNS=1000 npx vitest run test/fuzz-corpus.test.ts`.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { toMarkdown } from '../src/import/to-markdown.js'
import { applyErrata } from '../src/import/errata.js'
import { checkPlan } from '../src/parse/check.js'
import { parsePlan, type ParseResult } from '../src/parse/index.js'
import { ErrataSchema, StructureSchema } from '../src/schema/corpus.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { PlanSchema, type PlanNode } from '../src/schema/plan.js'
import { all, read } from './helpers.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20211009)
const RUNS = Number(process.env.FUZZ_RUNS ?? 100)
const FILE = 'corpus/huozhou-14th/plan.md'
const TIMEOUT = Math.max(60_000, RUNS * 400)
const params = (path?: string) => ({ seed: SEED, numRuns: RUNS, endOnFailure: true, ...(path ? { path } : {}) })

const plan = read(FILE)
const planLines = plan.split('\n')

/** Tallies printed at the end, so that a run shows what it exercised. */
const stats = { cases: 0, accepted: 0, withDiagnostics: 0, byRule: new Map<string, number>() }

/** Lines as remark counts them: \r\n, \r and \n all end a line. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length

/**
 * The contract of parsePlan on any input: an accepted tree that is valid and
 * complete, or diagnostics that point into the file.
 */
function assertContract(markdown: string, result: ParseResult): void {
  stats.cases++
  if (result.ok) {
    stats.accepted++
    const schema = PlanSchema.safeParse(result.tree)
    expect(schema.success, schema.success ? '' : schema.error.message).toBe(true)
    expect(checkPlan(result.tree, FILE).map(formatDiagnostic)).toEqual([])
    // No heading the 目录 lists may have gone missing silently.
    const byId = new Map(all(result.tree).map((n) => [n.id, n] as const))
    const toc = result.tree.children.find((c) => c.type === 'toc')
    for (const e of toc?.children ?? []) {
      if (e.type !== 'tocEntry') continue
      const target: PlanNode | undefined = byId.get(e.target)
      expect(target?.type, `目录 entry ${e.value} -> ${e.target}`).toBe(e.level)
    }
    return
  }
  stats.withDiagnostics++
  const lines = lineCount(markdown)
  expect(result.diagnostics.length).toBeGreaterThan(0)
  for (const d of result.diagnostics) {
    stats.byRule.set(d.rule, (stats.byRule.get(d.rule) ?? 0) + 1)
    const where = formatDiagnostic(d)
    expect(d.file, where).toBe(FILE)
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line out of range (${lines} lines): ${where}`).toBe(true)
    expect(Number.isInteger(d.column) && d.column >= 1, `column out of range: ${where}`).toBe(true)
    expect(d.rule, where).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(d.message.trim(), where).not.toBe('')
  }
}

function parseChecked(markdown: string): ParseResult {
  const result = parsePlan(markdown, { file: FILE })
  assertContract(markdown, result)
  return result
}

// ---------------------------------------------------------------------------
// Mutations of plan.md. Each carries raw random numbers; `apply` maps them onto
// whatever lines the (possibly already mutated) text has, so that combinations
// stay meaningful.

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '二十', '零', '百']
const CONTROL = Array.from({ length: 32 }, (_, k) => String.fromCharCode(k))
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff']

type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'renumber-heading'; at: number; numeral: number }
  | { op: 'drop-heading'; at: number }
  | { op: 'drop-cell' | 'add-cell'; at: number }
  | { op: 'unquote-box'; at: number; from: number }
  | { op: 'unclose-box'; at: number }
  | { op: 'group-count'; at: number; count: number }
  | { op: 'insert-char'; at: number; column: number; char: string }
  | { op: 'truncate'; at: number }
  | { op: 'hostile'; at: number; fragment: number }

const char = fc.oneof(fc.constantFrom(...CONTROL), fc.constantFrom(...SURROGATES))
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('renumber-heading' as const), at: fc.nat(), numeral: fc.nat() }),
  fc.record({ op: fc.constant('drop-heading' as const), at: fc.nat() }),
  fc.record({ op: fc.constantFrom('drop-cell' as const, 'add-cell' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('unquote-box' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ op: fc.constant('unclose-box' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('group-count' as const), at: fc.nat(), count: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ op: fc.constant('insert-char' as const), at: fc.nat(), column: fc.nat(), char }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('hostile' as const), at: fc.nat(), fragment: fc.nat() })
)

/** Lines that break a limit of the parser (limits.ts) or stress a pattern: each is reported where it stands, never thrown. */
const HOSTILE = [
  '>'.repeat(40) + ' 深',
  '> ' + '- '.repeat(40) + '项目',
  Array.from({ length: 40 }, (_, k) => '  '.repeat(k) + '- 项目').join('\n'),
  '*'.repeat(600) + '强' + '*'.repeat(600),
  '[a]'.repeat(300),
  '> **专栏 3-1 测试**\n> - 项目\n' + '续行\n'.repeat(70),
  '|' + ' 1 |'.repeat(80),
  '推'.repeat(70_000),
  '**表 1-1' + '\u3000'.repeat(3000) + '\nx\ny**',
  '- 第一章' + ' '.repeat(3000) + '\n  x\n  y',
  '- a\n\n  ```\n  code'
]

/** Indices of lines that satisfy `test`. */
const where = (lines: string[], test: (l: string) => boolean) => lines.flatMap((l, k) => (test(l) ? [k] : []))
const pick = (list: number[], n: number) => (list.length ? list[n % list.length] : undefined)

function apply(lines: string[], m: Mutation): string[] {
  const out = [...lines]
  const any = out.length ? m.at % out.length : 0
  switch (m.op) {
    case 'delete':
      out.splice(any, 1)
      return out
    case 'duplicate':
      out.splice(any, 0, out[any] ?? '')
      return out
    case 'swap': {
      const b = out.length ? m.with % out.length : 0
      ;[out[any], out[b]] = [out[b] ?? '', out[any] ?? '']
      return out
    }
    case 'renumber-heading': {
      const k = pick(where(out, (l) => /^#{2,3} 第/.test(l)), m.at)
      if (k !== undefined) out[k] = out[k]!.replace(/^(#{2,3} 第)[一二三四五六七八九十百零〇]+/, `$1${NUMERALS[m.numeral % NUMERALS.length]}`)
      return out
    }
    case 'drop-heading': {
      const k = pick(where(out, (l) => /^#{1,3} /.test(l)), m.at)
      if (k !== undefined) out.splice(k, 1)
      return out
    }
    case 'drop-cell':
    case 'add-cell': {
      const k = pick(where(out, (l) => l.startsWith('| ') && !l.startsWith('| ---')), m.at)
      if (k !== undefined) out[k] = m.op === 'drop-cell' ? out[k]!.replace(/\|[^|]*\|$/, '|') : out[k] + ' extra |'
      return out
    }
    case 'unquote-box': {
      // Drop the `> ` prefix from the lines of one box, from one of its lines on.
      const k = pick(where(out, (l) => l.startsWith('> **专栏')), m.at)
      if (k === undefined) return out
      let end = k
      while (end + 1 < out.length && out[end + 1]!.startsWith('>')) end++
      for (let j = k + (m.from % (end - k + 1)); j <= end; j++) out[j] = out[j]!.replace(/^> ?/, '')
      return out
    }
    case 'unclose-box': {
      // Remove the blank line after a box, so that lazy continuation runs on.
      const k = pick(where(out, (l) => l.startsWith('> **专栏')), m.at)
      if (k === undefined) return out
      let end = k
      while (end + 1 < out.length && out[end + 1]!.startsWith('>')) end++
      if (out[end + 1] === '') out.splice(end + 1, 1)
      return out
    }
    case 'group-count': {
      const k = pick(where(out, (l) => /[（(]\s*\d+\s*[项个条]\s*[)）]/.test(l)), m.at)
      if (k !== undefined) out[k] = out[k]!.replace(/([（(]\s*)\d+(\s*[项个条])/, `$1${m.count}$2`)
      return out
    }
    case 'insert-char': {
      const line = out[any] ?? ''
      const col = m.column % (line.length + 1)
      out[any] = line.slice(0, col) + m.char + line.slice(col)
      return out
    }
    case 'truncate':
      return out.slice(0, out.length ? m.at % out.length : 0)
    case 'hostile':
      out.splice(any, 0, '', ...HOSTILE[m.fragment % HOSTILE.length]!.split('\n'), '')
      return out
  }
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 })
/** toMarkdown cases run (the import property). */
let importCases = 0

afterAll(() => {
  const rules = [...stats.byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}: ${n}`).join(', ')
  console.log(
    `fuzz-corpus seed=${SEED} runs=${RUNS}: ${stats.cases} parsePlan cases, ${stats.accepted} trees accepted, ${stats.withDiagnostics} with diagnostics; ` +
      `diagnostics by rule: ${rules}; toMarkdown cases: ${importCases}`
  )
})

describe(`corpus fuzzing (seed ${SEED}, ${RUNS} runs per property)`, () => {
  it('the unmutated plan.md is accepted', () => {
    expect(parseChecked(plan).ok).toBe(true)
  })

  it('mutations of plan.md end in a valid tree or in placed diagnostics', () => {
    console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`)
    fc.assert(
      fc.property(mutations, (ms) => {
        const lines = ms.reduce(apply, planLines)
        const t = performance.now()
        parseChecked(lines.join('\n'))
        // Not asserted (no timing assertions); printed so that a pathological input shows up.
        const took = performance.now() - t
        if (took > 2000) console.log(`slow case ${took.toFixed(0)} ms: ${JSON.stringify(ms)}`)
      }),
      params()
    )
  }, TIMEOUT)

  it('each mutation kind alone is caught: a dropped heading, an unclosed box, a wrong count', () => {
    // One deterministic case per kind, so that a reader sees what each does and which rule catches it.
    const cases: Array<[Mutation, string]> = [
      [{ op: 'drop-heading', at: 20 }, 'toc-mismatch'],
      [{ op: 'unquote-box', at: 0, from: 1 }, 'unexpected-block'],
      // 专栏 4-1 is followed by a measure: without the blank line, lazy continuation pulls it into the box, which box-unclosed reports.
      [{ op: 'unclose-box', at: 1 }, 'box-unclosed'],
      [{ op: 'group-count', at: 0, count: 6 }, 'count-mismatch'],
      [{ op: 'renumber-heading', at: 3, numeral: 7 }, 'number-gap'],
      // 第零节: the schema issue is placed at the section's heading, not at 1:1.
      [{ op: 'renumber-heading', at: 1, numeral: 15 }, 'schema']
    ]
    for (const [m, rule] of cases) {
      const md = apply(planLines, m).join('\n')
      const r = parseChecked(md)
      expect(r.ok, m.op).toBe(false)
      const d = r.diagnostics.find((x) => x.rule === rule)
      expect(d, `${m.op}: ${r.diagnostics.map(formatDiagnostic).join('\n')}`).toBeDefined()
      expect(d!.line, formatDiagnostic(d!)).toBeGreaterThan(1)
    }
  })

  it('random strings (binary code points, graphemes, controls and lone surrogates) never throw', () => {
    const nasty = fc.string({ unit: fc.oneof(fc.constantFrom(...CONTROL, ...SURROGATES, '\n', '#', '|', '>', '*'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) })
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), nasty), (s) => {
        parseChecked(s)
      }),
      params()
    )
  }, TIMEOUT)

  it('keyword soup of genre tokens never throws', () => {
    const numeral = fc.constantFrom(...NUMERALS)
    const token = fc.oneof(
      numeral.map((n) => `## 第${n}章 标题`),
      numeral.map((n) => `### 第${n}节 标题`),
      fc.tuple(fc.nat(20), fc.nat(20)).map(([x, y]) => `> **专栏 ${x}-${y} 工程**`),
      fc.constantFrom(
        '# 某县国民经济和社会发展第十四个五年规划纲要',
        '## 目录',
        '| a | b |',
        '| --- | --- |',
        '| 一、经济发展（5 项） |  |',
        '| 1. 地区生产总值 | 9 |',
        '| 城镇化率 |  |',
        '**表 1-1 主要指标**',
        '注：1. 说明',
        '2. 说明',
        '---',
        '',
        '> - **工程**。内容',
        '>',
        '**重点**。正文。',
        '抄送：市委'
      ),
      numeral.map((n) => `- 第${n}章 x 5`),
      numeral.map((n) => `  - 第${n}节 x..... 7`)
    )
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.constantFrom('\n', '\n\n'), (tokens, sep) => {
        parseChecked(tokens.join(sep))
      }),
      params()
    )
  }, TIMEOUT)
})

// ---------------------------------------------------------------------------
// The import (text -> Markdown) on mutations of the corrected source text.

describe(`import fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  const source = read('corpus/huozhou-14th/source.txt')
  const errata = ErrataSchema.parse(JSON.parse(read('corpus/huozhou-14th/errata.json')))
  const structure = StructureSchema.parse(JSON.parse(read('corpus/huozhou-14th/structure.json')))
  const corrected = applyErrata(source, errata.entries)
  const textLines = corrected.text.split('\n')

  type TextMutation =
    | { op: 'delete' | 'duplicate' | 'blank' | 'untab' | 'tab'; at: number }
    | { op: 'swap'; at: number; with: number }
    | { op: 'insert-char'; at: number; column: number; char: string }
    | { op: 'truncate'; at: number }
  | { op: 'hostile'; at: number; fragment: number }
  const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'blank' as const, 'untab' as const, 'tab' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ op: fc.constant('insert-char' as const), at: fc.nat(), column: fc.nat(), char: fc.oneof(char, fc.constantFrom('\t', '专栏 4-1', '表 1-1', '第三章 ', '**', '注：')) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() })
  )
  const applyText = (lines: string[], m: TextMutation): string[] => {
    const out = [...lines]
    const k = out.length ? m.at % out.length : 0
    switch (m.op) {
      case 'delete':
        out.splice(k, 1)
        break
      case 'duplicate':
        out.splice(k, 0, out[k] ?? '')
        break
      case 'blank':
        out.splice(k, 0, '')
        break
      case 'untab':
        out[k] = (out[k] ?? '').replace(/\t/g, ' ')
        break
      case 'tab':
        out[k] = (out[k] ?? '') + '\t'
        break
      case 'swap': {
        const b = out.length ? m.with % out.length : 0
        ;[out[k], out[b]] = [out[b] ?? '', out[k] ?? '']
        break
      }
      case 'insert-char': {
        const line = out[k] ?? ''
        const col = m.column % (line.length + 1)
        out[k] = line.slice(0, col) + m.char + line.slice(col)
        break
      }
      case 'truncate':
        return out.slice(0, out.length ? m.at % out.length : 0)
    }
    return out
  }

  it('toMarkdown of the corrected source is what plan.md holds', () => {
    expect(corrected.diagnostics).toEqual([])
    expect(toMarkdown(corrected.text, structure).markdown).toBe(plan)
  })

  it('toMarkdown never throws on mutated text, and its Markdown parses without throwing', () => {
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const text = ms.reduce(applyText, textLines).join('\n')
        const { markdown, diagnostics } = toMarkdown(text, structure)
        importCases++
        expect(typeof markdown).toBe('string')
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1)
          expect(d.rule).toMatch(/^[a-z]+(-[a-z]+)*$/)
        }
        parseChecked(markdown)
      }),
      params()
    )
  }, TIMEOUT)

  it('toMarkdown never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof toMarkdown(s, structure).markdown).toBe('string')
      }),
      params()
    )
  }, TIMEOUT)
})
