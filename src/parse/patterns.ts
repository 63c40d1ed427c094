/**
 * The printed conventions of the genre (Chinese five-year plan outlines), in
 * one place. Nothing here names a county: a plan that prints 第X章, 专栏 X-Y
 * and 表 X-Y (full- or half-width punctuation, with or without spaces) parses
 * with these.
 */
const NUMERAL = '[一二三四五六七八九十百零〇]+'
const SPACE = '[\\s\\u3000]*'
const DASH = '[-－‐–]'

export const patterns = {
  /** `X政发〔2021〕7号`, `X政办发[2021]12号`. */
  docNumber: /[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$/,
  /** The 目录 heading (whitespace removed). */
  toc: /^目录$/,
  /** `第十三章 组织保障`. */
  chapter: new RegExp(`^第(${NUMERAL})章${SPACE}(.*)$`, 'u'),
  /** `第三节 实施保障`. */
  section: new RegExp(`^第(${NUMERAL})节${SPACE}(.*)$`, 'u'),
  /** A 目录 entry: label, level, title, page (leader dots optional). */
  tocEntry: new RegExp(`^第(${NUMERAL})(章|节)${SPACE}(.*?)${SPACE}(?:[.．·…]{2,}${SPACE})?(\\d+)$`, 'u'),
  /** `专栏 4-3 title`, `专栏4-3：title`. */
  box: new RegExp(`^专栏${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)${SPACE}[:：]?${SPACE}(.*)$`, 'u'),
  /** `表 1-1 title`. */
  table: new RegExp(`^表${SPACE}(\\d+)${SPACE}${DASH}${SPACE}(\\d+)${SPACE}(.*)$`, 'u'),
  /** A paragraph right after a table that is one of its notes: `注：1. …`, `2. …`. */
  note: /^(注[\s\u3000]*[：:]|\d+[\s\u3000]*[.．、])/u,
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
