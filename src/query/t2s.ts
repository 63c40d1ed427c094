/**
 * Traditional -> simplified, one character for one character, from the table
 * the build derives from OpenCC (src/generated/t2s.ts). Keeping the length
 * keeps every offset of a folded text valid.
 */
import { T2S_PAIRS } from '../generated/t2s.js'

interface Table {
  map: Map<string, string>
  /** Any traditional character of the table: the regular expression engine finds them, only they are looked up. */
  pattern: RegExp
}

let table: Table | undefined

function build(): Table {
  const map = new Map<string, string>()
  for (let k = 0; k + 1 < T2S_PAIRS.length; k += 2) map.set(T2S_PAIRS[k]!, T2S_PAIRS[k + 1]!)
  // Every traditional character of the table is one BMP code unit (scripts/build/t2s.ts), so a character class matches it.
  const chars = [...map.keys()].join('')
  return { map, pattern: new RegExp(chars ? `[${chars}]` : '[^\\s\\S]', 'g') }
}

export function toSimplified(text: string): string {
  const { map, pattern } = (table ??= build())
  return text.replace(pattern, (ch) => map.get(ch)!)
}
