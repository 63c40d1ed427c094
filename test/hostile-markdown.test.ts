/**
 * readMarkdown hands remark a few top-level blocks at a time (so that its
 * cost grows with the text): the mdast must be the one remark makes of the
 * whole text, positions included. Checked on the corpus, every fixture, and
 * random documents made of the lines that make Markdown's block structure
 * hard to cut (fences, HTML blocks, lazy lines, list items at the margin,
 * tables, headings without blank lines, definitions and references across
 * blocks, CR and CRLF line ends), each block read alone.
 *
 * Seeded (FUZZ_SEED) and sized (FUZZ_RUNS) as test/fuzz-corpus.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../src/parse/markdown.js'
import { parseLimits } from '../src/parse/limits.js'
import { scan } from '../src/parse/scan.js'
import { read, root } from './helpers.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20211009)
const RUNS = Number(process.env.FUZZ_RUNS ?? 100)
const whole = unified().use(remarkParse).use(remarkGfm)

/** The whole-text mdast and the piecewise one, as JSON (one block a piece: the hardest case). */
function both(markdown: string): [string, string] {
  return [JSON.stringify(whole.parse(markdown)), JSON.stringify(readMarkdown(markdown, 'x.md', parseLimits, 1).root)]
}

const LINES = [
  '', '', '', '  ', '\t', 'text', '中文段落。', '> a', '>', '> - x', '>   - y', '> > a', '>\t> c', '> ```', '> [a]: /q', '- a', '  - b', '   - x', '    c',
  '  cont', '    cont', '1. a', '1.  a', '2) b', '10. ten', '+ c', '* d', '-', '- ```', '- > q', '- [ ] task', '\t- t', '```', '```js', '  ```', '   ```',
  '~~~', '~~~~', '````', '`````x', '   ~~~', '<!--', '-->', '  <!--', '<div>', '</div>', '<div>x</div>', '<pre>', '  <pre>', '</pre>', '<?x', '?>', '<!X',
  '<![CDATA[', ']]>', '<script>', '</script>', '<style>', '</style>', '<span>', '<del>', 'foo <!-- x -->', '# h', '## 第一章 x', '###### z', '#no', ' # h',
  '# h #', '#', '---', '===', '***', '* * *', '| a | b |', '| - | - |', '|c|', '| x |', 'a | b', '--|--', '[a]: /u', '[A]', '[a][]', '[b]: /v "t"',
  '[^1]', '[^1]: note', '[x', 'y]: /z', '[a]:', '/u', '"title"', '-', '*', '+', '1.', '2.', '0.', '01. a', '1) b', '3) c', '    code', '*a*', '**b**', '_c_', '~~d~~', 'a  ', 'a\\', '<https://x.y>', 'www.x.com',
  '![i](u)', '[l](u)', '`code`', '``', '&amp;', '\ufeffbom', '\u0000nul', '>>> deep'
]
const documents = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''))

describe('readMarkdown reads the text as remark reads it whole', () => {
  it('the corpus and every fixture', () => {
    const files = ['corpus/huozhou-14th/plan.md', 'test/fixtures/mini-plan.md', ...fs.readdirSync(path.join(root, 'test/fixtures/parse')).filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/parse/${f}`)]
    for (const file of files) {
      const [a, b] = both(read(file))
      expect(b === a, file).toBe(true)
    }
    // The corpus is cut into many blocks, so the comparison means something.
    expect(scan(read('corpus/huozhou-14th/plan.md'), parseLimits, 'plan.md').blocks.length).toBeGreaterThan(300)
  })

  it(`random documents of hard-to-cut lines, each block alone (seed ${SEED}, ${RUNS * 20} runs)`, () => {
    fc.assert(
      fc.property(documents, (markdown) => {
        const [a, b] = both(markdown)
        return b === a
      }),
      { seed: SEED, numRuns: RUNS * 20, endOnFailure: true }
    )
  }, 120_000)

  it('a reference resolves to its definition in another block, before or after it', () => {
    const markdown = '[a] and [^1]\n\nmiddle\n\n[a]: /u\n\n[^1]: note\n\nafter [a]'
    expect(scan(markdown, parseLimits, 'x.md').blocks.length).toBe(5)
    const [a, b] = both(markdown)
    expect(b).toBe(a)
    expect(b).toContain('"type":"linkReference"')
    expect(b).toContain('"type":"footnoteReference"')
  })

  it('a line ending of any kind, a byte order mark and U+0000 keep their places', () => {
    for (const markdown of ['\ufeff# a\r\n\r\n> b\r\n\r\nc\u0000d\r\n', '# a\r\r> b\r\rc\r', 'a\n\n\n\n'])
      expect(both(markdown)[1]).toBe(both(markdown)[0])
  })
})

describe('scan: the blocks and the limits', () => {
  const blocks = (markdown: string) => scan(markdown, parseLimits, 'x.md').blocks.map((b) => b.line)

  it('a block starts at a margin line after a blank line (a list item only after a block without one), or at a heading', () => {
    expect(blocks('a\n\nb\n# c\nd\n\n- e\n\n- f\n\n  g\n\nh')).toEqual([1, 3, 4, 7, 13])
  })

  it('no block starts inside a fence or an HTML block, nor after an opener indented under a list item', () => {
    expect(blocks('```\n\n# a\n```\n\nb')).toEqual([1, 6])
    expect(blocks('<!--\n\n# a\n-->\n\nb')).toEqual([1, 6])
    expect(blocks('<div>\n# a\n\nb')).toEqual([1, 4])
    expect(blocks('- a\n\n  ```\n\n# b\n\nc')).toEqual([1])
  })

  it('a block that breaks a limit is left out and reported once, at its place', () => {
    const limits = { ...parseLimits, maxMarkers: 4, maxBlockLength: 20 }
    const s = scan('**a**\n\n**a** *\n\nshort\n\n' + 'x'.repeat(30), limits, 'x.md')
    expect(s.blocks.map((b) => b.line)).toEqual([1, 5])
    expect(s.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['3:7 too-many-markers', '7:1 block-too-large'])
  })

  it('escaped markers, and markers before a new paragraph, do not count', () => {
    const limits = { ...parseLimits, maxMarkers: 4 }
    expect(scan('\\*\\*\\*\\*\\*\\*', limits, 'x.md').diagnostics).toEqual([])
    expect(scan('- **a**\n- **b**\n- **c**', limits, 'x.md').diagnostics).toEqual([])
    // An ordered item that does not start at 1 may continue a paragraph, so its markers count with it.
    expect(scan('**a**\n2. **b**', limits, 'x.md').diagnostics.map((d) => d.rule)).toEqual(['too-many-markers'])
  })
})
