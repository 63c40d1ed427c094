/**
 * Evidence spans: the clause or clauses a fact rests on, cut at the marks of
 * written Chinese, so that a quote is something a reader can check and not a
 * lone word. Generic: punctuation only, nothing of one plan.
 *
 * A sentence ends at 。；！？ (and a line break); a clause at ，：、 inside
 * it is not a clause mark (it separates list members). Quotations and
 * brackets are never cut (text.ts's splitSpans).
 */
import type { Evidence } from '../schema/project.js'
import { sentences, splitSpans, type Span } from './text.js'

/** The marks that end a clause inside a sentence. */
export const CLAUSE_MARKS = ['，', '：', ':', ',']

/** The shortest quote that counts as evidence: a clause shorter than this takes its neighbours in. */
export const MIN_EVIDENCE = 10

/** The clauses of `sentence` in `text`, as absolute spans. */
export function clausesOf(text: string, sentence: Span): Span[] {
  return splitSpans(text, sentence.start, sentence.end, CLAUSE_MARKS)
}

/** A text's sentences, remembered: a node's text is cut again for every fact it gives (the plan's texts are few). */
const cut = new Map<string, Span[]>()
const CUT_MAX = 4096
function sentencesOf(text: string): Span[] {
  let found = cut.get(text)
  if (!found) {
    if (cut.size >= CUT_MAX) cut.clear()
    cut.set(text, (found = sentences(text)))
  }
  return found
}

/**
 * The evidence span for `spans` (a place's name, a project's name …) in `text`: the run of clauses from the one that
 * holds the first span to the one that holds the last, within one sentence; under `min` characters, it takes the next
 * clause in, else the one before, then the neighbouring sentences, until it is long enough or the text ends. Spans in
 * two sentences give the sentences between them too. Surrounding spaces are trimmed.
 */
export function evidenceSpan(text: string, spans: readonly Span[], min = MIN_EVIDENCE): Span {
  const from = Math.min(...spans.map((s) => s.start))
  const to = Math.max(...spans.map((s) => s.end))
  const all = sentencesOf(text)
  let first = all.findIndex((s) => s.end > from)
  let last = all.findIndex((s) => s.end >= to)
  if (first < 0 || last < 0) return trim(text, { start: from, end: to })
  // Within one sentence: its clauses.
  let pieces: Span[] = first === last ? clausesOf(text, all[first]!) : all.slice(first, last + 1)
  let i = pieces.findIndex((c) => c.end > from)
  let j = pieces.findIndex((c) => c.end >= to)
  if (i < 0) i = 0
  if (j < 0) j = pieces.length - 1
  const length = () => pieces[j]!.end - pieces[i]!.start
  while (length() < min) {
    if (j < pieces.length - 1) j++
    else if (i > 0) i--
    else if (last < all.length - 1 || first > 0) {
      // The sentence is too short on its own: take the neighbouring sentences in, whole.
      if (last < all.length - 1) last++
      else first--
      pieces = all.slice(first, last + 1)
      i = 0
      j = pieces.length - 1
    } else break
  }
  return trim(text, { start: Math.min(pieces[i]!.start, from), end: Math.max(pieces[j]!.end, to) })
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** Evidence in node `nodeId` (whose text is `text`) for `spans`: its clause(s), with offsets and the quote. */
export function evidenceIn(nodeId: string, text: string, spans: readonly Span[], min = MIN_EVIDENCE): Evidence {
  const { start, end } = evidenceSpan(text, spans, min)
  return { nodeId, start, end, quote: text.slice(start, end) }
}

/** The whole sentence of `text` that holds `span`, as evidence. */
export function sentenceEvidence(nodeId: string, text: string, span: Span): Evidence {
  const sentence = sentencesOf(text).find((s) => s.start <= span.start && span.start < s.end) ?? { start: 0, end: text.length }
  const { start, end } = trim(text, { start: Math.min(sentence.start, span.start), end: Math.max(sentence.end, span.end) })
  return { nodeId, start, end, quote: text.slice(start, end) }
}
