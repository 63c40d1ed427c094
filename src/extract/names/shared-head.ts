/**
 * Shared heads: a list closed by 等 and a head (A、B等项目建设) gives the
 * head to its members that have none (A项目, B项目). A member takes the
 * head's 项目/工程 only (…等道路工程 -> A工程), else the whole tail
 * (…等县际公路 -> A县际公路). A quoted member keeps its own text (“人民星云”).
 */
import { longestSuffix, type Span } from '../text.js'
import { stripTrailing } from './edges.js'
import type { NameKnowledge } from './knowledge.js'
import type { ListMember, ListState, SharedHead } from './state.js'

/**
 * The head the members of `text[clause.start, end)` share: the last 等 followed by a head of eight characters or
 * fewer, not a standalone one (…等路) and not generic (…等一批项目); then the members end at the 等. `kind`: what
 * follows the 等, head or not.
 */
export function findSharedHead(text: string, clause: Span, end: number, knowledge: NameKnowledge): { sharedHead: SharedHead | undefined; kind: string | undefined; end: number } {
  const { words } = knowledge
  const deng = text.lastIndexOf('等', end - 1)
  if (deng <= clause.start) return { sharedHead: undefined, kind: undefined, end }
  const tail = stripTrailing(text.slice(deng + 1, end).trim(), words, 1)
  const head = knowledge.heads.find((h) => tail.endsWith(h.word))
  const generic = words.genericPrefixes.some((p) => tail.includes(p))
  if (!head || head.headClass === 'standalone' || tail.length > 8 || generic) return { sharedHead: undefined, kind: tail, end }
  const projectHead = longestSuffix(tail, words.projectHeads)
  return { sharedHead: { word: projectHead ?? tail, headClass: head.headClass }, kind: tail, end: deng }
}

/**
 * Complete a member without a head of its own: under a shared head it takes the head (a quoted one keeps its text
 * and is a facility); without one it stands alone only as a quoted facility the gazetteer knows (“创唯”).
 * Returns whether the member is still a candidate.
 */
export function completeHeadless(member: ListMember, state: ListState): boolean {
  if (!member.headless) return true
  const shared = state.sharedHead
  if (shared) {
    if (member.quoted) member.asPrinted = true
    else member.name += shared.word
    member.headClass = member.quoted ? 'facility' : shared.headClass
    return true
  }
  if (member.headClass !== 'standalone') return true
  if (!(member.quoted && state.knowledge.isKnownFacility(member.name))) return false
  member.headClass = 'facility'
  member.asPrinted = true
  return true
}
