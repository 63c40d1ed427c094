/**
 * A clause into its lists. Mostly a clause is one list; but 等A工程和B工程
 * closes a list with a shared head and opens another after the conjunction,
 * a sibling of those projects.
 */
import type { Span } from '../text.js'
import type { NameKnowledge } from './knowledge.js'
import { namesInList } from './list.js'
import type { NamedCandidate } from './state.js'

/** The project names of a clause; `placePrefix`: a place its members share (B乡（A、B）). */
export function namesInClause(text: string, clause: Span, knowledge: NameKnowledge, placePrefix: string | undefined): NamedCandidate[] {
  const split = sharedHeadThenConjunction(text, clause, knowledge)
  if (split === undefined) return namesInList(text, clause, knowledge, { placePrefix })
  // (What follows is a sibling of those projects: a 工程 of its own needs no proper name, only substance.)
  return [
    ...namesInList(text, { start: clause.start, end: split.cut }, knowledge, { placePrefix }),
    ...namesInList(text, { start: split.next, end: clause.end }, knowledge, { placePrefix, siblingOfProjects: true })
  ]
}

/** The first 等A工程和… of the clause: where the first list ends (`cut`, before the conjunction) and the next begins (`next`, after it). */
function sharedHeadThenConjunction(text: string, clause: Span, knowledge: NameKnowledge): { cut: number; next: number } | undefined {
  // (After the clause's first character: a clause that opens with 等 has no list before it.)
  const match = knowledge.sharedHeadThenConjunction.exec(text.slice(clause.start + 1, clause.end))
  if (!match) return undefined
  const next = clause.start + 1 + match.index + match[0].length
  return { cut: next - match[1]!.length, next }
}
