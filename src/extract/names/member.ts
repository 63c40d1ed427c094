/**
 * Reading one list member: where its name starts and ends, the name's text
 * (spaces, quotation marks and descriptive words gone), and whether it has a
 * proper-name element.
 */
import { balanced, despace, type Span } from '../text.js'
import { nameStart, stripTrailing, subjectBefore } from './edges.js'
import { lastHead, type Head } from './heads.js'
import { isMunicipal } from './proper.js'
import type { ListMember, ListState } from './state.js'

/** Quotation marks and spaces around a name. */
const QUOTES = /^[“”‘’"《》\s]+|[“”‘’"《》\s]+$/g

/**
 * The member in `span` (the list's `index`-th), or none: a span with nothing left once its verbs are dropped, or
 * with a standalone head (X路) outside a list with a shared head, unless the gazetteer knows it (X城). Sets
 * `state.firstStart` for the first member.
 */
export function readMember(state: ListState, span: Span, index: number): ListMember | undefined {
  const { text, knowledge } = state
  const head = lastHead(text, span.start, span.end, knowledge)
  const stopAt = head ? head.end : span.end
  const start = nameStart(text, span.start, stopAt, knowledge, index === 0)
  if (index === 0) state.firstStart = start
  if (start >= stopAt) return undefined
  const { raw, start: rawStart, end: rawEnd } = printedName(text, start, stopAt, head, state)
  // A member written in quotation marks (“人民星云”) is a proper name.
  const quoted = (text[rawStart - 1] === '“' || raw.startsWith('“')) && (text[rawEnd] === '”' || raw.endsWith('”'))
  // 市X / 我市X: the city's own (unique) facility.
  const municipal = isMunicipal(raw, text.slice(Math.max(0, rawStart - 2), rawStart))
  const name = nameOf(raw, head, state)
  // The city's own facility right after a verb of building (加快建设市儿童福利院, 建设我市X) is one to be built, a unique one.
  const built = municipal && head?.headClass === 'facility' && /(?:建设|新建)(?:我市|本市)?$/.test(text.slice(Math.max(0, rawStart - 4), rawStart))
  // A quotation makes a bare name proper (“人民星云”); a generic head in quotes (“电子商务产业园”) stays generic.
  const proper = (quoted && !head) || (municipal && head?.headClass === 'project') || built || knowledge.isProper(name)
  const member = { start: rawStart, end: rawEnd, raw, name, proper, quoted, tailTaken: false }
  // No head: the member may take the list's shared head (shared-head.ts) or a later member's tail (shared-tail.ts).
  if (!head) return { ...member, headClass: 'standalone', asPrinted: false, headless: true }
  if (head.headClass === 'standalone' && !state.sharedHead) {
    // A facility the gazetteer knows, written with its own head (X城), stands alone.
    return knowledge.isKnownFacility(name) ? { ...member, headClass: 'facility', asPrinted: true, headless: false } : undefined
  }
  return { ...member, headClass: head.headClass, asPrinted: true, headless: false }
}

/** The name as printed in `text[start, stopAt)`: opening quotation marks and spaces off; without a head, trailing words and an unmatched closing mark off too. */
function printedName(text: string, start: number, stopAt: number, head: Head | undefined, state: ListState): { raw: string; start: number; end: number } {
  const span = text.slice(start, stopAt)
  const lead = span.length - span.replace(/^[\s“‘"《]+/, '').length
  let raw = span.slice(lead)
  if (head) return { raw, start: start + lead, end: stopAt }
  // “创唯”建设: trailing words after a bare name go.
  raw = stripTrailing(raw.replace(/\s+$/, ''), state.knowledge.words, 2)
  if (!balanced(raw)) raw = raw.replace(/[”’"》]+$/, '')
  return { raw, start: start + lead, end: start + lead + raw.length }
}

/** The name a printed member gives: the form names are compared in, without descriptive words; a shared place prefixed where it has none. */
function nameOf(raw: string, head: Head | undefined, state: ListState): string {
  const { knowledge } = state
  let name = despace(raw)
  // A size before a school (十轨制X学校) describes it; it is not part of the name.
  name = name.replace(/^[一二三四五六七八九十\d]+轨制/, '')
  if (/^[“‘"《]/.test(name) && /[”’"》]$/.test(name)) name = name.replace(QUOTES, '')
  // A verb inside a name after its subject (X煤矿实施Y项目): the subject stays, the verb goes.
  for (const verb of knowledge.words.innerVerbs) {
    const at = name.indexOf(verb)
    if (at > 0 && subjectBefore(name.slice(0, at), knowledge.words)) name = name.slice(0, at) + name.slice(at + verb.length)
  }
  // A modifier clause before the name (具有X特色的Y, 以A为特色的B): the name starts after the last 的.
  const de = name.lastIndexOf('的')
  if (de >= 0 && name.length - de - 1 >= 4 && !state.oneUndertaking) name = name.slice(de + 1)
  // B乡（D种植片区、…、E项目）: a member without a place of its own takes the shared place; a 项目 only when nothing
  // proper names it (田园综合体项目 -> B乡田园综合体项目; a company's 项目 stands alone). A gazetteer entry for the whole
  // name is no proper element of its own: the gazetteer knows it only from this very phrase.
  const prefix = state.placePrefix
  if (prefix && head && !knowledge.namesPlace(name) && (head.headClass !== 'project' || !knowledge.isProper(name) || knowledge.isKnownFacility(name))) name = prefix + name
  return name
}
