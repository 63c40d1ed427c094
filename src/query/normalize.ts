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
  starts: number[]
  /** … and where it ends. */
  ends: number[]
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
 * (a plan's text uses a few thousand at most) are folded first, when the
 * search index is built, and stay; queries add theirs until the cache is
 * full, then fold the rest without remembering them, so that no stream of
 * queries (a megabyte of distinct astral characters, say) can grow the
 * process for good. Bounded, not evicting: the characters that matter most
 * are never pushed out.
 */
export const FOLD_CACHE_LIMIT = 8192

const cache = new Map<string, string>()

/** How many code points the fold cache holds now (never more than `FOLD_CACHE_LIMIT`). */
export function foldCacheSize(): number {
  return cache.size
}

/** The fold of one code point (possibly empty, possibly several code units). */
export function foldChar(ch: string): string {
  let out = cache.get(ch)
  if (out !== undefined) return out
  if (ch === '\t') out = '\t'
  else {
    out = ''
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      const p = PUNCTUATION.get(c) ?? c
      if (!/\s/u.test(p)) out += p
    }
  }
  if (cache.size < FOLD_CACHE_LIMIT) cache.set(ch, out)
  return out
}

/** Fold a text, keeping for each folded code unit the original code point's offsets. */
export function fold(value: string): Folded {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const ch of value) {
    const f = foldChar(ch)
    const end = offset + ch.length
    for (let k = 0; k < f.length; k++) {
      starts.push(offset)
      ends.push(end)
    }
    text += f
    offset = end
  }
  return { text, starts, ends }
}

/** Fold a query: the same fold, with tabs removed too (a query never spans table cells). */
export function foldQuery(query: string): string {
  return fold(query).text.replace(/\t/g, '')
}
