/**
 * Named projects in running text. A clause is split into list members
 * (、, ”“, and 和/及/与 between two heads); each member is cut where a
 * role phrase begins (以X为中心), its name ends at its last head noun
 * (项目, 工程, 中心, 基地 …), and starts after the last verb that governs it,
 * with leading verbs dropped. A shared head (A、B等项目) is appended to the
 * members that cannot stand alone. Whether a name is a project follows the
 * issue's definition: 项目 names are, 工程 and facility names need a
 * proper-name element (a place, a company, a quantity …), generic names and
 * policy programmes are not. All wording comes from the corpus's extract.json.
 */
import type { ExtractKnowledge } from '../schema/project.js'
import { despace, splitSpans, type Span } from './text.js'

export interface NamedCandidate extends Span {
  raw: string
  name: string
}

type HeadClass = 'project' | 'facility' | 'standalone'

interface Member extends Span {
  head?: { word: string; cls: HeadClass; end: number }
}

const CLAUSE_MARKS = ['，', '：', ':', ',', '。', '；', ';', '！', '？', '\n']
const QUOTES = /^[“”‘’"《》\s]+|[“”‘’"《》\s]+$/g

export interface NameRules {
  k: ExtractKnowledge
  /** Whether a name has a proper-name element (place, company, quantity …). */
  isProper(name: string): boolean
}

export function findNamedProjects(text: string, from: number, to: number, rules: NameRules): NamedCandidate[] {
  const out: NamedCandidate[] = []
  // A long parenthesis (a list inside, 三教乡（A、B、C建设项目）) is read as clauses of its own; a short one (（新医院）) stays in the name.
  const masked = text.replace(/（([^（）]*)）/g, (m, inner: string) => (/[、，]/.test(inner) || inner.length > 12 ? '，' + inner + '，' : m))
  for (const clause of splitSpans(masked, from, to, CLAUSE_MARKS))
    for (const c of fromClause(masked, clause, rules)) out.push({ ...c, raw: text.slice(c.start, c.end) })
  return out
}

function heads(k: ExtractKnowledge): Array<{ word: string; cls: HeadClass }> {
  return [
    ...k.projectHeads.map((word) => ({ word, cls: 'project' as const })),
    ...k.facilityHeads.map((word) => ({ word, cls: 'facility' as const })),
    ...k.standaloneHeads.map((word) => ({ word, cls: 'standalone' as const }))
  ].sort((a, b) => b.word.length - a.word.length)
}

/** The last head in `text[s, e)` that is followed by a boundary; its end may take a parenthesis after it. */
function lastHead(text: string, s: number, e: number, k: ExtractKnowledge): Member['head'] {
  let best: Member['head']
  for (const h of heads(k)) {
    let i = e - h.word.length < 0 ? -1 : text.lastIndexOf(h.word, e - h.word.length)
    while (i >= s) {
      let end = i + h.word.length
      const paren = /^（[^（）]{1,12}）/.exec(text.slice(end, e))
      if (paren) end += paren[0].length
      if (isBoundary(text.slice(end, e), k)) {
        if (!best || end > best.end) best = { word: h.word, cls: h.cls, end }
        break
      }
      i = i === 0 ? -1 : text.lastIndexOf(h.word, i - 1)
    }
  }
  return best
}

function isBoundary(rest: string, k: ExtractKnowledge): boolean {
  const r = rest.replace(/^[\s”’"》]+/, '')
  if (r === '') return true
  if (/^[为的在]/.test(r)) return true
  if (/^[\d.\s]+[座个处条所家]/.test(r)) return true
  return [...k.trailingWords, ...k.clauseStops].some((w) => r.startsWith(w))
}

function fromClause(text: string, clause: Span, rules: NameRules): NamedCandidate[] {
  const { k } = rules
  // Cut the clause where a role phrase begins: 以A为中心 keeps A only.
  let end = clause.end
  for (const stop of k.clauseStops) {
    const i = text.indexOf(stop, clause.start)
    if (i > clause.start && i < end) end = i
  }
  // A shared head: the last 等 followed by a head (…等项目建设).
  let shared: { word: string; cls: HeadClass } | undefined
  const deng = text.lastIndexOf('等', end - 1)
  if (deng > clause.start) {
    let tail = text.slice(deng + 1, end).trim()
    for (let changed = true; changed; ) {
      changed = false
      for (const w of k.trailingWords)
        if (tail.endsWith(w) && tail.length > w.length) {
          tail = tail.slice(0, -w.length)
          changed = true
        }
    }
    const h = heads(rules.k).find((x) => tail.endsWith(x.word))
    const genericTail = k.genericPrefixes.some((p) => tail.includes(p))
    if (h && h.cls !== 'standalone' && tail.length <= 8 && !genericTail) {
      // A member takes the tail's 项目/工程 only (…等道路工程 -> X工程), else the whole tail (…等县际公路).
      const ph = k.projectHeads.find((x) => tail.endsWith(x))
      shared = { word: ph ?? tail, cls: h.cls }
      end = deng
    }
  }
  const members = splitMembers(text, { start: clause.start, end }, k)
  const found: Array<{ c: NamedCandidate; cls: HeadClass; proper: boolean; own: boolean }> = []
  for (const [mi, m] of members.entries()) {
    const head = lastHead(text, m.start, m.end, k)
    const stopAt = head ? head.end : m.end
    // The governing verb stands before the first member only (推进A、新建北路: 新建北路 is a name).
    const start = nameStart(text, m.start, stopAt, k, mi === 0)
    if (start >= stopAt) continue
    let raw = text.slice(start, stopAt)
    const lead = raw.length - raw.replace(/^[\s“‘"《]+/, '').length
    raw = raw.slice(lead)
    let rawEnd = stopAt
    if (!head) {
      raw = raw.replace(/\s+$/, '')
      if (!balanced(raw)) raw = raw.replace(/[”’"》]+$/, '')
      rawEnd = start + lead + raw.length
    }
    let name = despace(raw)
    if (/^[“‘"《]/.test(name) && /[”’"》]$/.test(name)) name = name.replace(QUOTES, '')
    // A modifier clause before the name (具有X特色的Y, 以A为特色的B): the name starts after the last 的.
    const de = name.lastIndexOf('的')
    if (de >= 0 && name.length - de - 1 >= 4) name = name.slice(de + 1)
    let cls: HeadClass | undefined = head?.cls
    let own = true
    if (!head || head.cls === 'standalone') {
      if (!shared) continue
      if (!head) {
        name += shared.word
        own = false
      }
      cls = head ? 'standalone' : shared.cls
    }
    if (!cls || !name) continue
    if (!plausible(name, rules)) continue
    found.push({ c: { start: start + lead, end: rawEnd, raw, name }, cls, proper: rules.isProper(name), own })
  }
  // A facility is a project with a proper-name element, or as a sibling of a 项目 in the same list, or under a shared head.
  const hasProjectSibling = found.some((f) => f.cls === 'project' && /项目$/.test(f.c.name)) || shared !== undefined
  return found
    .filter((f) => {
      // Under a shared head a bare member needs a proper-name element or a road/street/bridge name in it.
      if (shared) return f.own || f.proper || standaloneInside(f.c.name, k)
      // A 项目 name needs some substance of its own (大数据项目 is a kind, not a name); 工程 needs a proper-name element.
      if (f.cls === 'project') return f.proper || (/项目$/.test(f.c.name) && f.c.name.length - 2 >= 4)
      // Coordination: A湿地公园、B湿地公园、郭庄泉域湿地公园 — one proper member vouches for siblings of the same kind.
      const properSibling = found.some((g) => g !== f && g.proper && g.cls === 'facility' && lastWord(g.c.name, k) === lastWord(f.c.name, k))
      if (f.cls === 'facility') return f.proper || ((hasProjectSibling || properSibling) && members.length > 1)
      return false
    })
    .map((f) => f.c)
}

function lastWord(name: string, k: ExtractKnowledge): string | undefined {
  return [...k.facilityHeads].sort((a, b) => b.length - a.length).find((h) => name.endsWith(h))
}

function standaloneInside(name: string, k: ExtractKnowledge): boolean {
  return k.standaloneHeads.some((h) => name.indexOf(h) >= 2)
}

/** List members: 、 and ”“ always; a conjunction only between two heads (not X厂房及Y项目, one project). */
function splitMembers(text: string, span: Span, k: ExtractKnowledge): Member[] {
  const parts = splitSpans(text, span.start, span.end, k.listSeparators)
  const out: Member[] = []
  for (const p of parts) {
    let rest: Span = p
    for (;;) {
      let cut: { at: number; len: number } | undefined
      for (const c of k.conjunctions) {
        let i = text.indexOf(c, rest.start + 1)
        while (i > rest.start && i < rest.end) {
          const left = lastHead(text, rest.start, i, k)
          const right = lastHead(text, i + c.length, rest.end, k)
          const leftEnds = left && left.end === i && left.cls !== 'standalone' && rest.end - (i + c.length) >= 4
          const component = left?.cls === 'facility' && right?.cls === 'project'
          if (leftEnds && right && !component && (!cut || i < cut.at)) cut = { at: i, len: c.length }
          i = text.indexOf(c, i + 1)
        }
      }
      if (!cut) break
      out.push({ start: rest.start, end: cut.at })
      rest = { start: cut.at + cut.len, end: rest.end }
    }
    out.push(rest)
  }
  return out
}

/** Start after the last strong verb before the head, then drop leading verbs. */
function nameStart(text: string, s: number, e: number, k: ExtractKnowledge, first: boolean): number {
  let start = s
  if (!first) {
    while (start < e && /[\s“‘"《]/.test(text[start]!)) start++
    const conj = [...k.conjunctions].sort((a, b) => b.length - a.length).find((c) => text.startsWith(c, start))
    return conj && start + conj.length < e ? start + conj.length : start
  }
  for (const v of k.strongVerbs) {
    const i = text.lastIndexOf(v, e - 1)
    if (i >= start && i + v.length <= e) start = i + v.length
  }
  const verbs = [...k.leadingVerbs].sort((a, b) => b.length - a.length)
  for (let changed = true; changed; ) {
    changed = false
    while (start < e && /[\s“‘"《]/.test(text[start]!)) start++
    const paren = /^（[^（）]{1,6}）/.exec(text.slice(start, e))
    if (paren) {
      start += paren[0].length
      changed = true
    }
    for (const v of verbs)
      if (text.startsWith(v, start) && start + v.length < e) {
        start += v.length
        changed = true
        break
      }
  }
  return start
}

function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length
  return count(/“/g) === count(/”/g) && count(/（/g) === count(/）/g) && count(/《/g) === count(/》/g)
}

function plausible(name: string, { k, isProper }: NameRules): boolean {
  if (name.length < 3 || name.length > 45) return false
  if (!balanced(name) || name.includes('等')) return false
  if (k.genericNames.includes(name)) return false
  // 承担科技项目, 重大科技项目: a generic name with only a short modifier before it.
  const generic = k.genericNames.find((g) => name.endsWith(g))
  if (generic && name.length - generic.length <= 5) return false
  void isProper
  if (k.genericPrefixes.some((p) => name.startsWith(p))) return false
  if (k.programmeMarkers.some((p) => name.includes(p))) return false
  const stem = [...k.projectHeads, ...k.facilityHeads].reduce((s, h) => (s.endsWith(h) ? s.slice(0, -h.length) : s), name)
  return stem.length >= 2
}
