/**
 * List splitting: a clause's list into its members. 、 and ”“ always
 * separate members; a conjunction (和, 及, 与 …) only where two names meet
 * (not in X厂房及Y项目, one project).
 */
import { despace, splitSpans, type Span } from '../text.js'
import { lastHead } from './heads.js'
import type { NameKnowledge } from './knowledge.js'

/** The members of the list in `text[span.start, span.end)`. */
export function splitMembers(text: string, span: Span, knowledge: NameKnowledge): Span[] {
  const separated = splitSpans(text, span.start, span.end, knowledge.words.listSeparators)
  // (A list closed by 等 lists things, none of them a descriptive word: 滑草、攀岩、漂流等休闲运动项目.)
  const parts = text[span.end] === '等' ? separated : joinDescriptiveParts(text, separated, knowledge)
  const out: Span[] = []
  for (const [index, part] of parts.entries()) {
    let rest: Span = part
    for (let cut = firstSplit(text, rest, index > 0, knowledge); cut; cut = firstSplit(text, rest, index > 0, knowledge)) {
      out.push({ start: rest.start, end: cut.at })
      rest = { start: cut.at + cut.length, end: rest.end }
    }
    out.push(rest)
  }
  return out
}

/** The first conjunction in `rest` that joins two members (see joinsMembers); `afterSeparator`: a 、 stands before `rest`. */
function firstSplit(text: string, rest: Span, afterSeparator: boolean, knowledge: NameKnowledge): { at: number; length: number } | undefined {
  let cut: { at: number; length: number } | undefined
  for (const conjunction of knowledge.words.conjunctions) {
    for (let at = text.indexOf(conjunction, rest.start + 1); at > rest.start && at < rest.end; at = text.indexOf(conjunction, at + 1))
      if ((!cut || at < cut.at) && joinsMembers(text, rest, at, conjunction, afterSeparator, knowledge)) cut = { at, length: conjunction.length }
  }
  return cut
}

/** Whether the conjunction at `at` joins two members of a list rather than two words of one name. */
function joinsMembers(text: string, rest: Span, at: number, conjunction: string, afterSeparator: boolean, knowledge: NameKnowledge): boolean {
  const { words } = knowledge
  const after = at + conjunction.length
  const left = lastHead(text, rest.start, at, knowledge)
  const right = lastHead(text, after, rest.end, knowledge)
  const leftText = text.slice(rest.start, at)
  // Two names, each with its head: the left one ends at the conjunction (or before a trailing word).
  const leftEnds = left && (left.end === at || words.trailingWords.includes(text.slice(left.end, at))) && left.headClass !== 'standalone' && rest.end - after >= 4
  // X厂房及Y项目, X市场及棚户区改造, X路及桥: with 及/与 a right member without a name of its own is a component.
  // (But X公园与Y湿地工程: a right member with a proper name of its own is a second undertaking.)
  const component = conjunction !== '和' && left?.headClass === 'facility' && !knowledge.isProper(text.slice(after, rest.end))
  if (leftEnds && right && !component) return true
  // Two quoted names joined by a conjunction (“A”和“B”) are two members.
  if (text[at - 1] === '”' && text[after] === '“') return true
  // Two places sharing what follows (A镇和B乡小流域治理工程): the bare left place is a member of its own.
  if (right !== undefined && leftText.length > 0 && knowledge.placeAtStart(leftText) === leftText.length && knowledge.placeAtStart(text.slice(after, rest.end)) > 0) return true
  // The list's closing 和 (A、B和C产业园): after a 、 it joins members, whatever the left one ends with.
  if (afterSeparator && conjunction === '和' && right !== undefined && right.headClass !== 'standalone' && at - rest.start >= 2 && knowledge.isProper(text.slice(after, right.end))) return true
  // An event before the conjunction (A博览会和B工程) is a member of its own: not a project, it lends A to B (events.ts).
  return right !== undefined && right.headClass === 'project' && words.eventHeads.some((head) => leftText.endsWith(head))
}

/**
 * A 、 that separates descriptive words, not members: a size (面积5平方公里、具有…特色的X园) describes the next part
 * and goes; a word of one or two characters between two parts (A历史、文化、艺术记忆工程) joins them into one member.
 */
function joinDescriptiveParts(text: string, parts: Span[], knowledge: NameKnowledge): Span[] {
  const wordsOf = (p: Span) => despace(text.slice(p.start, p.end))
  const headed = (p: Span) => lastHead(text, p.start, p.end, knowledge) !== undefined
  const out: Span[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (i + 1 < parts.length && !headed(part) && /[\d一二三四五六七八九十百千万]+(?:平方公里|平方米|公顷|亩|公里)$/.test(wordsOf(part))) continue
    const previous = out[out.length - 1]
    const next = parts[i + 1]
    if (previous && next && !headed(part) && wordsOf(previous).length >= 3 && /^[\u4e00-\u9fa5]{1,2}$/.test(wordsOf(part))) {
      out[out.length - 1] = { start: previous.start, end: next.end }
      i++
      continue
    }
    out.push(part)
  }
  return out
}
