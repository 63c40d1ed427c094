/**
 * Heads: the noun a name ends with (项目, 工程, 中心, 路 …) and the class of
 * name it makes. A name ends at its last head that a boundary follows.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { NameKnowledge } from './knowledge.js'

/**
 * What a head makes of a name: `project` (项目, 工程) a project by itself or with a proper name; `facility` (中心,
 * 基地 …) a project only with a proper name; `undertaking` (改造, 开发 …) works that need the site's name; `standalone`
 * (路, 小区 …) a name only inside a list with a shared head.
 */
export type HeadClass = 'project' | 'facility' | 'undertaking' | 'standalone'

export interface HeadWord {
  word: string
  headClass: HeadClass
}

/** A head found in a text: its word, its class, and where the name it closes ends. */
export interface Head extends HeadWord {
  /** The end of the name: after the head word, and after a short parenthesis that follows it (人民医院（新医院）). */
  end: number
}

/** Every head word of the wording with its class, the longest first (产业园区 before 园区). */
export function headWords(words: ExtractKnowledge): HeadWord[] {
  return [
    ...words.projectHeads.map((word) => ({ word, headClass: 'project' as const })),
    ...words.facilityHeads.map((word) => ({ word, headClass: 'facility' as const })),
    ...words.undertakingHeads.map((word) => ({ word, headClass: 'undertaking' as const })),
    ...words.standaloneHeads.map((word) => ({ word, headClass: 'standalone' as const }))
  ].sort((a, b) => b.word.length - a.word.length)
}

/**
 * The last head in `text[start, end)` that a boundary follows (see isBoundary); the head that ends furthest
 * wins, the longer word where two end at one place. A head word that opens a longer word (开发利用) is no head.
 */
export function lastHead(text: string, start: number, end: number, knowledge: NameKnowledge): Head | undefined {
  let best: Head | undefined
  const previous = (word: string, at: number) => (at === 0 ? -1 : text.lastIndexOf(word, at - 1))
  for (const { word, headClass } of knowledge.heads) {
    let at = end - word.length < 0 ? -1 : text.lastIndexOf(word, end - word.length)
    while (at >= start) {
      if (knowledge.words.headCompounds.some((compound) => compound.startsWith(word) && text.startsWith(compound, at))) {
        at = previous(word, at)
        continue
      }
      let nameEnd = at + word.length
      const parenthesis = /^（[^（）]{1,12}）/.exec(text.slice(nameEnd, end))
      if (parenthesis) nameEnd += parenthesis[0].length
      if (isBoundary(text.slice(nameEnd, end), knowledge)) {
        if (!best || nameEnd > best.end) best = { word, headClass, end: nameEnd }
        break
      }
      at = previous(word, at)
    }
  }
  return best
}

/** Whether what follows a head ends the name: nothing, 为/的/在, a count (3座), or one of `knowledge.nameEnds`. */
function isBoundary(rest: string, knowledge: NameKnowledge): boolean {
  const after = rest.replace(/^[\s”’"》]+/, '')
  if (after === '') return true
  if (/^[为的在]/.test(after)) return true
  if (/^[\d.\s]+[座个处条所家]/.test(after)) return true
  return knowledge.nameEnds.some((word) => after.startsWith(word))
}

/** Whether the text just before `at` ends in a head noun (人民医院（新医院）: the parenthesis is an alias, not a list). */
export function headBefore(text: string, at: number, knowledge: NameKnowledge): boolean {
  const before = text.slice(Math.max(0, at - 8), at)
  return knowledge.heads.some((head) => before.endsWith(head.word))
}

/** The facility or works noun a name ends with, the longest (湿地公园 -> 公园): the kind of thing it names. */
export function kindNoun(name: string, knowledge: NameKnowledge): string | undefined {
  return knowledge.kindNouns.find((noun) => name.endsWith(noun))
}
