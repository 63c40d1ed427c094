/**
 * The Markdown edition holds the source's text in order, with the errata as
 * the only changes; the import script regenerates it byte for byte.
 */
import { describe, expect, it } from 'vitest'
import { applyErrata } from '../src/import/errata.js'
import { parseMarkdown } from '../src/parse/index.js'
import { ErrataSchema } from '../src/schema/corpus.js'
import { importCorpus } from '../scripts/import/corpus.js'
import { text } from '../src/index.js'
import type { Nodes } from 'mdast'
import { visit, type Walkable } from '../src/util/visit.js'
import { corpusDir, read } from './helpers.js'

const source = read('corpus/huozhou-14th/source.txt')
const errata = ErrataSchema.parse(JSON.parse(read('corpus/huozhou-14th/errata.json')))
const markdown = read('corpus/huozhou-14th/plan.md')

/** Text of Markdown in reading order; ordered list items keep their printed numbers, which are text in the source. */
function markdownText(tree: Nodes): string {
  const parts: string[] = []
  visit<Nodes & Walkable>(tree, (node, parent, index) => {
    if (parent?.type === 'list' && parent.ordered) parts.push(`${(parent.start ?? 1) + index!}.`)
    if ('value' in node && typeof node.value === 'string') parts.push(node.value)
  })
  return parts.join('\n')
}

/** Compare text only: no whitespace, no TOC leader dots, no asterisks (the source's `**` bold markers are markup in both). */
const normalize = (s: string) => s.replace(/\s+/g, '').replace(/\.{2,}/g, '').replace(/\*/g, '')

describe('corpus', () => {
  it('applies every erratum at its place', () => {
    const result = applyErrata(source, errata.entries)
    expect(result.diagnostics).toEqual([])
    expect(errata.entries.length).toBeGreaterThan(0)
  })

  it('records each kind of artifact the issue names', () => {
    const kinds = new Set(errata.entries.map((e) => e.kind))
    for (const k of ['page-break-join', 'page-break-doubled', 'latin-conjunction', 'subscript', 'lost-text', 'punctuation-width'] as const) expect(kinds).toContain(k)
    const corrected = applyErrata(source, errata.entries).text
    expect(corrected).not.toMatch(/ and | & | etc |_\{/)
    expect(corrected).toContain('细颗粒物（PM2.5）浓度下降、劣Ⅴ类水体比例')
  })

  it('holds the corrected source text in order, and nothing else', () => {
    const expected = normalize(applyErrata(source, errata.entries).text)
    const actual = normalize(markdownText(parseMarkdown(markdown)))
    if (actual !== expected) {
      let k = 0
      while (k < actual.length && actual[k] === expected[k]) k++
      expect(actual.slice(k, k + 40), `first difference at character ${k}`).toBe(expected.slice(k, k + 40))
    }
    expect(actual.length).toBe(expected.length)
  })

  it('is exactly what scripts/import.ts makes from source + errata + structure', () => {
    const result = importCorpus(corpusDir)
    expect(result.diagnostics).toEqual([])
    expect(result.markdown).toBe(markdown)
  })

  it('reports an erratum that does not match its place, with file:line:col', () => {
    const bad = [{ ...errata.entries[0]!, before: '不在这里' }]
    const result = applyErrata(source, bad, 'corpus/x/source.txt')
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({ rule: 'erratum-not-found', file: 'corpus/x/source.txt', line: bad[0]!.line, column: bad[0]!.column })
    expect(result.text).toBe(source)
  })

  it('text() holds at least 99.5% of the source’s Han text, compared in 16-character runs', () => {
    const han = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '')
    const src = han(source)
    const ours = han(text())
    let found = 0
    let total = 0
    for (let k = 0; k + 16 <= src.length; k += 16) {
      total++
      if (ours.includes(src.slice(k, k + 16))) found++
    }
    const share = found / total
    console.log(`Han text coverage: ${found}/${total} runs = ${(share * 100).toFixed(2)}%`)
    expect(share).toBeGreaterThanOrEqual(0.995)
  })
})
