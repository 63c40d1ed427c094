/**
 * Traditional -> simplified, one character for one character, from the table
 * the build derives from OpenCC (src/generated/t2s.ts). Keeping the length
 * keeps every offset of a folded text valid.
 */
import { T2S_PAIRS } from '../generated/t2s.js'

/**
 * Code unit -> its simplified code unit, 0 where it stays. Every character of
 * the table is one BMP code unit that is not a surrogate (scripts/build/t2s.ts
 * keeps only such pairs), so one array indexed by code unit answers a look-up
 * without making a string, and a surrogate pair is never touched.
 */
let table: Uint16Array | undefined

function build(): Uint16Array {
  const t = new Uint16Array(0x10000)
  for (let k = 0; k + 1 < T2S_PAIRS.length; k += 2) t[T2S_PAIRS.charCodeAt(k)] = T2S_PAIRS.charCodeAt(k + 1)
  return t
}

/**
 * `text` with every traditional character of the table replaced by its
 * simplified one. A text that has none (the plan's own, which is printed in
 * simplified characters) is returned as it is, with no copy made: the first
 * search converts the whole plan's text at once.
 */
export function toSimplified(text: string): string {
  const t = (table ??= build())
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const s = t[text.charCodeAt(i)]!
    if (s !== 0) {
      out += text.slice(from, i) + String.fromCharCode(s)
      from = i + 1
    }
  }
  return from === 0 ? text : out + text.slice(from)
}
