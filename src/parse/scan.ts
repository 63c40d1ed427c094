/**
 * The pre-scan: one pass over the Markdown's lines, before remark sees any
 * of it, that cuts the text into top-level blocks and holds each to the
 * limits (limits.ts). Linear in the input: it looks at each character once
 * or twice and keeps a few numbers per block.
 *
 * A block starts at a line that stands at the left margin after a blank
 * line and is not a list item (`- `, `1. `) when the block above has one (it
 * may continue that list), or at an ATX heading (`## …`) at the margin,
 * blank line or not;
 * never inside a fenced code block or an HTML block that started at the
 * margin. Such a line closes every block quote, list, paragraph and table
 * above it, so remark reads each block alone exactly as it reads it within
 * the whole text (markdown.ts relies on it). Where it cannot tell, it cuts
 * less: any line that opens with `<` is taken for an HTML block up to the
 * next blank line, and after a fence or HTML opener indented under a list
 * item (it may end with the item, or not) no block starts again. Blocks get
 * larger, never wrong.
 */
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ParseLimits } from './limits.js'

/** A top-level block: `[start, end)` of the text, `end` the start of the next block (blank lines before it included). */
export interface Block {
  readonly start: number
  readonly end: number
  /** 1-based line of `start`. */
  readonly line: number
}

export interface Scan {
  /** The blocks within the limits, in order; a block that breaks one is left out (and reported). */
  readonly blocks: readonly Block[]
  readonly diagnostics: Diagnostic[]
  /** The end of the text as remark counts it (line and column 1-based, a CRLF one line ending). */
  readonly end: { line: number; column: number; offset: number }
}

/** What one block has used of the limits so far. */
interface Tally {
  start: number
  line: number
  markers: number
  lazy: number
  items: number
  containers: boolean
  /** The end of its last line that is not blank. */
  contentEnd: number
  /** The first limit the block breaks: where and how. */
  broken: { line: number; column: number; rule: string; message: string } | undefined
  /** The `>` count and content column of the last line that was not lazy: what a lazy line falls short of. */
  quotes: number
  content: number
}

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const GT = 0x3e
const BACKSLASH = 0x5c
const LT = 0x3c
const HASH = 0x23
const BOM = 0xfeff

/** Emphasis and link markers: `*`, `_`, `~`, `[`, `]`. */
function isMarker(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d
}

/** Length of a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space, a tab or the line's end at `i`, else 0. */
function listMarker(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  let k = i
  if (c === 0x2d || c === 0x2b || c === 0x2a) k = i + 1
  else {
    while (k < end && k - i < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++
    if (k === i || k >= end || (text.charCodeAt(k) !== 0x2e && text.charCodeAt(k) !== 0x29)) return 0
    k++
  }
  if (k < end && text.charCodeAt(k) !== SPACE && text.charCodeAt(k) !== TAB) return 0
  return k - i
}

/** The container prefix of a line: `>` markers, list markers and indentation, as far as they reach. */
interface Prefix {
  quotes: number
  items: number
  /** The column its content starts at (0-based), and the offset. */
  content: number
  at: number
  /** Offset of the first container beyond `maxDepth`, when the line opens one. */
  tooDeep: number | undefined
  /** Whether its first list marker may interrupt a paragraph (a bullet or `1.`, with text after it). */
  interrupts: boolean
}

/**
 * A line's nesting is at most its `>` markers, plus its list markers, plus
 * half its indentation (an item nested in another is indented at least two
 * columns more): the space a list marker needs after it is not counted as
 * indentation.
 */
function prefix(text: string, start: number, end: number, maxDepth: number): Prefix {
  let quotes = 0
  let items = 0
  /** Columns of spaces and tabs (a tab counted as 4), and those that are the space a list marker needs after it. */
  let columns = 0
  let spacing = 0
  let tooDeep: number | undefined
  let interrupts = false
  let i = start
  let column = 0
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c === SPACE || c === TAB) {
      const width = c === TAB ? 4 : 1
      columns += width
      column += width
      i++
      continue
    }
    let width = 0
    if (c === GT) {
      quotes++
      width = 1
    } else {
      width = listMarker(text, i, end)
      if (width === 0) break
      if (i + width < end) spacing++
      if (!items) {
        const c = text.charCodeAt(i)
        const bullet = c === 0x2d || c === 0x2b || c === 0x2a
        interrupts = (bullet || (width === 2 && c === 0x31)) && /[^ \t]/.test(text.slice(i + width, end))
      }
      items++
    }
    if (tooDeep === undefined && quotes + items + Math.floor((columns - spacing) / 2) > maxDepth) tooDeep = i
    i += width
    column += width
  }
  if (tooDeep === undefined && quotes + items + Math.floor((columns - spacing) / 2) > maxDepth) tooDeep = start
  return { quotes, items, content: column, at: i, tooDeep, interrupts }
}

/** An ATX heading at the margin (`#` to `######`, then a space, a tab or the line's end): it closes what is above it, blank line or not. */
function atxHeading(text: string, start: number, end: number): boolean {
  let k = start
  while (k < end && k - start < 7 && text.charCodeAt(k) === HASH) k++
  const hashes = k - start
  return hashes >= 1 && hashes <= 6 && (k === end || text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)
}

/** A fence opener at the margin (up to 3 spaces): its character and length, else undefined. */
function fenceOpener(text: string, start: number, end: number): { char: number; length: number } | undefined {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
  const char = text.charCodeAt(i)
  if (char !== 0x60 && char !== 0x7e) return undefined
  let k = i
  while (k < end && text.charCodeAt(k) === char) k++
  if (k - i < 3) return undefined
  // A backtick fence's info string has no backtick (else the line is inline code).
  if (char === 0x60 && text.slice(k, end).includes('`')) return undefined
  return { char, length: k - i }
}

function closesFence(text: string, start: number, end: number, fence: { char: number; length: number }): boolean {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
  let k = i
  while (k < end && text.charCodeAt(k) === fence.char) k++
  if (k - i < fence.length) return false
  for (; k < end; k++) if (text.charCodeAt(k) !== SPACE && text.charCodeAt(k) !== TAB) return false
  return true
}

/** HTML blocks that may hold blank lines (CommonMark's kinds 1 to 5): the opener at the margin and the text that ends them. */
const HTML_OPENERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/** The end marker of the HTML block this line opens and does not close, else undefined. */
function htmlOpener(line: string): RegExp | undefined {
  for (const [open, close] of HTML_OPENERS) {
    const m = open.exec(line)
    if (m) return close.test(line.slice(m[0].length)) ? undefined : close
  }
  return undefined
}

/**
 * Cut `text` into top-level blocks and hold each to `limits`. `file` names
 * the diagnostics. The text's length is the caller's to check
 * (`maxLength`): this reads all of it.
 */
export function scan(text: string, limits: ParseLimits, file: string): Scan {
  const blocks: Block[] = []
  const diagnostics: Diagnostic[] = []
  let tally: Tally | undefined
  let fence: { char: number; length: number } | undefined
  /** The HTML block the line stands in: the text that ends it, or `blank` for one that ends at a blank line. */
  let html: RegExp | 'blank' | undefined
  /** Whether the current block has had a list item (a fence or HTML opener indented under one may be the item's). */
  let listed = false
  /** The line of a fence or HTML opener that may or may not be an item's: from there on the scan cannot tell where blocks start, and the rest of the text is one block. */
  let unsure: number | undefined
  let previousBlank = true
  let line = 0
  let lineStart = 0

  const close = (end: number) => {
    if (!tally) return
    // Blank lines after the block's last line cost remark a step each: they do not count.
    const length = tally.contentEnd - tally.start
    if (!tally.broken && length > limits.maxBlockLength)
      tally.broken = {
        line: tally.line,
        column: 1,
        rule: 'block-too-large',
        message: `this block is ${length} characters long; parsePlan reads blocks of up to ${limits.maxBlockLength} (a blank line and a line at the margin start a new block${unsure ? `; none does after line ${unsure}, whose fence or HTML block may belong to a list item or HTML block above it` : ''})`
      }
    if (tally.broken) {
      const { line: l, column, rule, message } = tally.broken
      diagnostics.push({ severity: 'error', rule, message: `${message}; the block from line ${tally.line} is left out`, file, line: l, column })
    } else blocks.push({ start: tally.start, end, line: tally.line })
  }

  for (let start = 0; ; ) {
    line++
    let end = start
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++
    let next = end
    if (next < text.length) next += text.charCodeAt(next) === CR && text.charCodeAt(next + 1) === LF ? 2 : 1

    let blank = true
    for (let i = start; i < end && blank; i++) if (text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== TAB) blank = false
    const first = text.charCodeAt(start)
    const atMargin = !blank && first !== SPACE && first !== TAB && first !== BOM
    if (blank && html === 'blank') html = undefined
    const p = blank ? undefined : prefix(text, start, end, limits.maxDepth)
    // A list item starts no block under a list (it may continue that list), nor when it could not interrupt a
    // paragraph (an empty item, an ordered one not at 1): remark reads those as text after an indented code block.
    const heldItem = atMargin && listMarker(text, start, end) > 0 && (listed || !p!.interrupts)
    const opens = atMargin && !fence && !html && !unsure && ((previousBlank && !heldItem) || atxHeading(text, start, end))
    if (!tally || opens) {
      close(start)
      tally = { start, line, markers: 0, lazy: 0, items: 0, containers: false, contentEnd: start, broken: undefined, quotes: 0, content: 0 }
      listed = false
    }

    // Fences and HTML blocks that may hold blank lines: no block starts inside one.
    if (fence) {
      if (closesFence(text, start, end, fence)) fence = undefined
    } else if (html instanceof RegExp) {
      if (html.test(text.slice(start, end))) html = undefined
    } else if (p && !unsure) {
      let i = start
      while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
      const opener = fenceOpener(text, start, end) ?? (text.charCodeAt(i) === LT ? (htmlOpener(text.slice(start, end)) ?? 'blank') : undefined)
      // Indented under a list item (or in an HTML block, a fence) the opener may belong to the item and end with it, or
      // not: whether a later line closes it or opens another cannot be told without reading the containers, so no
      // block starts from here on.
      const inItem = listed && i > start
      if (opener === 'blank') html ??= 'blank'
      else if (opener && (inItem || html === 'blank')) unsure = line
      else if (opener instanceof RegExp) html = opener
      else if (opener) fence = opener
    }
    if (p && p.items) listed = true

    if (!blank) tally.contentEnd = end
    if (!p || p.at === end) tally.markers = 0
    else if (!tally.broken) {
      const t = tally
      if (p.quotes || p.items) t.containers = true
      if (p.tooDeep !== undefined)
        t.broken = { line, column: p.tooDeep - start + 1, rule: 'too-deep', message: `this line nests more than ${limits.maxDepth} block quotes and list items` }
      // A lazy line continues a block quote or list item without its `>` or its indentation.
      const lazy = t.containers && !p.items && (p.quotes < t.quotes || (p.quotes === t.quotes && p.content < t.content))
      if (lazy) {
        if (++t.lazy > limits.maxLazyLines && !t.broken)
          t.broken = { line, column: 1, rule: 'too-many-lazy-lines', message: `this block has more than ${limits.maxLazyLines} lines that continue a block quote or list item without its \`>\` or indentation` }
      } else {
        t.quotes = p.quotes
        t.content = p.content
      }
      t.items += p.items
      if (t.items > limits.maxItems && !t.broken)
        t.broken = { line, column: 1, rule: 'too-many-items', message: `this block opens more than ${limits.maxItems} list items` }
      // Markers count per paragraph: a blank line, a heading or a list item that may interrupt a paragraph (a bullet
      // or 1. with text after it) starts a new one; anything else may continue the one above.
      if (p.interrupts || atxHeading(text, p.at, end)) t.markers = 0
      for (let i = p.at; i < end; i++) {
        const c = text.charCodeAt(i)
        if (c === BACKSLASH) i++
        else if (isMarker(c) && ++t.markers > limits.maxMarkers && !t.broken)
          t.broken = { line, column: i - start + 1, rule: 'too-many-markers', message: `this paragraph has more than ${limits.maxMarkers} emphasis and link markers (*, _, ~, [, ])` }
      }
    }
    previousBlank = blank
    lineStart = start
    if (next === end) break
    start = next
    if (start === text.length) {
      line++
      lineStart = start
      break
    }
  }
  close(text.length)
  return { blocks, diagnostics, end: { line: Math.max(line, 1), column: text.length - lineStart + 1, offset: text.length } }
}
