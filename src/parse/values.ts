/**
 * Table cells -> typed values. One grammar for every cell of the genre's
 * indicator tables:
 *
 *   cell     = "" | dash | part (qualifier)? (part qualifier)* | text
 *   part     = comparator? ( "[" number "%"? "]" | number "%"? ) "左右"? marks?
 */
import type { CellValue, Mark, NumberPart } from '../schema/value.js'

const COMPARATORS: Record<string, NonNullable<NumberPart['comparator']>> = {
  '<': '<', '＜': '<', '>': '>', '＞': '>', '≤': '≤', '≦': '≤', '<=': '≤', '≥': '≥', '≧': '≥', '>=': '≥'
}

const PART = /^(<=|>=|[<＜>＞≤≦≥≧])?\s*(?:\[\s*([-−－]?\d+(?:\.\d+)?)\s*(%)?\s*\]|([-−－]?\d+(?:\.\d+)?)\s*(%)?)\s*(左右)?\s*(\*+)?$/u
const QUALIFIED = /([^\s（(]+)\s*[（(]([^）)]+)[）)]/gu

export type MarkMeanings = ReadonlyMap<string, { meaning: string; note: string }>

function part(raw: string, marks: MarkMeanings): NumberPart | undefined {
  const m = PART.exec(raw.trim())
  if (!m) return undefined
  const [, cmp, bracketed, bracketPercent, plain, plainPercent, approx, stars] = m
  const digits = (bracketed ?? plain)!.replace(/[−－]/g, '-')
  const out: NumberPart = { raw, number: Number(digits) }
  if (cmp) out.comparator = COMPARATORS[cmp]!
  if (approx) out.approximate = true
  if (bracketPercent || plainPercent) out.percent = true
  const found: Mark[] = []
  const link = (mark: string) => {
    const known = marks.get(mark)
    found.push({ mark, ...(known ? { meaning: known.meaning, note: known.note } : {}) })
  }
  if (bracketed !== undefined) {
    out.cumulative = true
    if (marks.has('[]')) link('[]')
  }
  if (stars) link(stars)
  if (found.length) out.marks = found
  return out
}

/** Parse one cell. `marks` maps footnote marks (`*`, `**`) to their meaning and note. */
export function parseCell(raw: string, marks: MarkMeanings = new Map()): CellValue {
  const text = raw.trim()
  if (text === '') return { kind: 'empty', raw: '' }
  if (/^[-－—–]$/.test(text)) return { kind: 'none', raw }
  const single = part(text, marks)
  if (single) return { kind: 'number', ...single, raw }

  // Figures with qualifiers: `1.85 (常住) 1.67 (户籍)`, `3.76 (户籍人口)`.
  const qualified = [...text.matchAll(QUALIFIED)]
  if (qualified.length > 0 && qualified.map((q) => q[0]).join('').replace(/\s/g, '') === text.replace(/\s/g, '')) {
    const parts = qualified.map((q): NumberPart | undefined => {
      const p = part(q[1]!, marks)
      return p ? { ...p, raw: q[0].trim(), qualifier: q[2]!.trim() } : undefined
    })
    if (parts.every((p): p is NumberPart => p !== undefined)) {
      if (parts.length === 1) return { kind: 'number', ...parts[0]!, raw }
      return { kind: 'multiple', raw, parts }
    }
  }
  return { kind: 'text', raw, text }
}

/**
 * Footnote marks a table's note defines: `[]为累计完成数，*为2019年数据，**为统计口径调整后数据`.
 */
export function parseMarkNote(note: string, noteId: string): Map<string, { meaning: string; note: string }> {
  const out = new Map<string, { meaning: string; note: string }>()
  const body = note.replace(/^(?:注\s*[：:]\s*)?\d+\s*[.．、]\s*/u, '')
  for (const clause of body.split(/[，,；;。]/u)) {
    const m = /^\s*(\[\]|［］|\*+)\s*为\s*(.+?)\s*$/u.exec(clause)
    if (m) out.set(m[1]!.replace('［］', '[]'), { meaning: m[2]!, note: noteId })
  }
  return out
}

/**
 * The unit printed at the end of an indicator's name: `地区生产总值（亿元）` -> 亿元,
 * `孕产妇死亡率（1/10万）` -> 1/10万. A last bracket that is a qualifier or an
 * abbreviation (`（GDP）`, `(省级)`) is only a unit when it ends the name.
 */
export function unitOf(name: string): string | undefined {
  const m = /[（(]\s*([^（）()]+?)\s*[）)]\s*$/u.exec(name)
  return m ? m[1] : undefined
}

/** The period a table's title names: `“十三五”时期…` -> 十三五. */
export function periodOf(title: string): string | undefined {
  return /十[一二三四五六七八九]五/u.exec(title)?.[0]
}

/** Indicator names a note lists as no longer monitored: `A、B、C五项指标不再监测。` */
export function unmonitoredNames(note: string): string[] | undefined {
  const body = note.replace(/^(?:注\s*[：:]\s*)?\d+\s*[.．、]\s*/u, '')
  const m = /^(.+?)(?:[一二两三四五六七八九十\d]+\s*项)?指标?不再监测/u.exec(body)
  return m ? m[1]!.split(/[、，,]/u).map((s) => s.trim()).filter(Boolean) : undefined
}
