/**
 * Traditional -> simplified, one character for one character, from the table
 * the build derives from OpenCC (src/generated/t2s.ts). Keeping the length
 * keeps every offset of a folded text valid.
 */
import { T2S_PAIRS } from '../generated/t2s.js'

let table: Map<string, string> | undefined

function build(): Map<string, string> {
  const map = new Map<string, string>()
  for (let k = 0; k + 1 < T2S_PAIRS.length; k += 2) map.set(T2S_PAIRS[k]!, T2S_PAIRS[k + 1]!)
  return map
}

export function toSimplified(text: string): string {
  const map = (table ??= build())
  let out = ''
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!
    out += map.get(ch) ?? ch
  }
  return out
}
