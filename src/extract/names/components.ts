/**
 * A、B、C为一体的D: A, B and C are the parts of D, and only D may be a
 * project. The list is read from after the last component end.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { Span } from '../text.js'

/** The clause without the components before a component end (集A、B、C为一体的D -> 的D). */
export function afterComponents(text: string, clause: Span, words: ExtractKnowledge): Span {
  let out = clause
  for (const end of words.componentEnds) {
    const at = text.indexOf(end, out.start)
    if (at >= out.start && at < out.end) out = { start: at + end.length, end: out.end }
  }
  return out
}
