/** The acceptance of the indicators issue, on the real corpus. */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { getNode, indicators, PlanError, tables } from '../src/index.js'
import { parseCell, parseMarkNote, unitOf, unmonitoredNames } from '../src/parse/values.js'
import type { CellValue, NumberPart } from '../src/schema/value.js'
import type { Diagnostic } from '../src/schema/diagnostic.js'
import type { CellValue as Answer, Indicator, TableNumber } from '../src/index.js'
import { parsePlan } from '../src/parse/index.js'
import { indicatorFiles } from '../scripts/build/data.js'
import { readIndicatorCategories } from '../scripts/build/categories.js'
import { corpusDir, read } from './helpers.js'

const byNumber = (table: TableNumber, n: number) => indicators({ table }).find((i) => i.number === n)!
const value = (ind: Indicator, column: string): Answer => {
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
      // @ts-expect-error: not a value of the plan, a type error as it is a PlanError at run time
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
  // The files the build ships in dist/data, made by the build's own code from the Markdown edition and the corpus's category vocabulary.
  const tree = parsePlan(read('corpus/huozhou-14th/plan.md')).tree
  const diagnostics: Diagnostic[] = []
  const categories = readIndicatorCategories(corpusDir, tree, diagnostics)
  const files = new Map(indicatorFiles(tree, categories).map((f) => [f.name, f.shipped!]))
  const csv = (name: string) => {
    const text = files.get(name)!
    expect(text.startsWith('\ufeff'), `${name} starts with a byte-order mark`).toBe(true)
    const rows = parse(text, { bom: true, columns: true, relax_column_count: false }) as Array<Record<string, string>>
    const header = parse(text, { bom: true, to_line: 1 })[0] as string[]
    expect(new Set(header).size, `${name}: column names are unique`).toBe(header.length)
    return { rows, header }
  }
  const json = JSON.parse(files.get('indicators.json')!) as Array<Record<string, unknown>>
  const all = indicators()

  it('the category vocabulary covers every group of both tables, without a diagnostic', () => {
    expect(diagnostics).toEqual([])
    const printed = new Set(all.map((i) => i.category))
    expect(new Set(categories.flatMap((c) => c.printed))).toEqual(printed)
    // One category lines up the two periods' differently titled groups.
    const across = categories.filter((c) => c.printed.length > 1)
    expect(across.length).toBeGreaterThan(0)
    for (const c of across) expect(new Set(all.filter((i) => c.printed.includes(i.category!)).map((i) => i.table))).toEqual(new Set(['1-1', '2-1']))
  })

  describe('indicator-values.csv (long: one row per printed cell)', () => {
    const { rows, header } = csv('indicator-values.csv')
    const cells = all.flatMap((ind) => Object.entries(ind.values).filter(([, v]) => v.kind !== 'empty').map(([column, v]) => ({ ind, column, v })))

    it('has one row per non-empty cell of both tables, and one per figure of a cell printing several', () => {
      const extra = cells.reduce((n, c) => n + (c.v.kind === 'multiple' ? c.v.parts.length - 1 : 0), 0)
      expect(extra).toBeGreaterThan(0)
      expect(rows).toHaveLength(cells.length + extra)
      const keys = (list: Array<{ indicator: string; column: string }>) => [...new Set(list.map((r) => `${r.indicator}\t${r.column}`))]
      expect(keys(rows as never)).toEqual(keys(cells.map((c) => ({ indicator: c.ind.id, column: c.column }))))
      expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['表 1-1', '表 2-1']))
      expect(header.slice(0, 4)).toEqual(['table', 'table_id', 'period', 'indicator'])
    })

    it('parsed back with csv-parse, gives every indicator its values as the JSON has them', () => {
      const rebuilt = new Map<string, Record<string, CellValue>>()
      const groups = new Map<string, Array<Record<string, string>>>()
      for (const r of rows) groups.set(`${r.indicator}\t${r.column}`, [...(groups.get(`${r.indicator}\t${r.column}`) ?? []), r])
      for (const [key, lines] of groups) {
        const [id, column] = key.split('\t') as [string, string]
        const values = rebuilt.get(id) ?? rebuilt.set(id, {}).get(id)!
        values[column] = lines[0]!.part ? { kind: 'multiple', raw: lines[0]!.raw!, parts: lines.map((l) => ({ raw: l.part_raw!, ...figureOf(l) })) } : cellOf(lines[0]!)
      }
      for (const ind of all) {
        const printed = Object.fromEntries(Object.entries(ind.values).filter(([, v]) => v.kind !== 'empty'))
        expect(rebuilt.get(ind.id) ?? {}, ind.id).toEqual(printed)
      }
      expect(rebuilt.size).toBe(all.filter((i) => Object.values(i.values).some((v) => v.kind !== 'empty')).length)
    })

    it('keeps what a bare number would drop: ≤9, >40, 7%左右, [-20%], 1.85 (常住) 1.67 (户籍)', () => {
      const row = (raw: string) => rows.filter((r) => r.raw === raw)
      expect(row('≤9')[0]).toMatchObject({ number: '9', comparator: '≤', approximate: 'false', cumulative: 'false', percent: 'false' })
      expect(row('>40')[0]).toMatchObject({ number: '40', comparator: '>', table: '表 2-1', column: '2025 年', year: '2025' })
      expect(row('7%左右')[0]).toMatchObject({ number: '7', approximate: 'true', percent: 'true', comparator: '' })
      expect(row('[-20%]')[0]).toMatchObject({ number: '-20', cumulative: 'true', percent: 'true', column_group: '规划目标', year: '' })
      expect(row('1.85 (常住) 1.67 (户籍)').map((r) => [r.part, r.part_raw, r.number, r.qualifier])).toEqual([['1', '1.85 (常住)', '1.85', '常住'], ['2', '1.67 (户籍)', '1.67', '户籍']])
      expect(row('69.57**')[0]).toMatchObject({ marks: '**', mark_meanings: '统计口径调整后数据', mark_notes: 'table_1-1__note_1' })
      expect(row('完成省定考核目标')[0]).toMatchObject({ kind: 'text', text: '完成省定考核目标', number: '', approximate: '' })
      expect(row('-').every((r) => r.kind === 'none' && r.number === '')).toBe(true)
    })

    it('says which column a value is in: the header group, the year', () => {
      const gdp = rows.filter((r) => r.indicator === 'table_1-1__ind_1')
      expect(gdp.map((r) => [r.column, r.column_group, r.year])).toEqual([
        ['2015 年', '', '2015'],
        ['规划目标 2020 年', '规划目标', '2020'],
        ['规划目标 年均增速 [累计]', '规划目标', ''],
        ['进展情况 2020 年', '进展情况', '2020'],
        ['进展情况 年均增速 [累计]', '进展情况', '']
      ])
    })

    it('carries the shared category beside the printed group title', () => {
      for (const r of rows) {
        const ind = all.find((i) => i.id === r.indicator)!
        expect(r.category_printed).toBe(ind.category)
        expect(categories.find((c) => c.id === r.category)?.printed).toContain(ind.category)
      }
    })

    it('of the 28 binding rows, 20 are 十三五 rows of 表 1-1 and 8 十四五 rows of 表 2-1', () => {
      const binding = new Map(rows.filter((r) => r.attribute === '约束性').map((r) => [r.indicator, r.period]))
      expect(binding.size).toBe(28)
      expect([...binding.values()].filter((p) => p === '十三五')).toHaveLength(20)
      expect([...binding.values()].filter((p) => p === '十四五')).toHaveLength(8)
    })
  })

  describe('indicators-<table>.csv (wide: one table a sheet)', () => {
    it.each(tables().map((t) => [t.label, t] as const))('%s: one row per indicator, the table’s own columns, a figure only where the cell is a bare figure', (_label, t) => {
      const { rows, header } = csv(`indicators-${t.number}.csv`)
      const own = indicators({ table: t.number })
      expect(rows.map((r) => r.indicator)).toEqual(own.map((i) => i.id))
      const columns = [...new Set(own.flatMap((i) => Object.keys(i.values)))]
      expect(header.slice(-columns.length * 2)).toEqual(columns.flatMap((c) => [c, `${c} (number)`]))
      // No column of the other table: nothing side by side, nothing half empty.
      for (const other of tables().filter((o) => o !== t)) for (const c of Object.keys(indicators({ table: other.number })[0]!.values)) if (!columns.includes(c)) expect(header).not.toContain(c)
      rows.forEach((row, k) => {
        const ind = own[k]!
        expect(row.printed_number).toBe(ind.number === undefined ? '' : String(ind.number))
        expect(row.table).toBe(t.label)
        for (const [column, v] of Object.entries(ind.values)) {
          expect(row[column]).toBe(v.raw)
          const bare = v.kind === 'number' && !v.comparator && !v.approximate && !v.cumulative && !v.qualifier && !v.marks?.length
          expect(row[`${column} (number)`], `${ind.id} ${column} ${v.raw}`).toBe(bare ? String(v.number) : '')
        }
      })
    })
  })

  it('indicators.json holds the same records', () => {
    expect(json.map((r) => r.id)).toEqual(indicators().map((i) => i.id))
    expect(json[0]).toMatchObject({ table: '1-1', period: '十三五', unit: '亿元', monitored: true })
  })
})

/** A value's number facets from a line of indicator-values.csv, as the JSON writes them (a facet absent when not set). */
function figureOf(l: Record<string, string>): Omit<NumberPart, 'raw'> {
  const marks = l.marks ? l.marks.split(';') : []
  const meanings = (l.mark_meanings ?? '').split(';')
  const notes = (l.mark_notes ?? '').split(';')
  return {
    number: Number(l.number),
    ...(l.comparator ? { comparator: l.comparator as NumberPart['comparator'] } : {}),
    ...(l.approximate === 'true' ? { approximate: true as const } : {}),
    ...(l.cumulative === 'true' ? { cumulative: true as const } : {}),
    ...(l.percent === 'true' ? { percent: true as const } : {}),
    ...(marks.length ? { marks: marks.map((mark, k) => ({ mark, ...(meanings[k] ? { meaning: meanings[k] } : {}), ...(notes[k] ? { note: notes[k] } : {}) })) } : {}),
    ...(l.qualifier ? { qualifier: l.qualifier } : {})
  }
}

/** A single-valued cell from its line. */
function cellOf(l: Record<string, string>): CellValue {
  if (l.kind === 'number') return { kind: 'number', raw: l.raw!, ...figureOf(l) }
  if (l.kind === 'text') return { kind: 'text', raw: l.raw!, text: l.text! }
  return { kind: 'none', raw: l.raw! }
}
