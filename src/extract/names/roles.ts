/**
 * Role phrases: 以A为中心, 以A为依托, 以A为载体的B. A role phrase ends a
 * list member (以A为中心 keeps A only). With a used role (为依托, 为主线 …)
 * A is what the clause builds on, already there: not an undertaking. Before a
 * place-named facility (以A线为载体的B乡骑行公路) the phrase only modifies
 * it, and is read as a pause.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { Span } from '../text.js'
import type { NameKnowledge } from './knowledge.js'

/**
 * `text` with each role phrase that modifies a place-named facility (以A为载体的 before B乡…) blanked out with
 * pauses (，), so that the facility's name starts after it. Offsets do not move.
 */
export function pauseRoleModifiers(text: string, knowledge: NameKnowledge): string {
  const roles = knowledge.words.clauseStops.filter((w) => w.startsWith('为')).map((w) => w.slice(1))
  if (roles.length === 0) return text
  return text.replace(new RegExp(`以[^，。；：（）]{1,30}?为(?:${roles.join('|')})的`, 'g'), (phrase: string, at: number) => {
    const after = text.slice(at + phrase.length)
    return knowledge.placeAtStart(after) > 0 || knowledge.words.properNames.some((w) => after.startsWith(w)) ? '，'.repeat(phrase.length) : phrase
  })
}

/**
 * Where a clause stop cuts the clause: the earliest stop after its first character, the longest where two begin at
 * one place (为主线 rather than 为主); `role` is that stop.
 */
export function cutAtClauseStop(text: string, clause: Span, words: ExtractKnowledge): { end: number; role: string | undefined } {
  let end = clause.end
  let role: string | undefined
  for (const stop of words.clauseStops) {
    const at = text.indexOf(stop, clause.start)
    if (at > clause.start && (at < end || (at === end && role !== undefined && stop.length > role.length))) {
      end = at
      role = stop
    }
  }
  return { end, role }
}

/**
 * 以A为主线, 以A为依托: the clause names A as its base, already there: it names no undertaking. (A list of
 * highlights, 以A、B等亮点为依托, names undertakings of their own.)
 */
export function namesABase(text: string, clause: Span, cut: { end: number; role: string | undefined }, words: ExtractKnowledge): boolean {
  const base = text.slice(clause.start, cut.end)
  return cut.role !== undefined && words.usedRoles.includes(cut.role) && /^[\s“]*以/.test(base) && !words.listSeparators.some((w) => base.includes(w))
}
