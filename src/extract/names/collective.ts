/**
 * One undertaking over a whole list: a list that is the object of one works
 * (A、B、C的保护与利用工程), or a list closed by a collective head
 * (A村、B村、C村美丽乡村集中连片建设), is one member: the works is one project.
 */
import type { Span } from '../text.js'
import { lastHead } from './heads.js'
import type { NameKnowledge } from './knowledge.js'

/** Whether members `spans` (none but the last with a head of its own) name one undertaking together. */
export function isOneUndertaking(text: string, spans: readonly Span[], knowledge: NameKnowledge): boolean {
  if (spans.length <= 1) return false
  const { words } = knowledge
  const last = spans[spans.length - 1]!
  const lastText = text.slice(last.start, last.end).trim()
  if (!spans.slice(0, -1).every((span) => !lastHead(text, span.start, span.end, knowledge))) return false
  return new RegExp(`的[\\u4e00-\\u9fa5]{2,10}(?:${words.projectHeads.join('|')})$`).test(lastText) || words.collectiveHeads.some((head) => lastText.endsWith(head))
}
