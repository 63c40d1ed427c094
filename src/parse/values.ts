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
/** One `figure (qualifier)` from where the last one ended (sticky: read left to right, once). */
const QUALIFIED = /\s*([^\s（(]+)\s*[（(]([^）)]+)[）)]/uy

export type MarkMeanings = ReadonlyMap<string, { meaning: string; note: string }>

function part(raw: string, marks: MarkMeanings): NumberPart | undefined {
  // PART reads spaces only as `\s*`, so a run of them reads as one; over a long run its adjacent `\s*` would backtrack
  // once per way to share the run.
  const m = PART.exec(raw.trim().replace(/\s+/gu, ' '))
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

  // Figures with qualifiers: `1.85 (常住) 1.67 (户籍)`, `3.76 (户籍人口)`: the cell is such pairs and nothing else.
  const qualified: RegExpExecArray[] = []
  QUALIFIED.lastIndex = 0
  for (let q; QUALIFIED.lastIndex < text.length && (q = QUALIFIED.exec(text)); ) qualified.push(q)
  if (qualified.length > 0 && QUALIFIED.lastIndex === text.length) {
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
    const m = MARK_NOTE.exec(clause)
    const meaning = m ? oneLine(clause.slice(m[0].length)) : undefined
    if (meaning !== undefined) out.set(m![1]!.replace('［］', '[]'), { meaning, note: noteId })
  }
  return out
}

const MARK_NOTE = /^\s*(\[\]|［］|\*+)\s*为/u
const BREAKS = /[\n\r\u2028\u2029]/u
const isSpace = (c: string) => /\s/u.test(c)

/**
 * What `\s*(.+?)\s*$` captures of `rest`: the text between its leading and
 * trailing spaces, when that holds no line break (`.` does not match one);
 * of spaces only, the last that is not a line break. The expression itself
 * backtracks once per space of a long run inside the text.
 */
function oneLine(rest: string): string | undefined {
  const core = rest.trim()
  if (core === '') {
    let k = rest.length - 1
    while (k >= 0 && BREAKS.test(rest[k]!)) k--
    return k < 0 ? undefined : rest[k]
  }
  return BREAKS.test(core) ? undefined : core
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
  const names = namesBefore(body)
  return names === undefined ? undefined : names.split(/[、，,]/u).map((s) => s.trim()).filter(Boolean)
}

const COUNT_NUMERAL = /[一二两三四五六七八九十\d]/u

/**
 * What `^(.+?)(?:[一二两三四五六七八九十\d]+\s*项)?指标?不再监测` captures:
 * the text before the first 指(标)不再监测 and the count (`五项`) before it,
 * read from the phrase back. The expression tries the count at every
 * character of the text.
 */
function namesBefore(body: string): string | undefined {
  for (let p = body.indexOf('不再监测'); p >= 0; p = body.indexOf('不再监测', p + 1)) {
    const j = body[p - 1] === '指' ? p - 1 : body[p - 2] === '指' && body[p - 1] === '标' ? p - 2 : -1
    if (j < 0) continue
    // The count before it: numerals, spaces, 项. The names end where it starts (at the second numeral when the text opens with it).
    let end = j
    if (body[j - 1] === '项') {
      let k = j - 1
      while (k > 0 && isSpace(body[k - 1]!)) k--
      let start = k
      while (start > 0 && COUNT_NUMERAL.test(body[start - 1]!)) start--
      if (Math.max(start, 1) < k) end = Math.max(start, 1)
    }
    if (end < 1) continue
    const names = body.slice(0, end)
    return BREAKS.test(names) ? undefined : names
  }
  return undefined
}
