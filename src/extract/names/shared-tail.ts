/**
 * Shared tails: a list without 等 whose head is written only on a later
 * member (A、B、C县际公路; 南涧河、对竹河河道生态治理工程; 苏宁、京东集团
 * 农村电商项目) gives the headless members before it that member's tail:
 * what follows its own name (a place, a toponym, a company), else its head.
 * A 项目/工程 inside the list closes the group before it; the last member
 * serves the rest.
 */
import { longestSuffix } from '../text.js'
import { kindNoun } from './heads.js'
import type { NameKnowledge } from './knowledge.js'
import { plausible } from './plausible.js'
import type { ListMember, ListState } from './state.js'

export function shareTails(state: ListState): void {
  const { members, knowledge, text, clause } = state
  if (state.sharedHead || !members.some((m) => m.headless)) return
  const last = members[members.length - 1]!
  // (The last member serves only when no 等 follows it and it is a name itself.)
  const lastClean = !text.slice(last.end, clause.end).includes('等') && plausible(last.name, knowledge)
  let group: ListMember[] = []
  for (const member of members) {
    if (member.headless) {
      group.push(member)
      continue
    }
    if (member !== last && group.length > 0 && plausible(member.name, knowledge)) {
      if (member.headClass === 'project') giveTail(member, group, true, knowledge)
      // Parallel routes close their group with a facility (A至B、C至D、E至F县际公路、G项目): its head word, not the last member's, goes to the headless ones.
      else if (member.headClass === 'facility' && [member, ...group].every((m) => /.至./.test(m.name))) giveHead(member, group, knowledge)
    }
    group = []
  }
  if (lastClean && !last.headless && last.headClass !== 'standalone')
    giveTail(
      last,
      members.filter((m) => m.headless && !m.tailTaken),
      false,
      knowledge
    )
}

/** Give the closer's tail to the members of its group; `inside`: the closer is inside the list, and gives a real tail only, not a bare head. */
function giveTail(closer: ListMember, group: ListMember[], inside: boolean, knowledge: NameKnowledge): void {
  const head = longestSuffix(closer.name, knowledge.words.projectHeads) ?? kindNoun(closer.name, knowledge)
  if (!head) return
  const tail = sharedTail(
    closer.name,
    head,
    group.filter((m) => m.name.length >= 3).map((m) => m.name),
    knowledge
  )
  if (inside && tail === head) return
  // (A two-character member is a name only beside a company's undertaking: 苏宁、京东集团农村电商项目.)
  const company = knowledge.words.companyEnds.some((w) => closer.name.endsWith(w + tail))
  // The closer's own name is parallel to the headless ones (对竹河 beside 南涧河): a name, though no gazetteer knows it.
  if (tail !== head) closer.proper = true
  // A short member (A镇) takes only a real shared tail, not a bare 工程 (C村工程 is not a name).
  for (const member of group) if ((member.name.length >= 3 || company) && (member.name.length >= 4 || tail !== head)) complete(member, closer, tail)
}

/** Give the closer's head word (its kind noun) to the members of its group of four characters or more. */
function giveHead(closer: ListMember, group: ListMember[], knowledge: NameKnowledge): void {
  const head = kindNoun(closer.name, knowledge)
  if (head) for (const member of group) if (member.name.length >= 4) complete(member, closer, head)
}

function complete(member: ListMember, closer: ListMember, tail: string): void {
  member.name += tail
  member.headClass = closer.headClass
  member.asPrinted = false
  member.tailTaken = true
}

/**
 * The tail the headless members share with the last member: what follows the last member's own name, found where
 * it ends like a headless member in a toponym suffix (南涧河、对竹河河道生态治理工程 -> 河道生态治理工程), as a place
 * at its start (A镇、B乡小流域治理工程 -> 小流域治理工程) or after a company (A、B集团C项目 -> C项目). The earliest
 * such end that leaves the head and two characters; without any, just its head.
 */
function sharedTail(last: string, head: string, headless: string[], knowledge: NameKnowledge): string {
  const ends: number[] = []
  for (const name of headless) {
    const suffix = name[name.length - 1]!
    if (!knowledge.words.toponymSuffixes.includes(suffix)) continue
    const at = last.indexOf(suffix, 1)
    if (at >= 1) ends.push(at + 1)
  }
  const place = knowledge.placeAtStart(last)
  if (place) ends.push(place)
  for (const word of knowledge.words.companyEnds) {
    const at = last.lastIndexOf(word)
    if (at >= 1) ends.push(at + word.length)
  }
  const end = Math.min(...ends.filter((e) => last.length - e >= head.length + 2))
  return Number.isFinite(end) ? last.slice(end) : head
}
