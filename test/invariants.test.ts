/** Each invariant the build checks fails loudly, naming file:line:col and a rule, on a corpus that breaks it. */
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../src/parse/index.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { read } from './helpers.js'

const markdown = read('corpus/huozhou-14th/plan.md')
const lineOf = (md: string, needle: string) => md.split('\n').findIndex((l) => l.includes(needle)) + 1

function broken(from: string, to: string) {
  expect(markdown).toContain(from)
  const md = markdown.replace(from, to)
  return { md, result: parsePlan(md, { file: 'corpus/huozhou-14th/plan.md' }) }
}

describe('invariants', () => {
  it('the real corpus passes every one', () => {
    const r = parsePlan(markdown)
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(r.ok).toBe(true)
  })

  it('toc-mismatch: a heading whose title differs from its 目录 entry', () => {
    const { md, result } = broken('### 第三节 推动开发区建设，实现弯道超车', '### 第三节 推动开发区建设')
    const d = result.diagnostics.find((x) => x.rule === 'toc-mismatch')!
    expect(d).toBeDefined()
    expect(d.line).toBe(lineOf(md, '### 第三节 推动开发区建设'))
    expect(formatDiagnostic(d)).toMatch(/^corpus\/huozhou-14th\/plan\.md:\d+:1 error toc-mismatch /)
  })

  it('number-gap and toc-mismatch: a section heading that disappears', () => {
    const { result } = broken('### 第二节 加快优势资源转换，促进转型发展\n', '')
    const rules = new Set(result.diagnostics.map((d) => d.rule))
    expect(rules).toContain('number-gap')
    expect(rules).toContain('toc-mismatch')
    expect(result.ok).toBe(false)
  })

  it('toc-page: page numbers that go backwards', () => {
    const { md, result } = broken('第二节 做强农产品加工业，多措并举延伸加工链..... 50', '第二节 做强农产品加工业，多措并举延伸加工链..... 40')
    const d = result.diagnostics.find((x) => x.rule === 'toc-page')!
    expect(d.line).toBe(lineOf(md, '延伸加工链..... 40'))
  })

  it('count-mismatch: a group that declares more rows than it has', () => {
    const { md, result } = broken('| 一、经济发展（5 项） |', '| 一、经济发展（6 项） |')
    const d = result.diagnostics.find((x) => x.rule === 'count-mismatch')!
    expect(d.message).toContain('declares 6 but has 5')
    expect(d.line).toBe(lineOf(md, '一、经济发展（6 项）'))
  })

  it('number-gap: a table row number skipped', () => {
    const { result } = broken('| 4. 服务业增加值比重（%） |', '| 40. 服务业增加值比重（%） |')
    expect(result.diagnostics.some((d) => d.rule === 'number-gap' && d.message.includes('row 40'))).toBe(true)
  })

  it('box-number: a box numbered outside its chapter or out of sequence', () => {
    const { result } = broken('> **专栏 4-2 物流业园区建设工程**', '> **专栏 5-2 物流业园区建设工程**')
    const rules = result.diagnostics.filter((d) => d.rule === 'box-number' || d.rule === 'duplicate-id')
    expect(rules.length).toBeGreaterThanOrEqual(2)
  })

  it('duplicate-id: the same chapter printed twice', () => {
    const { result } = broken('## 第十三章 党建和保障措施', '## 第十二章 党建和保障措施')
    expect(result.diagnostics.some((d) => d.rule === 'duplicate-id')).toBe(true)
    expect(result.diagnostics.some((d) => d.rule === 'number-gap')).toBe(true)
  })

  it('reports, never throws, on input that is not a plan', () => {
    for (const input of ['', '# 只有标题', '## 第一章\n\n> 引用', 'x'.repeat(1000), '| a |\n| - |\n| b |']) {
      const r = parsePlan(input)
      expect(r.ok).toBe(false)
      expect(r.diagnostics.length).toBeGreaterThan(0)
      for (const d of r.diagnostics) expect(formatDiagnostic(d)).toMatch(/^plan\.md:\d+:\d+ (error|warning) [a-z-]+ ./)
    }
  })
})
