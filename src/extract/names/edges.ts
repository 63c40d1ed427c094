/**
 * Where a name starts and ends. It starts after the last verb that governs
 * it, with leading verbs and particles dropped (推进X, 加快建设X); a street
 * named like a verb (新建北路) keeps its first word. It ends before trailing
 * words (X落地, X建设).
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { NameKnowledge } from './knowledge.js'

/** Openers a name does not start with: spaces and opening quotation marks. */
const OPENERS = /[\s“‘"《]/

/**
 * Where the name in `text[start, end)` starts. Before the first member of a list stands the verb that governs the
 * whole list (推进A、新建北路: 新建北路 is a name), so only the first member (`first`) loses its leading verbs;
 * a later member loses a conjunction that opens it, or what precedes a verb of building inside it.
 */
export function nameStart(text: string, start: number, end: number, knowledge: NameKnowledge, first: boolean): number {
  const { words } = knowledge
  let at = start
  if (!first) {
    while (at < end && OPENERS.test(text[at]!)) at++
    const conjunction = knowledge.conjunctions.find((c) => text.startsWith(c, at))
    if (conjunction && at + conjunction.length < end) return at + conjunction.length
    // (高起点、高标准建设X: a verb of building inside a later member still starts its name.)
    return Math.max(at, midVerbStart(text, at, end, knowledge))
  }
  // After the last strong verb; an inner verb after its subject (X煤矿实施Y项目) is part of the name.
  for (const verb of words.strongVerbs) {
    const i = text.lastIndexOf(verb, end - 1)
    if (i >= at && i + verb.length <= end && !(words.innerVerbs.includes(verb) && subjectBefore(text.slice(at, i), words))) at = i + verb.length
  }
  at = Math.max(at, midVerbStart(text, at, end, knowledge))
  for (let changed = true; changed; ) {
    changed = false
    while (at < end && OPENERS.test(text[at]!)) at++
    const parenthesis = /^（[^（）]{1,6}）/.exec(text.slice(at, end))
    if (parenthesis) {
      at += parenthesis[0].length
      changed = true
    }
    if (opensWithNoun(text, at, end, knowledge)) continue
    const verb = knowledge.leadingVerbs.find((v) => text.startsWith(v, at) && at + v.length < end)
    if (verb) {
      at += verb.length
      changed = true
    }
  }
  return at
}

/** A noun that opens like a leading verb (the verb 开发 and the suffix 区), or a street named like one (新建北路, 建设路): not a verb to drop. */
function opensWithNoun(text: string, at: number, end: number, knowledge: NameKnowledge): boolean {
  return (
    knowledge.words.verbLikeNouns.some((w) => text.startsWith(w, at)) ||
    knowledge.leadingVerbs.some((v) => text.startsWith(v, at) && /^[东南西北中]?[路街]/.test(text.slice(at + v.length, end)))
  )
}

/**
 * X火车站建设Y中心: a verb of building inside the span, not followed by a head (…建设项目), a company's name
 * (…建设有限公司) or a conjunction (A建设与修复工程), starts the name after it.
 */
function midVerbStart(text: string, start: number, end: number, knowledge: NameKnowledge): number {
  const { words } = knowledge
  let at = start
  for (const verb of words.midVerbs) {
    const i = text.lastIndexOf(verb, end - 1)
    const rest = text.slice(i + verb.length, end)
    if (
      i > at &&
      rest.length >= 3 &&
      !words.projectHeads.some((h) => rest.startsWith(h)) &&
      !knowledge.companyMarkers.some((w) => rest.includes(w)) &&
      !words.conjunctions.some((c) => rest.startsWith(c))
    )
      at = i + verb.length
  }
  return at
}

/** A subject that can carry a verb inside a name: an organisation or a site (X煤矿, X公司), three characters or more. */
export function subjectBefore(text: string, words: ExtractKnowledge): boolean {
  return text.length >= 3 && words.subjectSuffixes.some((w) => text.endsWith(w))
}

/**
 * `text` without the trailing words it ends with (X落地, X建设, again and again), keeping at least `keep`
 * characters.
 */
export function stripTrailing(text: string, words: ExtractKnowledge, keep: number): string {
  let out = text
  for (let changed = true; changed; ) {
    changed = false
    for (const word of words.trailingWords)
      if (out.endsWith(word) && out.length >= word.length + keep) {
        out = out.slice(0, -word.length)
        changed = true
      }
  }
  return out
}
