/**
 * Hostile input: parsePlan returns a tree or located diagnostics for each of
 * the inputs that crashed or stalled it (a box whose list markers nest 1,000
 * deep, 6,000 `>`, a list nested 1,000 deep by indentation, tables of
 * 100,000 and 200,000 rows) and their relatives, and holds each limit
 * (limits.ts) exactly: at the limit it reads, one past it it reports the
 * limit at its place and reads the rest.
 *
 * The inputs (test/hostile-cases.ts) are parsed in a child process with a
 * generous timeout, so that a hang fails here instead of holding the run;
 * no assertion is about time (the growth bench measures it).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseLimits } from '../src/parse/limits.js'
import { BOX_LINE, TABLE_LINE, cases, type CaseResult } from './hostile-cases.js'
import { root } from './helpers.js'

const { maxDepth, maxMarkers, maxLazyLines, maxItems, maxLength, maxBlockLength } = parseLimits
const LIMIT_RULES = ['input-too-large', 'block-too-large', 'too-deep', 'too-many-markers', 'too-many-lazy-lines', 'too-many-items', 'table-too-wide']

let results: Map<string, CaseResult>

beforeAll(() => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/hostile-cases.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  if (child.error || child.status !== 0) throw new Error(`the hostile cases did not finish (${child.error?.message ?? `exit ${child.status}`}): a hang or a crash. ${child.stderr.slice(0, 2000)}`)
  const list = JSON.parse(child.stdout) as CaseResult[]
  results = new Map(list.map((r) => [r.name, r]))
  console.log(list.map((r) => `${r.name}: ${r.length} characters, ${r.ms.toFixed(0)} ms`).join('\n'))
}, 130_000)

const result = (name: string): CaseResult => {
  const r = results.get(name)
  if (!r) throw new Error(`no hostile case named ${name}`)
  return r
}
const limitRules = (r: CaseResult) => r.diagnostics!.filter((d) => LIMIT_RULES.includes(d.rule))
/** The one limit a case breaks, with its place. */
const broken = (name: string) => {
  const limits = limitRules(result(name))
  expect(limits, `${name}: ${JSON.stringify(result(name).diagnostics)}`).toHaveLength(1)
  return limits[0]!
}

describe('hostile input', () => {
  it('every case returns a tree and located diagnostics: no exception, a tree that passes its schema', () => {
    expect(result('the plan itself')).toMatchObject({ ok: true, diagnostics: [] })
    expect(results.size).toBe(cases.length)
    for (const r of results.values()) {
      expect(r.threw, r.name).toBeUndefined()
      expect(r.schemaValid, r.name).toBe(true)
      for (const d of r.diagnostics!) {
        expect(d.line >= 1 && d.column >= 1, `${r.name}: ${JSON.stringify(d)}`).toBe(true)
        expect(d.message.trim(), r.name).not.toBe('')
        if (LIMIT_RULES.includes(d.rule)) expect(d.severity, r.name).toBe('error')
      }
    }
  })

  it('list markers nested 1,000 deep in a box: too-deep where the 33rd container opens; the other boxes are read', () => {
    expect(broken('list markers 1,000 deep in a box')).toMatchObject({ rule: 'too-deep', line: BOX_LINE + 2, column: 2 + 2 * (maxDepth - 1) + 1 })
    expect(result('list markers 1,000 deep in a box').boxes).toBe(result('the plan itself').boxes! - 1)
  })

  it('6,000 > on one line: too-deep at the 33rd', () => {
    expect(broken('6,000 > on one line')).toMatchObject({ rule: 'too-deep', line: 1, column: maxDepth + 1 })
  })

  it('a list nested 1,000 deep by indentation (1 MB): too-deep at its 33rd line, read no further', () => {
    expect(broken('a list nested 1,000 deep by indentation (1 MB)')).toMatchObject({ rule: 'too-deep', line: maxDepth + 1, column: 1 })
  })

  it('tables of 100,000 and 200,000 rows: longer than a plan may be, refused whole at the character where the limit falls', () => {
    for (const name of ['a 100,000-row table (4 MB)', 'a 200,000-row table']) {
      const d = broken(name)
      expect(d.rule).toBe('input-too-large')
      expect(d.message).toContain(String(result(name).length))
      expect(d.line).toBeGreaterThan(1)
    }
  })

  it('a table as long as a block may be is read row by row; one block longer is left out at its first row', () => {
    const long = result('a table as long as a block may be')
    expect(limitRules(long)).toEqual([])
    expect(long.indicators).toBeGreaterThan(1900)
    const tooLong = result('a table one block too long')
    expect(broken('a table one block too long')).toMatchObject({ rule: 'block-too-large', line: TABLE_LINE })
    expect(tooLong.rules!['table-missing']).toBe(1)
  })

  it('a table 1,000 columns wide is left out (table-too-wide); one as wide as allowed is read', () => {
    expect(broken('a table 1,000 columns wide')).toMatchObject({ rule: 'table-too-wide', line: TABLE_LINE })
    const all = result('the plan itself').indicators!
    expect(result('a table 1,000 columns wide').indicators).toBeLessThan(all)
    expect(limitRules(result('a table as wide as allowed'))).toEqual([])
    expect(result('a table as wide as allowed').indicators).toBeGreaterThan(all)
  })

  it('emphasis nested 10,000 deep: too-many-markers at the first marker past the limit', () => {
    expect(broken('emphasis 10,000 deep')).toMatchObject({ rule: 'too-many-markers', line: 1, column: maxMarkers + 1 })
  })

  it('box items nest as deep as allowed and pass the schema; one level deeper is too-deep', () => {
    const deep = result('box items nested as deep as allowed')
    expect(deep.ok).toBe(true)
    expect(deep.itemDepth).toBe(maxDepth - 1)
    expect(broken('box items nested one too deep')).toMatchObject({ rule: 'too-deep', line: BOX_LINE + 2 + maxDepth - 1, column: 2 * maxDepth + 1 })
  })

  it('markers, lazy lines and list items: read at the limit, reported one past it', () => {
    expect(result('markers as many as allowed').ok).toBe(true)
    expect(broken('markers one too many')).toMatchObject({ rule: 'too-many-markers', line: BOX_LINE, column: (6 * maxMarkers) / 4 + 1 })
    // Lazy lines in a box are an error of their own (box-unclosed), but no limit.
    expect(limitRules(result('lazy lines as many as allowed'))).toEqual([])
    expect(result('lazy lines as many as allowed').rules).toEqual({ 'box-unclosed': maxLazyLines })
    expect(broken('lazy lines one too many')).toMatchObject({ rule: 'too-many-lazy-lines', line: BOX_LINE + 3 + maxLazyLines })
    expect(result('list items as many as allowed').ok).toBe(true)
    expect(broken('list items one too many')).toMatchObject({ rule: 'too-many-items', line: BOX_LINE + 2 + maxItems })
  })

  it('lines and texts: read at the limit, refused one character past it', () => {
    expect(result('a line as long as a block may be').ok).toBe(true)
    expect(result('a line as long as a block may be').longestValue).toBe(maxBlockLength - 10)
    expect(broken('a line longer than a block may be')).toMatchObject({ rule: 'block-too-large', line: BOX_LINE, column: 1 })
    expect(result('as long as allowed')).toMatchObject({ length: maxLength, ok: true })
    expect(broken('one character too long')).toMatchObject({ rule: 'input-too-large' })
  })

  it('many headings and boxes are read, each in its place', () => {
    const headings = result('3,000 headings without a blank line')
    expect(limitRules(headings)).toEqual([])
    expect(Object.keys(headings.rules!).sort()).toEqual(['duplicate-id', 'number-gap', 'toc-mismatch'])
    expect(result('2,400 one-line boxes')).toMatchObject({ ok: true, boxes: 2400 })
  })

  it('after a fence indented under a list item no block starts, and the message says where', () => {
    const d = broken('a fence under a list item, then no blank line for a long while')
    expect(d).toMatchObject({ rule: 'block-too-large', line: 1 })
    expect(d.message).toContain('after line 3')
  })

  it('runs of 20,000 spaces where the patterns read spaces: read (the expressions they replaced took 70 s at 4,000)', () => {
    const r = result('runs of 20,000 spaces in a 目录 entry, captions, a group row, a cell and a note')
    expect(limitRules(r)).toEqual([])
    // Captions and an entry broken by line breaks are not captions or entries: said so, as at any length.
    expect(Object.keys(r.rules!).sort()).toEqual(['box-caption', 'toc-entry', 'toc-mismatch', 'unexpected-block'])
  })

  it('control characters, a lone surrogate, CR line ends and a byte order mark: read, U+0000 reported', () => {
    const r = result('control characters, lone surrogates, CR line ends and a BOM')
    expect(r.ok).toBe(true)
    expect(r.diagnostics!.map((d) => [d.rule, d.line])).toEqual([['dropped-nul', BOX_LINE]])
  })
})
