/**
 * One fixture per construct of the parser, the way mdast-util-from-markdown
 * keeps them: test/fixtures/parse/<case>.md, named for what it proves, and
 * <case>.json, the tree and diagnostics `fromMdast` makes of it. A fixture
 * that holds part of a plan names the phase it starts at on its first line
 * (`<!-- from: body -->`; the parser skips HTML). Positions are written
 * `line:column-line:column` so that the expected files stay readable.
 *
 * After a deliberate change of the parser's output, rewrite the expected
 * files with `UPDATE_FIXTURES=1 npx vitest run test/parse-fixtures.test.ts`
 * and read every changed line of their diff before committing them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromMdast, phaseOrder, type Phase } from '../src/parse/from-mdast.js'
import { parseMarkdown, parsePlan } from '../src/parse/index.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { PlanSchema } from '../src/schema/plan.js'
import { read, root } from './helpers.js'

const dir = path.join(root, 'test/fixtures/parse')
const update = process.env.UPDATE_FIXTURES === '1'
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort()

/** `{ start, end }` -> `line:column-line:column`. */
function compactPositions(_key: string, value: unknown): unknown {
  const p = value as { start?: { line: number; column: number }; end?: { line: number; column: number } } | null
  if (p && typeof p === 'object' && p.start && p.end && Object.keys(p).length === 2) return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`
  return value
}

/** A JSON string, number, boolean or null, as JSON.stringify writes it. */
const PRIMITIVE = String.raw`(?:"(?:[^"\\\n]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)`
const PRIMITIVE_ARRAY = new RegExp(String.raw`\[\n\s+${PRIMITIVE}(?:,\n\s+${PRIMITIVE})*\n\s*\]`, 'g')

/** Two-space JSON, with arrays of plain values (cells, spans) on one line. */
function format(value: unknown): string {
  const json = JSON.stringify(value, compactPositions, 2)
  return json.replace(PRIMITIVE_ARRAY, (array) => `[${array.slice(1, -1).trim().split(/\n\s*/).join(' ')}]`) + '\n'
}

describe('parser fixtures (test/fixtures/parse)', () => {
  it('has a fixture per construct, each with its expected output', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12)
    const expected = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
    if (!update) expect(expected).toEqual(cases)
  })

  for (const name of cases) {
    it(`should parse ${name}`, () => {
      const markdown = fs.readFileSync(path.join(dir, `${name}.md`), 'utf8')
      const from = (/^<!-- from: (\w+) -->/.exec(markdown)?.[1] ?? 'header') as Phase
      expect(phaseOrder, 'the phase named on the first line').toContain(from)
      const { tree, diagnostics } = fromMdast(parseMarkdown(markdown), `test/fixtures/parse/${name}.md`, from)
      expect(PlanSchema.safeParse(tree).success, 'the tree fits the schema').toBe(true)
      const actual = format({ diagnostics, tree })
      const file = path.join(dir, `${name}.json`)
      if (update) fs.writeFileSync(file, actual)
      expect(JSON.parse(actual)).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')))
    })
  }

  it('should parse the example of corpus/README.md as a whole plan, with no diagnostics', () => {
    const example = /```markdown\n([\s\S]*?)```/.exec(read('corpus/README.md'))?.[1]
    expect(example, 'a ```markdown block in corpus/README.md').toBeDefined()
    const { tree, diagnostics } = parsePlan(example!, { file: 'corpus/README.md' })
    expect(diagnostics.map(formatDiagnostic)).toEqual([])
    const types = new Set(JSON.stringify(tree).match(/"type":"\w+"/g))
    for (const type of ['header', 'notice', 'toc', 'preamble', 'chapter', 'section', 'measure', 'box', 'boxItem', 'table', 'tableGroup', 'indicatorGroup', 'indicator', 'tableNote', 'closing'])
      expect(types, type).toContain(`"type":"${type}"`)
  })
})
