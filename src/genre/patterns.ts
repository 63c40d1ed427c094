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

/** Patterns over the text of one Markdown node (a heading, a caption, a cell, a paragraph). */
export const patterns = {
  /** `X政发〔2021〕7号`, `X政办发[2021]12号`. */
  docNumber: /[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$/,
  toc: TOC,
  /** `第十三章 组织保障`. */
  chapter: new RegExp(`^第(${NUMERAL})章${SPACE}(.*)$`, 'u'),
  /** `第三节 实施保障`. */
  section: new RegExp(`^第(${NUMERAL})节${SPACE}(.*)$`, 'u'),
  /** A 目录 entry: label, level, title, page (leader dots optional). */
  tocEntry: new RegExp(`^第(${NUMERAL})(章|节)${SPACE}(.*?)${SPACE}(?:[.．·…]{2,}${SPACE})?(\\d+)$`, 'u'),
  /** `专栏 4-3 title`, `专栏4-3：title`. */
  box: new RegExp(`^${BOX_NUMBER}${SPACE}[:：]?${SPACE}(.*)$`, 'u'),
  /** `表 1-1 title`. */
  table: new RegExp(`^${TABLE_NUMBER}${SPACE}(.*)$`, 'u'),
  /** A paragraph right after a table that is one of its notes. */
  note: NOTE,
  noteNumber: /^(?:注[\s\u3000]*[：:][\s\u3000]*)?(\d+)[\s\u3000]*[.．、]/u,
  /** A grouping row: `一、经济发展（5 项）`, `三、“六新”突破与产业升级 (7个)`. */
  tableGroup: new RegExp(`^(${NUMERAL})${SPACE}[、.．]${SPACE}(.+?)${SPACE}(?:[（(]${SPACE}(\\d+)${SPACE}[项个条]${SPACE}[)）])?${SPACE}$`, 'u'),
  /** A number printed at the start of a row's name: `3. 城镇化率`. */
  rowNumber: /^(\d+)[\s\u3000]*[.．、][\s\u3000]*(.+)$/u,
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
