/**
 * The genre's patterns and the cell reader run in time linear in their text:
 * the regular expressions they replace backtracked quadratically or worse
 * over runs of spaces (a 4,000-character caption: 0.6 s; a group row: 132
 * s). Each linear reader must answer exactly as the expression it replaces,
 * kept here as the oracle, on random strings of the characters those
 * expressions care about. (That they are linear: the growth bench's
 * spaced captions, and the long runs in test/hostile-cases.ts.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { patterns } from '../src/genre/patterns.js'
import { inline } from '../src/import/inline.js'
import { cleanTitle } from '../src/parse/inline.js'
import { escapeInline } from '../src/util/markdown-escape.js'
import { parseCell, parseMarkNote, unmonitoredNames } from '../src/parse/values.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20211009)
const RUNS = Number(process.env.FUZZ_RUNS ?? 100)

// The expressions as they were.
const NUMERAL = '[一二三四五六七八九十百零〇]+'
const SPACE = '[\\s\\u3000]*'
const DASH = '[-－‐–]'
const oracles = {
  chapter: new RegExp(`^第(${NUMERAL})章${SPACE}(.*)$`, 'u'),
  section: new RegExp(`^第(${NUMERAL})节${SPACE}(.*)$`, 'u'),
  tocEntry: new RegExp(`^第(${NUMERAL})(章|节)${SPACE}(.*?)${SPACE}(?:[.．·…]{2,}${SPACE})?(\\d+)$`, 'u'),
  box: new RegExp(`^专栏${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)${SPACE}[:：]?${SPACE}(.*)$`, 'u'),
  table: new RegExp(`^表${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)${SPACE}(.*)$`, 'u'),
  tableGroup: new RegExp(`^(${NUMERAL})${SPACE}[、.．]${SPACE}(.+?)${SPACE}(?:[（(]${SPACE}(\\d+)${SPACE}[项个条]${SPACE}[)）])?${SPACE}$`, 'u'),
  rowNumber: /^(\d+)[\s\u3000]*[.．、][\s\u3000]*(.+)$/u
} as const

const PART = /^(<=|>=|[<＜>＞≤≦≥≧])?\s*(?:\[\s*([-−－]?\d+(?:\.\d+)?)\s*(%)?\s*\]|([-−－]?\d+(?:\.\d+)?)\s*(%)?)\s*(左右)?\s*(\*+)?$/u
type Marks = ReadonlyMap<string, { meaning: string; note: string }>
function oldPart(raw: string, marks: Marks) {
  const m = PART.exec(raw.trim())
  if (!m) return undefined
  const [, cmp, bracketed, bracketPercent, plain, plainPercent, approx, stars] = m
  const out: Record<string, unknown> = { raw, number: Number((bracketed ?? plain)!.replace(/[−－]/g, '-')) }
  const comparators: Record<string, string> = { '<': '<', '＜': '<', '>': '>', '＞': '>', '≤': '≤', '≦': '≤', '<=': '≤', '≥': '≥', '≧': '≥', '>=': '≥' }
  if (cmp) out.comparator = comparators[cmp]
  if (approx) out.approximate = true
  if (bracketPercent || plainPercent) out.percent = true
  const found: unknown[] = []
  const link = (mark: string) => found.push({ mark, ...(marks.get(mark) ?? {}) })
  if (bracketed !== undefined) {
    out.cumulative = true
    if (marks.has('[]')) link('[]')
  }
  if (stars) link(stars)
  if (found.length) out.marks = found
  return out
}
function oldParseCell(raw: string, marks: Marks) {
  const text = raw.trim()
  if (text === '') return { kind: 'empty', raw: '' }
  if (/^[-－—–]$/.test(text)) return { kind: 'none', raw }
  const single = oldPart(text, marks)
  if (single) return { kind: 'number', ...single, raw }
  const qualified = [...text.matchAll(/([^\s（(]+)\s*[（(]([^）)]+)[）)]/gu)]
  if (qualified.length > 0 && qualified.map((q) => q[0]).join('').replace(/\s/g, '') === text.replace(/\s/g, '')) {
    const parts = qualified.map((q) => {
      const p = oldPart(q[1]!, marks)
      return p ? { ...p, raw: q[0].trim(), qualifier: q[2]!.trim() } : undefined
    })
    if (parts.every((p) => p !== undefined)) return parts.length === 1 ? { kind: 'number', ...parts[0]!, raw } : { kind: 'multiple', raw, parts }
  }
  return { kind: 'text', raw, text }
}
function oldMarkNote(note: string, noteId: string) {
  const out = new Map<string, { meaning: string; note: string }>()
  const body = note.replace(/^(?:注\s*[：:]\s*)?\d+\s*[.．、]\s*/u, '')
  for (const clause of body.split(/[，,；;。]/u)) {
    const m = /^\s*(\[\]|［］|\*+)\s*为\s*(.+?)\s*$/u.exec(clause)
    if (m) out.set(m[1]!.replace('［］', '[]'), { meaning: m[2]!, note: noteId })
  }
  return out
}
function oldUnmonitored(note: string) {
  const body = note.replace(/^(?:注\s*[：:]\s*)?\d+\s*[.．、]\s*/u, '')
  const m = /^(.+?)(?:[一二两三四五六七八九十\d]+\s*项)?指标?不再监测/u.exec(body)
  return m ? m[1]!.split(/[、，,]/u).map((s) => s.trim()).filter(Boolean) : undefined
}

function oldInline(text: string) {
  const out = text.split(/\*\*(.+?)\*\*/g).map((part, i) => {
    if (i % 2 === 0) return escapeInline(part)
    const m = /^(.*?)([。，；：！？、]*)$/u.exec(part)!
    return `**${escapeInline(m[1]!)}**${m[2]!}`
  })
  return out.join('').replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3').replace(/^([#+\-=>])/, '\\$1')
}

/** Strings of the characters the expressions care about: spaces of every kind, line breaks, digits, numerals, dots, brackets. */
const PIECES = ['**', '！', '？', ' ', '\u3000', '\t', '\n', '\r', '\u2028', '.', '．', '·', '…', '、', ':', '：', ',', '1', '2', '0', '一', '十', '三', '两', '第', '章', '节', '专栏', '表', '-', '－', '–', '（', '(', '）', ')', '[', ']', '［］', '*', '**', '%', '<', '>=', '≤', '左右', '项', '个', '条', '常住', 'a', '标', '指', '为', '，', '；', '。', '注：', '不再监测', '指标不再监测']
const PREFIXES = ['', '第一章', '第三节', '第十三章 ', '专栏 4-3', '专栏4－3：', '表 1-1', '一、', '三.', '3.', '12、', '注：1.', '*为', '[]为']
/** Endings the expressions read from the end: page numbers after leader dots, declared counts, spaces, line breaks. */
const TAILS = ['', '5', '..5', '．．12', '…… 23', ' · · 7', '.5', '（5 项）', '(7个)', '（ 12 条 ）', '(3项', '5项）', ' ', '\u3000\n', '\n', '项指标不再监测', '五项指标不再监测', '指不再监测']
const piece = fc.constantFrom(...PIECES)
const strings = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(piece, { maxLength: 16 }), fc.constantFrom(...TAILS), fc.array(piece, { maxLength: 2 }), fc.boolean())
  .map(([p, middle, tail, after, ends]) => p + middle.join('') + tail + (ends ? '' : after.join('')))
const json = (m: RegExpExecArray | null) => (m ? JSON.stringify([...m]) : 'null')

describe('linear readers answer as the expressions they replace', () => {
  for (const key of Object.keys(oracles) as Array<keyof typeof oracles>)
    it(`patterns.${key}`, () => {
      fc.assert(
        fc.property(strings, (s) => json(patterns[key].exec(s)) === json(oracles[key].exec(s)) && patterns[key].test(s) === oracles[key].test(s)),
        { seed: SEED, numRuns: RUNS * 50 }
      )
    })

  const marks: Marks = new Map([['*', { meaning: '2019 年数据', note: 'n1' }], ['[]', { meaning: '累计', note: 'n2' }]])
  const cases: Array<[string, (s: string) => unknown, (s: string) => unknown]> = [
    ['parseCell', (s) => parseCell(s, marks), (s) => oldParseCell(s, marks)],
    ['parseMarkNote', (s) => [...parseMarkNote(s, 'n')], (s) => [...oldMarkNote(s, 'n')]],
    ['unmonitoredNames', (s) => unmonitoredNames(s), (s) => oldUnmonitored(s)],
    ['cleanTitle', (s) => cleanTitle(s), (s) => s.replace(/[。：:，,\s]+$/u, '')],
    ['inline (import)', (s) => inline(s), (s) => oldInline(s)]
  ]
  for (const [name, linear, oracle] of cases)
    it(name, () => {
      fc.assert(fc.property(strings, (s) => JSON.stringify(linear(s)) === JSON.stringify(oracle(s))), { seed: SEED, numRuns: RUNS * 50 })
    })

  it('the corpus cases still read as before', () => {
    expect(patterns.tocEntry.exec('第四章 坚持创新驱动发展……………………… 23')?.slice(1)).toEqual(['四', '章', '坚持创新驱动发展', '23'])
    expect(patterns.tableGroup.exec('三、“六新”突破与产业升级 (7个)')?.slice(1)).toEqual(['三', '“六新”突破与产业升级', '7'])
    expect(parseCell('1.85 (常住) 1.67 (户籍)')).toMatchObject({ kind: 'multiple', parts: [{ number: 1.85, qualifier: '常住' }, { number: 1.67, qualifier: '户籍' }] })
    expect(unmonitoredNames('注：2. 城镇新增就业人数、城镇登记失业率两项指标不再监测。')).toEqual(['城镇新增就业人数', '城镇登记失业率'])
  })
})
