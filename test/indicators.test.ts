/** The acceptance of the indicators issue, on the real corpus. */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { getNode, indicators, PlanError, tables } from '../src/index.js'
import { parseCell, parseMarkNote, unitOf, unmonitoredNames } from '../src/parse/values.js'
import type { CellValue } from '../src/schema/value.js'
import type { Indicator } from '../src/schema/plan.js'
import { parsePlan } from '../src/parse/index.js'
import { indicatorFiles } from '../scripts/build/data.js'
import { read } from './helpers.js'

const byNumber = (table: string, n: number) => indicators({ table }).find((i) => i.number === n)!
const value = (ind: Indicator, column: string): CellValue => {
  expect(Object.keys(ind.values)).toContain(column)
  return ind.values[column]!
}

describe('indicators()', () => {
  it('returns 39 rows from 表 1-1 and 32 from 表 2-1, in document order', () => {
    expect(indicators({ table: '1-1' })).toHaveLength(39)
    expect(indicators({ table: '2-1' })).toHaveLength(32)
    const all = indicators()
    expect(all).toHaveLength(71)
    const lines = all.map((i) => i.position.start.line)
    expect([...lines].sort((a, b) => a - b)).toEqual(lines)
  })

  it('returns the 28 约束性 indicators: 20 from 1-1 and 8 from 2-1', () => {
    const binding = indicators({ attribute: '约束性' })
    expect(binding).toHaveLength(28)
    expect(binding.filter((i) => i.table === '1-1')).toHaveLength(20)
    expect(binding.filter((i) => i.table === '2-1')).toHaveLength(8)
    expect(indicators({ attribute: '约束性', table: '2-1' }).map((i) => i.number)).toEqual([16, 17, 18, 19, 20, 25, 31, 32])
  })

  it('filters by period, category and text, combined', () => {
    expect(indicators({ period: '十四五' })).toEqual(indicators({ table: '2-1' }))
    expect(indicators({ period: '十三五', category: '生态文明' }).every((i) => i.category === '生态文明')).toBe(true)
    expect(indicators({ period: '十三五', category: '生态文明' })).toHaveLength(15)
    expect(indicators({ text: '城镇化率' }).map((i) => i.id)).toEqual(['table_1-1__ind_3__sub_1', 'table_1-1__ind_3__sub_2', 'table_2-1__ind_2'])
    expect(indicators({ table: 'table_2-1' })).toEqual(indicators({ table: '2-1' }))
  })

  it('names grouping rows as the parent of their sub-rows', () => {
    const subs = indicators().filter((i) => i.parent)
    expect(subs.length).toBeGreaterThan(0)
    for (const s of subs) expect(getNode(s.parent!)).toMatchObject({ type: 'indicatorGroup', table: s.table })
    expect(indicators({ text: '二氧化硫' })[0]).toMatchObject({ parent: 'table_1-1__ind_26', unit: '%', attribute: '约束性' })
  })

  it('verifies each declared group count of both tables', () => {
    for (const t of tables()) {
      const groups = t.children.filter((c) => c.type === 'tableGroup')
      expect(groups.length).toBeGreaterThan(0)
      for (const g of groups) {
        if (g.type !== 'tableGroup') continue
        const numbered = t.children.filter((r) => (r.type === 'indicator' || r.type === 'indicatorGroup') && r.group === g.id && r.number !== undefined)
        expect(numbered).toHaveLength(g.declaredCount!)
      }
    }
  })

  describe('spot checks', () => {
    it('2-1 #16 空气质量优良天数比例 61.48 -> 74.3 (%), 约束性', () => {
      const i = byNumber('2-1', 16)
      expect(i).toMatchObject({ name: '空气质量优良天数比例 (%)', unit: '%', attribute: '约束性', period: '十四五', category: '绿色生态' })
      expect(value(i, '2020 年')).toEqual({ kind: 'number', raw: '61.48', number: 61.48 })
      expect(value(i, '2025 年')).toEqual({ kind: 'number', raw: '74.3', number: 74.3 })
    })
    it('1-1 #1 base 69.57 with footnote ** linked to its note, actual 81.08', () => {
      const i = byNumber('1-1', 1)
      expect(value(i, '2015 年')).toMatchObject({ kind: 'number', number: 69.57, marks: [{ mark: '**', meaning: '统计口径调整后数据', note: 'table_1-1__note_1' }] })
      expect(getNode('table_1-1__note_1')).toMatchObject({ type: 'tableNote' })
      expect(value(i, '进展情况 2020 年')).toMatchObject({ kind: 'number', number: 81.08 })
      expect(i.unit).toBe('亿元')
    })
    it('2-1 #21 target "> 40" is a comparator and a number', () => {
      expect(value(byNumber('2-1', 21), '2025 年')).toMatchObject({ kind: 'number', comparator: '>', number: 40 })
    })
    it('2-1 #10 two base values qualified 常住 / 户籍', () => {
      const v = value(byNumber('2-1', 10), '2020 年')
      expect(v.kind).toBe('multiple')
      if (v.kind === 'multiple') expect(v.parts.map((p) => [p.number, p.qualifier])).toEqual([[1.85, '常住'], [1.67, '户籍']])
    })
    it('1-1 #19 cumulative −20% kept as a cumulative percentage', () => {
      const v = value(byNumber('1-1', 19), '规划目标 年均增速 [累计]')
      expect(v).toMatchObject({ kind: 'number', number: -20, cumulative: true, percent: true, raw: '[-20%]' })
    })
    it('2-1 #17 target is qualitative text', () => {
      expect(value(byNumber('2-1', 17), '2025 年')).toEqual({ kind: 'text', raw: '完成省定考核目标', text: '完成省定考核目标' })
    })
    it('keeps an empty cell apart from a printed dash', () => {
      const i = byNumber('1-1', 18)
      expect(value(i, '进展情况 年均增速 [累计]')).toEqual({ kind: 'empty', raw: '' })
      expect(value(i, '2015 年')).toEqual({ kind: 'none', raw: '-' })
    })
    it('marks the five indicators note 2 says are no longer monitored', () => {
      const gone = indicators({ table: '1-1' }).filter((i) => !i.monitored)
      expect(gone.map((i) => i.name)).toEqual(['全员劳动生产率（万元/人）', '战略性新兴产业占比（%）', '烟尘（%）', '粉尘（%）', '党风廉政建设和反腐败工作群众满意度（%）'])
      expect(gone.every((i) => i.monitoringNote === 'table_1-1__note_2')).toBe(true)
    })
    it('never leaves a figure unparsed: every value of kind text has no digit', () => {
      for (const i of indicators()) for (const v of Object.values(i.values)) if (v.kind === 'text') expect(v.text).not.toMatch(/\d/)
    })
  })

  it('a bad filter raises one typed error listing the allowed values', () => {
    let error: unknown
    try {
      indicators({ attribute: '约束' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PlanError)
    expect(error).toMatchObject({ code: 'unknown-value', argument: 'filter.attribute' })
    expect((error as PlanError).allowed).toEqual(expect.arrayContaining(['约束性', '预期性']))
    expect((error as Error).message).toMatch(/约束性.*预期性|预期性.*约束性/)
    expect(() => indicators({ colour: 'red' } as never)).toThrow(/unknown filter "colour".*attribute, table, period, category, text/)
    expect(() => indicators({ table: 7 } as never)).toThrow(PlanError)
  })
})

describe('cell grammar', () => {
  it.each([
    ['7%左右', { kind: 'number', number: 7, percent: true, approximate: true }],
    ['≥15', { kind: 'number', number: 15, comparator: '≥' }],
    ['<0.2', { kind: 'number', number: 0.2, comparator: '<' }],
    ['[-0.41]', { kind: 'number', number: -0.41, cumulative: true }],
    ['3.76 (户籍人口)', { kind: 'number', number: 3.76, qualifier: '户籍人口' }],
    ['控制在临汾市下达的标准内', { kind: 'text' }],
    ['—', { kind: 'none' }],
    ['', { kind: 'empty' }],
    ['1.2.3', { kind: 'text' }]
  ])('%j', (raw, expected) => expect(parseCell(raw)).toMatchObject(expected))
  it('reads mark notes, units and unmonitored lists', () => {
    expect([...parseMarkNote('注：1. []为累计完成数，*为2019年数据，**为统计口径调整后数据。', 'n1').keys()]).toEqual(['[]', '*', '**'])
    expect(unitOf('孕产妇死亡率（1/10万）')).toBe('1/10万')
    expect(unitOf('城镇化率')).toBeUndefined()
    expect(unmonitoredNames('2. 甲、乙两项指标不再监测。')).toEqual(['甲', '乙'])
  })
})

describe('exports', () => {
  // The files the build ships in dist/data, made by the build's own code from the Markdown edition.
  const files = new Map(indicatorFiles(parsePlan(read('corpus/huozhou-14th/plan.md')).tree).map((f) => [f.name, f.shipped!]))
  const csv = files.get('indicators.csv')!
  const json = JSON.parse(files.get('indicators.json')!) as Array<Record<string, unknown>>
  it('indicators.csv parses back with one row per indicator and no lost cells', () => {
    expect(csv.startsWith('\ufeffid,')).toBe(true)
    const rows = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Array<Record<string, string>>
    expect(rows).toHaveLength(71)
    const all = indicators()
    rows.forEach((row, k) => {
      const ind = all[k]!
      expect(row.id).toBe(ind.id)
      expect(row.attribute).toBe(ind.attribute)
      for (const [column, v] of Object.entries(ind.values)) {
        expect(row[column]).toBe(v.raw)
        expect(row[`${column} (number)`]).toBe(v.kind === 'number' ? String(v.number) : '')
      }
    })
    expect(rows.filter((r) => r.attribute === '约束性')).toHaveLength(28)
  })
  it('indicators.json holds the same records', () => {
    expect(json.map((r) => r.id)).toEqual(indicators().map((i) => i.id))
    expect(json[0]).toMatchObject({ table: '1-1', period: '十三五', unit: '亿元', monitored: true })
  })
})
