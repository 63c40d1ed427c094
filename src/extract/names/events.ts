/**
 * Events: an event (A博览会, B论坛) is not a project. Joined to the member
 * after it (A博览会和数字化保护工程), it lends that member its modifier when
 * the member has no proper name of its own: A数字化保护工程.
 */
import { longestSuffix } from '../text.js'
import type { ListState } from './state.js'

/** Drop the headless members that are events; each lends its proper modifier to the next member. */
export function lendEventModifiers(state: ListState): void {
  const { members, knowledge } = state
  for (let i = members.length - 1; i >= 0; i--) {
    const member = members[i]!
    const head = longestSuffix(member.name, knowledge.words.eventHeads)
    if (!member.headless || !head) continue
    const next = members[i + 1]
    const modifier = member.name.slice(0, -head.length)
    if (next && !next.proper && knowledge.isProper(modifier)) {
      next.proper = true
      next.name = modifier + next.name
    }
    members.splice(i, 1)
  }
}
