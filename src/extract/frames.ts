/**
 * Frames: clauses that tie the projects of a sentence to a place or facility
 * they do not stand in. A serving frame (通过X为…提供服务, 依靠X提供技术支撑:
 * a serving verb right before the entry, a service verb after it in the
 * clause) makes the projects `served-by` X; a partner frame (连接X、Y) makes
 * X and Y partners. The words are the corpus's (extract.json: servingVerbs,
 * serviceVerbs, partnerVerbs).
 */
import type { ExtractKnowledge } from '../schema/knowledge.js'
import { clausesOf } from './clauses.js'
import type { Named, PlaceIndex } from './places.js'
import { sentences, type Span } from './text.js'

export interface Frame {
  relation: 'served-by' | 'partner'
  /** The gazetteer entry the frame names, and where. */
  entry: Named
  word: Span
  /** The clause the frame stands in. */
  clause: Span
}

/** Frames found, by gazetteer and text: every mention of a paragraph asks for the same frames. */
const found = new WeakMap<PlaceIndex, Map<string, Frame[]>>()

/** The frames of the sentences of `text` (a paragraph's value). */
export function framesIn(text: string, places: PlaceIndex, words: ExtractKnowledge): Frame[] {
  let byText = found.get(places)
  if (!byText) found.set(places, (byText = new Map()))
  let frames = byText.get(text)
  if (!frames) byText.set(text, (frames = findFrames(text, places, words)))
  return frames
}

function findFrames(text: string, places: PlaceIndex, words: ExtractKnowledge): Frame[] {
  const out: Frame[] = []
  for (const sentence of sentences(text))
    for (const clause of clausesOf(text, sentence)) {
      const body = text.slice(clause.start, clause.end)
      const matches = places.matcher.all(body)
      for (const m of matches) {
        const before = body.slice(0, m.start)
        const word = { start: clause.start + m.start, end: clause.start + m.end }
        if (words.servingVerbs.some((v) => before.endsWith(v)) && words.serviceVerbs.some((v) => body.indexOf(v, m.end) >= 0)) out.push({ relation: 'served-by', entry: m.value, word, clause })
        // Partner verbs govern the list after them (连接A、B、C等): each entry after one in the clause (not 连接线, a link road).
        else if (words.partnerVerbs.some((v) => new RegExp(`${v}(?!线)`).test(before))) out.push({ relation: 'partner', entry: m.value, word, clause })
      }
    }
  return out
}

/** Whether `span` lies inside the word of one of `frames`: a place named there is what the frame ties to, not a site. */
export function inFrame(span: Span, frames: readonly Frame[]): boolean {
  return frames.some((f) => f.word.start <= span.start && span.end <= f.word.end)
}
