/**
 * Small text tools for extraction: spans, sentences, spacing, and a
 * longest-first dictionary matcher. Nothing here knows a county.
 */

export interface Span {
  start: number
  end: number
}

const ASCII = /[\x21-\x7e]/

/**
 * Drop the half-width spaces the source puts around Latin and digit runs
 * (`100MW 光伏` -> `100MW光伏`) and trim: the form names are compared in.
 */
export function despace(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c === ' ' || c === '\u3000') {
      const prev = out[out.length - 1]
      const next = s[i + 1]
      if (prev === undefined || next === undefined || !(ASCII.test(prev) && ASCII.test(next))) continue
    }
    out += c
  }
  return out.trim()
}

const OPEN = '“‘（(《【'
const CLOSE = '”’）)》】'

/**
 * Split `text[from, to)` at any of `marks`, but not inside quotes or
 * brackets; empty pieces are dropped. Returns absolute spans.
 */
export function splitSpans(text: string, from: number, to: number, marks: readonly string[]): Span[] {
  const out: Span[] = []
  let depth = 0
  let start = from
  let i = from
  while (i < to) {
    const c = text[i]!
    // A mark that closes a quotation and opens the next (”“) separates quoted list members: it counts at depth 1.
    const mark =
      depth === 0 || (depth === 1 && CLOSE.includes(c))
        ? marks.find((m) => text.startsWith(m, i) && i + m.length <= to && (depth === 0 || CLOSE.includes(m[0]!)))
        : undefined
    if (mark) {
      if (i > start) out.push({ start, end: i })
      i += mark.length
      start = i
      depth = 0
      continue
    }
    if (OPEN.includes(c)) depth++
    else if (CLOSE.includes(c) && depth > 0) depth--
    i++
  }
  if (to > start) out.push({ start, end: to })
  return out
}

/** The longest of `words` that `text` ends with, if any. */
export function longestSuffix(text: string, words: readonly string[]): string | undefined {
  let out: string | undefined
  for (const word of words) if (text.endsWith(word) && (out === undefined || word.length > out.length)) out = word
  return out
}

/** Whether every “, （ and 《 in `s` is closed. */
export function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length
  return count(/“/g) === count(/”/g) && count(/（/g) === count(/）/g) && count(/《/g) === count(/》/g)
}

/** Sentences: split at 。；！？ and line breaks (the closing mark stays out of the span). */
export function sentences(text: string): Span[] {
  return splitSpans(text, 0, text.length, ['。', '；', '！', '？', '\n', ';'])
}

/** The sentence of `text` that contains offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  return sentences(text).find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length }
}

export interface Match<T> extends Span {
  word: string
  value: T
}

/**
 * A dictionary matcher that takes the longest word at each position and
 * moves past it, so that 新能源汽车 is not also read as 新能源.
 */
export class Matcher<T> {
  private readonly byFirst = new Map<string, Array<{ word: string; value: T }>>()
  private readonly excludes: readonly string[]

  /** `excludes`: strings whose occurrences no match may start in (an empty one would block nothing and never end a search, so it is dropped). */
  constructor(entries: Iterable<[string, T]>, excludes: readonly string[] = []) {
    this.excludes = excludes.filter((x) => x !== '')
    for (const [word, value] of entries) {
      if (!word) continue
      const first = word[0]!
      let list = this.byFirst.get(first)
      if (!list) this.byFirst.set(first, (list = []))
      list.push({ word, value })
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length)
  }

  all(text: string): Array<Match<T>> {
    const out: Array<Match<T>> = []
    const blocked = this.blockedSpans(text)
    let i = 0
    while (i < text.length) {
      const hit = this.byFirst.get(text[i]!)?.find((e) => text.startsWith(e.word, i))
      if (hit && !blocked.some((b) => b.start <= i && i < b.end)) {
        out.push({ start: i, end: i + hit.word.length, word: hit.word, value: hit.value })
        i += hit.word.length
      } else i++
    }
    return out
  }

  private blockedSpans(text: string): Span[] {
    const out: Span[] = []
    for (const x of this.excludes) {
      let i = text.indexOf(x)
      while (i >= 0) {
        out.push({ start: i, end: i + x.length })
        i = text.indexOf(x, i + 1)
      }
    }
    return out
  }
}
