/**
 * One list of a clause, from text to project names. The steps run in this
 * order, each in its own file:
 *
 * 1. components.ts   A、B为一体的C: read from C on.
 * 2. roles.ts        cut at a clause stop (以A为中心 -> A); 以A为依托 alone: A is a base, no project.
 * 3. shared-head.ts  a shared head (A、B等项目) ends the members.
 * 4. partners.ts     连接A、B / 与A、B…融合: partners, no project.
 * 5. members.ts      split the members (、, ”“, a conjunction between two names);
 *    collective.ts   a list that is one undertaking (A、B的保护工程; …连片建设) is one member.
 * 6. member.ts       read each member: its head, where its name starts, its name, whether it is proper.
 * 7. events.ts       an event (A博览会) is dropped and lends its modifier to the next member.
 * 8. modifiers.ts    a bare facility noun takes the modifier its predecessor opens with.
 * 9. shared-tail.ts  headless members take the tail of a later member (A、B县际公路).
 * 10. shared-head.ts headless members take the shared head; plausible.ts drops what cannot be a name.
 * 11. accept.ts      keep the members that are projects.
 */
import type { Span } from '../text.js'
import { acceptProjects } from './accept.js'
import { isOneUndertaking } from './collective.js'
import { afterComponents } from './components.js'
import { lendEventModifiers } from './events.js'
import type { NameKnowledge } from './knowledge.js'
import { readMember } from './member.js'
import { splitMembers } from './members.js'
import { carryModifiers } from './modifiers.js'
import { namesPartners } from './partners.js'
import { plausible } from './plausible.js'
import { cutAtClauseStop, namesABase } from './roles.js'
import { completeHeadless, findSharedHead } from './shared-head.js'
import { shareTails } from './shared-tail.js'
import type { ListState, NamedCandidate } from './state.js'

export interface ListOptions {
  /** A place the members share (B乡（A、B）). */
  placePrefix?: string | undefined
  /** The list follows a list of 项目 and a conjunction (等A项目和B工程). */
  siblingOfProjects?: boolean
}

/** The project names of the list in `text[whole.start, whole.end)`. */
export function namesInList(text: string, whole: Span, knowledge: NameKnowledge, options: ListOptions = {}): NamedCandidate[] {
  const { words } = knowledge
  const clause = afterComponents(text, whole, words)
  const cut = cutAtClauseStop(text, clause, words)
  if (namesABase(text, clause, cut, words)) return []
  const { sharedHead, kind, end } = findSharedHead(text, clause, cut.end, knowledge)
  if (namesPartners(text, clause, words)) return []
  const split = splitMembers(text, { start: clause.start, end }, knowledge)
  const oneUndertaking = isOneUndertaking(text, split, knowledge)
  const spans = oneUndertaking ? [{ start: split[0]!.start, end: split[split.length - 1]!.end }] : split
  const state: ListState = {
    text,
    knowledge,
    clause,
    sharedHead,
    kind,
    placePrefix: options.placePrefix,
    siblingOfProjects: options.siblingOfProjects ?? false,
    spans,
    oneUndertaking,
    firstStart: undefined,
    members: []
  }
  for (const [index, span] of spans.entries()) {
    const member = readMember(state, span, index)
    if (member) state.members.push(member)
  }
  lendEventModifiers(state)
  carryModifiers(state)
  shareTails(state)
  const kept = state.members.filter((member) => completeHeadless(member, state) && plausible(member.name, knowledge, member.quoted))
  return acceptProjects(state, kept).map((member) => ({ start: member.start, end: member.end, raw: member.raw, name: member.name }))
}
