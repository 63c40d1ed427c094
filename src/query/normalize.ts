/**
 * Text normalisation for literal search, with a map back to the original
 * offsets. Both the document's text and the query go through the same fold, so
 * that a query matches whatever way its characters were typed:
 *
 * - NFKC: full-width letters, digits and punctuation become ASCII (`ＰＭ２．５`
 *   -> `PM2.5`, `（` -> `(`, `＋` -> `+`), compatibility forms are unfolded;
 * - Latin letters lower-cased (`pm2.5` finds `PM2.5`; `Ⅴ` -> `v`);
 * - the punctuation NFKC leaves alone folded to one form: curly quotes to
 *   `"` and `'`, `、` to `,`, `。` to `.`, 〔〕【】 to `[]`, dashes to `-`;
 * - whitespace removed (the PDF put spaces between Han and digits at random:
 *   `2015 年`, `119 处`), except the tab between table cells, which is kept
 *   so that a query never matches across two cells (a query has no tabs).
 *
 * Each code unit of the folded text knows the `[start, end)` of the original
 * code point it came from, so a match in the folded text maps back to a slice
 * of the original.
 */

export interface Folded {
  /** The folded text. */
  text: string
  /** For each code unit of `text`, the offset in the original where its source character starts. */
  starts: ArrayLike<number>
  /** … and where it ends. */
  ends: ArrayLike<number>
}

const PUNCTUATION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '“': '"', '”': '"', '„': '"', '‟': '"', '〝': '"', '〞': '"', '＂': '"',
    '‘': "'", '’': "'", '‚': "'", '‛': "'",
    '、': ',', '。': '.', '｡': '.',
    '〔': '[', '〕': ']', '【': '[', '】': ']', '〖': '[', '〗': ']',
    '—': '-', '–': '-', '‐': '-', '‑': '-', '‒': '-', '―': '-', '−': '-', '－': '-',
    '〜': '~', '・': '·', '•': '·'
  })
)

/**
 * How many code points the fold remembers. The document's own characters
 * that fold to something else (a plan's text has a few hundred: full-width
 * punctuation, capitals, spaces; its ideographs fold to themselves and are
 * copied without a look-up) are folded first, when the search index is
 * built, and stay; queries add theirs until the cache is full, then fold the
 * rest without remembering them, so that no stream of queries (a megabyte of
 * distinct astral characters, say) can grow the process for good. Bounded,
 * not evicting: the characters that matter most are never pushed out.
 */
export const FOLD_CACHE_LIMIT = 8192

/** Code point -> its fold. Keyed by number, so that a look-up makes no string. */
const cache = new Map<number, string>()

/** How many code points the fold cache holds now (never more than `FOLD_CACHE_LIMIT`). */
export function foldCacheSize(): number {
  return cache.size
}

/** The fold of one code point, by number (possibly empty, possibly several code units). */
function foldCode(code: number): string {
  let out = cache.get(code)
  if (out !== undefined) return out
  if (code === 0x09) out = '\t'
  else {
    out = ''
    for (const c of String.fromCodePoint(code).normalize('NFKC').toLowerCase()) {
      const p = PUNCTUATION.get(c) ?? c
      if (!/\s/u.test(p)) out += p
    }
  }
  if (cache.size < FOLD_CACHE_LIMIT) cache.set(code, out)
  return out
}

/** The fold of one code point (possibly empty, possibly several code units). */
export function foldChar(ch: string): string {
  return foldCode(ch.codePointAt(0)!)
}

/** Offsets into an original text, 16-bit when it is shorter than 65,536 code units (half the memory). */
export type Offsets = Uint16Array | Int32Array

/** Several texts folded into one, for a scan of them all at once (the search index). */
export interface FoldedTexts {
  /** The folded texts, in order, each followed by the separator but the last. */
  readonly text: string
  /** Where each text's fold begins in `text`, and (last) the length of `text`. */
  readonly bounds: Int32Array
  /**
   * For each code unit of text `k`'s fold (`text.slice(bounds[k], bounds[k + 1])`
   * without the separator), the offset in text `k` where its source character
   * starts. Made on first call and kept: a search maps back only the texts it
   * hits, so the first search does not pay for the offsets of all the others.
   */
  starts(k: number): Offsets
}

/** Where the code point that starts at `start` in `value` ends. */
export const endOf = (value: string, start: number): number => start + (value.codePointAt(start)! > 0xffff ? 2 : 1)

/**
 * A code point that may fold to something else: a surrogate pair, or any
 * code unit but the CJK ideographs (NFKC, case and the punctuation table
 * leave U+3400–U+4DBF and U+4E00–U+9FFF alone) and printable ASCII other
 * than capitals and the space. The regular expression engine skips the runs
 * between them, which fold to themselves, so that only the few characters
 * that change cost a look-up each.
 */
const CHANGES = /[\ud800-\udbff][\udc00-\udfff]|[^\u0021-\u0040\u005b-\u007e\u3400-\u4dbf\u4e00-\u9fff]/g

const foldMatch = (ch: string) => foldCode(ch.codePointAt(0)!)

/** The offsets of `value`'s fold (`length` code units long): one pass over the same matches as the fold, into a typed array. */
function offsetsOf(value: string, length: number): Offsets {
  const starts = value.length < 0x10000 ? new Uint16Array(length) : new Int32Array(length)
  let n = 0
  let from = 0
  CHANGES.lastIndex = 0
  for (let m = CHANGES.exec(value); m; m = CHANGES.exec(value)) {
    // The run before it folds to itself, one code unit for one; every code unit of a fold maps back to where its character starts.
    for (let offset = from; offset < m.index; offset++) starts[n++] = offset
    for (let k = foldMatch(m[0]).length; k > 0; k--) starts[n++] = m.index
    from = m.index + m[0].length
  }
  for (let offset = from; offset < value.length; offset++) starts[n++] = offset
  return starts
}

/**
 * Fold texts into one, `separator` between two. The text is made by the
 * engine's own replace, at once; the offsets of a text only when asked for
 * (`starts(k)`), so that folding a whole plan (the search index, built on
 * the first search) is quick and makes little garbage.
 */
export function foldAll(values: readonly string[], separator: string): FoldedTexts {
  const folds = values.map((value) => value.replace(CHANGES, foldMatch))
  const bounds = new Int32Array(values.length + 1)
  let n = 0
  for (let i = 0; i < folds.length; i++) {
    bounds[i] = n
    n += folds[i]!.length + (i + 1 < folds.length ? separator.length : 0)
  }
  bounds[values.length] = n
  // A Map, not a sparse array: a missing element of an array is looked up on Object.prototype, a Map's never is.
  const made = new Map<number, Offsets>()
  // A text's fold is as long as its share of `text` less the separator after it (the folds themselves are not kept).
  const length = (k: number) => bounds[k + 1]! - bounds[k]! - (k + 1 < values.length ? separator.length : 0)
  return {
    text: folds.join(separator),
    bounds,
    starts: (k) => {
      let starts = made.get(k)
      if (starts === undefined) made.set(k, (starts = offsetsOf(values[k]!, length(k))))
      return starts
    }
  }
}

/** Fold a text, keeping for each folded code unit the original code point's offsets. */
export function fold(value: string): Folded {
  const text = value.replace(CHANGES, foldMatch)
  const starts = offsetsOf(value, text.length)
  return { text, starts, ends: starts.map((start) => endOf(value, start)) }
}

/** Fold a query: the same fold, with tabs removed too (a query never spans table cells). */
export function foldQuery(query: string): string {
  return query.replace(CHANGES, foldMatch).replace(/\t/g, '')
}
