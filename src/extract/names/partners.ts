/**
 * Partners, not undertakings: what a unit is linked to (连接A、B) or merged
 * with (与A、B的深度融合). A clause that names partners names no project.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { Span } from '../text.js'

/** Whether the clause has a partner verb (not 连接线, a link road) or a 与… phrase closed by a partner end. */
export function namesPartners(text: string, clause: Span, words: ExtractKnowledge): boolean {
  const body = text.slice(clause.start, clause.end)
  return words.partnerVerbs.some((verb) => new RegExp(`${verb}(?!线)`).test(body)) || words.partnerEnds.some((end) => new RegExp(`与[^，。；]*${end}`).test(body))
}
