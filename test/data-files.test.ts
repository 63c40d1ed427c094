/**
 * The shipped CSV files as a spreadsheet user gets them, made by the build
 * from the real corpus: a byte-order mark, RFC 4180 that csv-parse reads
 * strictly, unique column names, figure columns that hold numbers only,
 * lists that split back to what the JSON holds, and no cell Excel would
 * turn into something else (a date, a time, a number it rounds or pads, a
 * formula). Then the data dictionary: every file and column documented, and
 * the README's copy the build's.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../scripts/build/corpus.js'
import { readIndicatorCategories } from '../scripts/build/categories.js'
import { dictionaryIn } from '../scripts/build/dictionary.js'
import { readmeDictionary } from '../scripts/build/write-dictionary.js'
import { toCsv, type Column } from '../src/export/csv.js'
import { HOW_LABELS, KIND_LABELS, RELATION_LABELS } from '../src/export/labels.js'
import type { Diagnostic } from '../src/schema/diagnostic.js'
import { parsePlan } from '../src/parse/index.js'
import { projects } from '../src/index.js'
import { corpusDir, read, root } from './helpers.js'

const built = buildCorpus(corpusDir)
const shipped = built.shipped
const csvFiles = Object.keys(shipped).filter((n) => n.endsWith('.csv'))

/** A CSV file parsed as strictly as csv-parse reads: the header and the records. */
function table(name: string): { header: string[]; rows: Array<Record<string, string>> } {
  const text = shipped[name]!
  const [header] = parse(text, { bom: true, to_line: 1 }) as string[][]
  const rows = parse(text, { bom: true, columns: true, relax_column_count: false, relax_quotes: false }) as Array<Record<string, string>>
  return { header: header!, rows }
}

/**
 * What Excel (en-US and zh-CN) turns a text cell into on opening a CSV file, whole-cell patterns: a date (4-3, 1-1,
 * 10/9, 2021-10-9, 9-Oct, 10月9日, 2021年10月), a time, a number in scientific notation, a number whose leading zeros
 * it drops or whose digits past 15 it rounds, a formula.
 */
const EXCEL_COERCES: ReadonlyArray<readonly [string, RegExp]> = [
  ['a date', /^\s*\d{1,4}\s*[-/]\s*\d{1,2}(\s*[-/]\s*\d{1,4})?\s*$/],
  ['a date with a month name', /^\s*(\d{1,2}[-\s/]*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s/]*\d{1,4})\s*$/i],
  ['a Chinese date', /^\s*(\d{2,4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日)\s*$/],
  ['a time', /^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$/i],
  ['scientific notation', /^\s*[-+]?\d+(\.\d+)?e[-+]?\d+\s*$/i],
  ['leading zeros', /^0\d+$/],
  ['more than 15 digits', /^\d{16,}$/],
  ['a formula', /^([=+@\t\r]|-(?![\d.]|$))/]
]

/** The columns that hold numbers (or nothing). */
const FIGURES = /^(number|printed_number|parent_number|year|part|mentions|start|end|links|place_start|place_end|.+ \(number\))$/

describe('shipped CSV files', () => {
  it('are the projects, their ties, the long indicator table and a wide sheet per table', () => {
    expect(csvFiles).toEqual(expect.arrayContaining(['projects.csv', 'project-ties.csv', 'indicator-values.csv', 'indicators-1-1.csv', 'indicators-2-1.csv']))
  })

  it.each(csvFiles)('%s: a byte-order mark, CRLF records, unique column names, read strictly by csv-parse', (name) => {
    const text = shipped[name]!
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    const { header, rows } = table(name)
    expect(new Set(header).size).toBe(header.length)
    expect(rows.length).toBeGreaterThan(0)
  })

  it.each(csvFiles)('%s: no cell Excel would turn into a date, a time, a rounded number or a formula', (name) => {
    const { header, rows } = table(name)
    const found: string[] = []
    for (const row of rows)
      for (const column of header) {
        const value = row[column]!
        if (FIGURES.test(column)) continue
        for (const [what, pattern] of EXCEL_COERCES) if (pattern.test(value)) found.push(`${column}=${JSON.stringify(value)} (${what})`)
      }
    expect(found).toEqual([])
  })

  it.each(csvFiles)('%s: figure columns hold plain numbers (a `.` decimal point, no exponent, no separator) or nothing', (name) => {
    const { header, rows } = table(name)
    const figures = header.filter((c) => FIGURES.test(c))
    expect(figures.length).toBeGreaterThan(0)
    for (const row of rows) for (const c of figures) expect(row[c], `${c}`).toMatch(/^(-?\d+(\.\d+)?)?$/)
  })

  it('the patterns catch what they are for', () => {
    const caught = (v: string) => EXCEL_COERCES.some(([, p]) => p.test(v))
    for (const v of ['4-3', '1-1', '2-1', '10/9', '2021-10-9', '9-Oct', 'Oct-21', '10月9日', '2021年10月', '9:30', '1e5', '007', '12345678901234567', '=1+1', '+1', '@x', '-x']) expect(caught(v), v).toBe(true)
    for (const v of ['专栏 4-3', '表 1-1', 'box_4-3', 'table_1-1', '61.48', '-', '[-20%]', '≤9', '2015 年', '规划目标 2020 年', '霍政发〔2021〕7号']) expect(caught(v), v).toBe(false)
  })

  it('a list cell splits on `;` back to the list the JSON holds', () => {
    const rows = table('projects.csv').rows
    const all = projects()
    expect(rows.map((r) => r.id)).toEqual(all.map((p) => p.id))
    const split = (s: string) => (s === '' ? [] : s.split(';'))
    rows.forEach((r, k) => {
      const p = all[k]!
      expect(split(r.aliases!)).toEqual(p.aliases)
      expect(split(r.sectors!)).toEqual(p.sectors)
      expect(split(r.places!)).toEqual(p.places)
      expect(split(r.place_names!)).toHaveLength(p.places.length)
      expect(split(r.sectors_zh!)).toHaveLength(p.sectors.length)
    })
  })

  it('a project row carries its Chinese labels, its 专栏 as printed and its evidence quote', () => {
    const rows = table('projects.csv').rows
    const vein = rows.find((r) => r.id === 'box_4-1__item_2__prj')!
    expect(vein).toMatchObject({ kind: 'box-item', kind_zh: KIND_LABELS.get('box-item')!.zh, box: '专栏 4-1', box_id: 'box_4-1' })
    expect(vein.box_title).not.toBe('')
    expect(vein.chapter_title).toMatch(/^第四章 /)
    expect(vein.quote).toContain(vein.raw!.replace(/\s/g, '').slice(0, 4))
    const digital = rows.filter((r) => r.main_sector === 'digital')
    expect(digital.length).toBeGreaterThan(0)
    expect(new Set(digital.map((r) => r.main_sector_zh))).toEqual(new Set(['数字经济与信息化']))
    const ties = table('project-ties.csv').rows
    for (const t of ties) {
      expect(t.relation_zh).toBe(RELATION_LABELS.get(t.relation as never)!.zh)
      expect(t.how_zh).toBe(HOW_LABELS.get(t.how as never)!.zh)
      expect(t.place_name).not.toBe('')
      expect(t.quote).not.toBe('')
    }
  })
})

describe('the CSV writer (csv-stringify)', () => {
  const columns: Array<Column<readonly [string, number | undefined, boolean | undefined]>> = [
    { name: 'text', description: '', value: (r) => r[0] },
    { name: 'figure', description: '', value: (r) => r[1] },
    { name: 'flag', description: '', value: (r) => r[2] }
  ]
  const rows = [['a,b', 1.5, true], ['say "hi"', undefined, false], ['line\nbreak', -20, undefined], ['cr\ronly', 0, undefined]] as const
  it('quotes what RFC 4180 says, writes booleans as true/false and nothing as an empty field', () => {
    expect(toCsv(columns, rows)).toBe('\ufefftext,figure,flag\r\n"a,b",1.5,true\r\n"say ""hi""",,false\r\n"line\nbreak",-20,\r\n"cr\ronly",0,\r\n')
    expect(parse(toCsv(columns, rows), { bom: true, columns: true })).toEqual([
      { text: 'a,b', figure: '1.5', flag: 'true' },
      { text: 'say "hi"', figure: '', flag: 'false' },
      { text: 'line\nbreak', figure: '-20', flag: '' },
      { text: 'cr\ronly', figure: '0', flag: '' }
    ])
  })
  it('drops the byte-order mark when asked', () => {
    expect(toCsv(columns, [], { bom: false })).toBe('text,figure,flag\r\n')
  })
})

describe('the data dictionary', () => {
  const dictionary = shipped['README.md']!
  it('is shipped as dist/data/README.md, with every shipped file described', () => {
    for (const name of Object.keys(shipped).filter((n) => n !== 'README.md')) expect(dictionary, name).toMatch(new RegExp(`^\\| \`${name.replace(/\./g, '\\.')}\` \\| \\S`, 'm'))
  })
  it('names every column of every CSV file with its meaning', () => {
    for (const name of csvFiles) {
      const { header } = table(name)
      for (const column of header) {
        const documented = new RegExp(`^\\| \`${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` \\| \\S`, 'm').test(dictionary) || (/\S \(number\)$|^(2015|2020|2025|规划目标|进展情况|年均增速)/.test(column) && dictionary.includes(`\`${column.replace(/ \(number\)$/, '')}\``))
        expect(documented, `${name}: ${column}`).toBe(true)
      }
    }
  })
  it('holds the vocabularies: categories, kinds, relations, hows, sectors', () => {
    for (const c of built.input.categories) expect(dictionary).toContain(`| \`${c.id}\` | ${c.zh} |`)
    for (const labels of [KIND_LABELS, RELATION_LABELS, HOW_LABELS]) for (const [slug, l] of labels) expect(dictionary).toContain(`| \`${slug}\` | ${l.zh} |`)
    for (const s of built.input.sectors.sectors) expect(dictionary).toContain(`| \`${s.id}\` | ${s.zh} |`)
  })
  it("the README's section is the one the build writes (tsx scripts/build/write-dictionary.ts rewrites it)", () => {
    expect(dictionaryIn(read('README.md'))).toBe(readmeDictionary(corpusDir))
  })
})

describe('indicator-categories.json is held to the tables', () => {
  const tree = parsePlan(read('corpus/huozhou-14th/plan.md')).tree
  const check = (file: object) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'categories-'))
    fs.writeFileSync(path.join(dir, 'indicator-categories.json'), JSON.stringify(file, null, 2))
    const diagnostics: Diagnostic[] = []
    readIndicatorCategories(dir, tree, diagnostics)
    fs.rmSync(dir, { recursive: true })
    return diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)
  }
  const file = JSON.parse(read('corpus/huozhou-14th/indicator-categories.json')) as { categories: Array<{ id: string; printed: string[] }> }
  it('the corpus file passes', () => expect(check(file)).toEqual([]))
  it('a group with no category, a title twice, a title no table prints, an ID twice: each an error at its place', () => {
    const broken = structuredClone(file)
    broken.categories[0]!.printed.push('绿色生态', '不存在的分组')
    broken.categories[1]!.id = broken.categories[0]!.id
    broken.categories.pop()
    const messages = check(broken)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^indicator-categories\.json:\d+:\d+ error categories "绿色生态" belongs to economy already/),
        expect.stringMatching(/:\d+:\d+ error categories no table prints a group titled "不存在的分组"/),
        expect.stringMatching(/error categories category economy is given twice/),
        expect.stringMatching(/error categories the group "(廉洁安全|安全保障)" has no category/)
      ])
    )
    expect(messages.every((m) => !m.includes(':1:1 '))).toBe(true)
  })
  it('a corpus without the file builds, with a warning', () => {
    const diagnostics: Diagnostic[] = []
    expect(readIndicatorCategories(path.join(root, 'test/fixtures/second-plan'), tree, diagnostics)).toEqual([])
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })
})
