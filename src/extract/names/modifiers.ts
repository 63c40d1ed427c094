/**
 * A modifier carried down a list: a member that is a bare facility noun
 * (X市美术馆、科技馆; X数字图书馆、文化馆、博物馆) takes the place, or the
 * proper modifier, that the member before it opens with; the same modifier
 * goes on down the list.
 */
import { kindNoun } from './heads.js'
import type { NameKnowledge } from './knowledge.js'
import type { ListState } from './state.js'

export function carryModifiers(state: ListState): void {
  const { members, knowledge } = state
  let carried: string | undefined
  for (const [i, member] of members.entries()) {
    const previous = members[i - 1]
    const bareNoun = knowledge.words.facilityHeads.includes(member.name) || (member.name.length <= 3 && !member.proper && kindNoun(member.name, knowledge) !== undefined)
    const given = carried
    carried = undefined
    if (!previous || member.headless || !bareNoun) continue
    const noun = kindNoun(previous.name, knowledge)
    const modifier = given ?? (noun ? previous.name.slice(0, -noun.length) : '')
    if (modifier && (given || isPlaceName(modifier, knowledge) || (modifier.length <= 4 && knowledge.words.properNames.some((w) => modifier.startsWith(w))))) {
      member.proper = true
      member.name = modifier + member.name
      carried = modifier
    }
  }
}

/** A bare place name: a gazetteer place or a known proper name, with an administrative suffix at most (X市). */
function isPlaceName(text: string, knowledge: NameKnowledge): boolean {
  return knowledge.placeAtStart(text) === text.length || knowledge.words.properNames.includes(text.replace(/[市县]$/, ''))
}
