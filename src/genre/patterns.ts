/**
 * The printed conventions of the genre (Chinese five-year plan outlines), in
 * one place, for both stages that read them: the import (lines of plain text
 * -> Markdown) and the parser (Markdown -> plan tree). Nothing here names a
 * county: a plan that prints 第X章, 专栏 X-Y and 表 X-Y (full- or half-width
 * punctuation, with or without spaces) reads with these.
 *
 * The stages share the pieces (numerals, spaces, dashes, the 专栏 and 表
 * numbers), so that what the import recognises as a box the parser reads as
 * one. `patterns` match the text of one Markdown node; `linePatterns` match
 * the start of a block of plain text.
 */
const NUMERAL = '[一二三四五六七八九十百零〇]+'
const SPACE = '[\\s\\u3000]*'
/** Hyphen-minus, full-width hyphen-minus, hyphen, en dash: what PDF extraction prints between X and Y. */
const DASH = '[-－‐–]'
/** `专栏 4-3`, `专栏4－3`: X and Y captured. */
const BOX_NUMBER = `专栏${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)`
/** `表 1-1`: X and Y captured. */
const TABLE_NUMBER = `表${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)`
/** The 目录 heading: `目录`, `目 录`. */
const TOC = /^目[\s\u3000]*录$/u
/** A table note: `注：1. …`, `2. …`. */
const NOTE = /^(注[\s\u3000]*[：:]|\d+[\s\u3000]*[.．、])/u

/** What the parser asks of a pattern: a regular expression, or a reader that answers as one would. */
export interface Pattern {
  exec(text: string): RegExpExecArray | null
  test(text: string): boolean
}

/** A match array as `RegExp#exec` makes it. */
function matched(text: string, groups: ReadonlyArray<string | undefined>): RegExpExecArray {
  return Object.assign([text, ...groups], { index: 0, input: text, groups: undefined }) as RegExpExecArray
}

function pattern(exec: (text: string) => RegExpExecArray | null): Pattern {
  return { exec, test: (text) => exec(text) !== null }
}

/** What `.` does not match (`u` flag, no `s`). */
const LINE_BREAK = /[\n\r\u2028\u2029]/
const isBreak = (c: string) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'
const LEADING_SPACE = /^[\s\u3000]*/u
const TRAILING_SPACE = /[\s\u3000]*$/u
/** The length of the run of spaces that ends at `end` (`TRAILING_SPACE` on a slice, without the slice). */
function spacesBefore(text: string, end: number): number {
  let k = end
  while (k > 0 && /[\s\u3000]/u.test(text[k - 1]!)) k--
  return end - k
}

/**
 * `prefix` (anchored, with its own groups), then spaces, then the rest of the
 * text as the last group, when the rest is one line: what `prefix` followed
 * by `${SPACE}(.*)$` (`some`: `(.+)$`) matches. A regular expression of that
 * shape backtracks through the spaces once per character when a line break
 * follows them: quadratic on a long caption.
 */
function headed(prefix: RegExp, rest: 'any' | 'some' = 'any'): Pattern {
  return pattern((text) => {
    const m = prefix.exec(text)
    if (!m) return null
    const after = text.slice(m[0].length)
    const spaces = LEADING_SPACE.exec(after)![0].length
    let tail = after.slice(spaces)
    if (LINE_BREAK.test(tail)) return null
    if (rest === 'some' && tail === '') {
      // `(.+)` takes back the last space, when it is not a line break.
      if (spaces === 0 || isBreak(after[spaces - 1]!)) return null
      tail = after[spaces - 1]!
    }
    return matched(text, [...m.slice(1), tail])
  })
}

/**
 * A 目录 entry, as `^第(N)(章|节)${SPACE}(.*?)${SPACE}(?:[.．·…]{2,}${SPACE})?(\d+)$`
 * matches it (label, level, title, page), read from the end: the page, the
 * leader dots, the title the rest.
 */
const TOC_LABEL = new RegExp(`^第(${NUMERAL})(章|节)`, 'u')
function tocEntry(text: string): RegExpExecArray | null {
  const m = TOC_LABEL.exec(text)
  if (!m) return null
  const r = text.slice(m[0].length)
  let end = r.length
  while (end > 0 && r.charCodeAt(end - 1) >= 0x30 && r.charCodeAt(end - 1) <= 0x39) end--
  if (end === r.length) return null
  const page = r.slice(end)
  // The longest tail of spaces, leader dots and spaces before the page: the title is what is left (as short as can be).
  let k = end - spacesBefore(r, end)
  let dots = k
  while (dots > 0 && '.．·…'.includes(r[dots - 1]!)) dots--
  if (k - dots >= 2) k = dots - spacesBefore(r, dots)
  const lead = LEADING_SPACE.exec(r)![0].length
  const title = r.slice(lead, Math.max(lead, k))
  if (LINE_BREAK.test(title)) return null
  return matched(text, [m[1], m[2], title, page])
}

/**
 * A grouping row, as `^(N)${SPACE}[、.．]${SPACE}(.+?)${SPACE}(?:[（(]${SPACE}(\d+)${SPACE}[项个条]${SPACE}[)）])?${SPACE}$`
 * matches it (label, title, declared count), read from the end: the count in
 * brackets, the title the rest. That expression backtracks cubically over a
 * long run of spaces.
 */
const GROUP_LABEL = new RegExp(`^(${NUMERAL})${SPACE}[、.．]`, 'u')
function tableGroup(text: string): RegExpExecArray | null {
  const m = GROUP_LABEL.exec(text)
  if (!m) return null
  const r = text.slice(m[0].length)
  const lead = LEADING_SPACE.exec(r)![0].length
  if (lead === r.length) {
    // Only spaces: `(.+?)` takes back the last of them that is not a line break.
    let k = r.length - 1
    while (k >= 0 && isBreak(r[k]!)) k--
    return k < 0 ? null : matched(text, [m[1], r[k], undefined])
  }
  const e = r.length - TRAILING_SPACE.exec(r)![0].length
  // `（ 5 项 ）` at the end: read it backwards.
  let count: { start: number; digits: string } | undefined
  let i = e - 1
  if (i >= 0 && (r[i] === ')' || r[i] === '）')) {
    i -= 1 + spacesBefore(r, i)
    if (i >= 0 && '项个条'.includes(r[i]!)) {
      i -= spacesBefore(r, i)
      let d = i
      while (d > 0 && r.charCodeAt(d - 1) >= 0x30 && r.charCodeAt(d - 1) <= 0x39) d--
      if (d < i) {
        const digits = r.slice(d, i)
        const open = d - spacesBefore(r, d) - 1
        if (open >= 0 && (r[open] === '（' || r[open] === '(')) count = { start: open, digits }
      }
    }
  }
  let end = e
  let declared: string | undefined
  if (count) {
    const from = Math.max(count.start - spacesBefore(r, count.start), lead + 1)
    if (from <= count.start) {
      end = from
      declared = count.digits
    }
  }
  const title = r.slice(lead, end)
  if (LINE_BREAK.test(title)) return null
  return matched(text, [m[1], title, declared])
}

/** Patterns over the text of one Markdown node (a heading, a caption, a cell, a paragraph). Each runs in time linear in the text. */
export const patterns = {
  /** `X政发〔2021〕7号`, `X政办发[2021]12号`. */
  docNumber: /[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$/,
  toc: TOC,
  /** `第十三章 组织保障`: numeral, title. */
  chapter: headed(new RegExp(`^第(${NUMERAL})章`, 'u')),
  /** `第三节 实施保障`: numeral, title. */
  section: headed(new RegExp(`^第(${NUMERAL})节`, 'u')),
  /** A 目录 entry: label, level, title, page (leader dots optional). */
  tocEntry: pattern(tocEntry),
  /** `专栏 4-3 title`, `专栏4-3：title`: X, Y, title. */
  box: headed(new RegExp(`^${BOX_NUMBER}${SPACE}[:：]?`, 'u')),
  /** `表 1-1 title`: X, Y, title. */
  table: headed(new RegExp(`^${TABLE_NUMBER}`, 'u')),
  /** A paragraph right after a table that is one of its notes. */
  note: NOTE,
  noteNumber: /^(?:注[\s\u3000]*[：:][\s\u3000]*)?(\d+)[\s\u3000]*[.．、]/u,
  /** A grouping row: `一、经济发展（5 项）`, `三、“六新”突破与产业升级 (7个)`: label, title, declared count. */
  tableGroup: pattern(tableGroup),
  /** A number printed at the start of a row's name: `3. 城镇化率`: number, name. */
  rowNumber: headed(/^(\d+)[\s\u3000]*[.．、]/u, 'some'),
  /** Header cells that name the number, name and attribute columns. */
  numberColumn: /^序号$/,
  nameColumn: /名称/,
  attributeColumn: /^属性$/,
  /** A dash before a bold lead: `——**经济发展迈上新台阶**。` */
  leadDash: /^[—–-]+$/,
  /** The first sentence of an item without a bold lead. */
  firstSentence: /^(.+?)[。：:]/u
} as const

/** Patterns over the start of a block of plain text (the import reads the extracted text with these). */
export const linePatterns = {
  /**
   * A chapter heading line: `第三章 产业发展`. The space after the
   * label tells a heading from a sentence that opens with one (`第三章提出…`).
   */
  chapter: new RegExp(`^第${NUMERAL}章\\s`, 'u'),
  /** A section heading line: `第二节 工业`. */
  section: new RegExp(`^第${NUMERAL}节\\s`, 'u'),
  /** A 目录 line: `第一节 工业.....16`. */
  tocEntry: /^第.+[章节]/u,
  toc: TOC,
  /** The notice's title ends in 通知; the lines above it are the 红头 header. */
  noticeTitle: /通知$/u,
  /** A box caption, X and Y captured: `专栏 4-1 重点项目`. */
  box: new RegExp(`^${BOX_NUMBER}`, 'u'),
  /** A table caption, X and Y captured: `表 1-1 …`. */
  table: new RegExp(`^${TABLE_NUMBER}`, 'u'),
  note: NOTE,
  /** A box item printed with its number: `1. 光伏电站项目…`. */
  numberedItem: /^(\d+)\s*[.．]\s*(.*)$/u,
  /** The first line of the closing block (版记): `抄送：…`. */
  closing: /^抄[\s\u3000]*送[\s\u3000]*[：:]/u
} as const
