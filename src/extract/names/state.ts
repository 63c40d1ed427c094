/**
 * The state one list's steps share (list.ts runs them in order): the clause
 * as the early steps cut it, what the list shares, and its members as they
 * are read and completed. Each step reads it and changes only what its own
 * comment says.
 */
import type { Span } from '../text.js'
import type { HeadClass } from './heads.js'
import type { NameKnowledge } from './knowledge.js'

/** A project name found in a text: its span (offsets into the paragraph), the text as printed there, and the name. */
export interface NamedCandidate extends Span {
  raw: string
  name: string
}

/** A head shared by the members of a list (A、B等项目: 项目), with the class of name it makes. */
export interface SharedHead {
  word: string
  headClass: HeadClass
}

/** A list member as the steps read and complete it. */
export interface ListMember extends NamedCandidate {
  /** The class of name its head makes (a headless member is `standalone` until a list's head is given to it). */
  headClass: HeadClass
  /** Whether its name has a proper-name element. */
  proper: boolean
  /** Written in quotation marks (“人民星云”): a proper name even where it reads like a programme. */
  quoted: boolean
  /** It has no head of its own; it may take the list's shared head or tail (it stays headless when it does). */
  headless: boolean
  /** Its name is as printed, not completed with a head or tail the list shares. */
  asPrinted: boolean
  /** It has taken a tail from a later member inside the list (A镇、B镇和C乡小流域治理工程): none is given to it again. */
  tailTaken: boolean
}

export interface ListState {
  readonly text: string
  readonly knowledge: NameKnowledge
  /** The clause, its start moved past the components of a whole (A、B为一体的C). */
  readonly clause: Span
  /** The list's shared head (…等项目), if any. */
  readonly sharedHead: SharedHead | undefined
  /** What follows the list's 等, trailing words stripped (…等红色教育基地): the kind of thing it lists. */
  readonly kind: string | undefined
  /** A place the list's members share (B乡（A、B）), given to those without a place of their own. */
  readonly placePrefix: string | undefined
  /** The list follows a list of 项目 and a conjunction (等A项目和B工程): a 工程 of its own needs no proper name. */
  readonly siblingOfProjects: boolean
  /** The member spans (one span for a list that names one undertaking over all its members). */
  readonly spans: readonly Span[]
  /** The list is one undertaking over all its members (A、B、C的保护与利用工程; …连片建设). */
  readonly oneUndertaking: boolean
  /** Where the first member's name starts: what stands before it governs the list. */
  firstStart: number | undefined
  /** The members read so far; the steps complete, merge or drop them. */
  members: ListMember[]
}
