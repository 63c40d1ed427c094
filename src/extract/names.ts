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

type HeadClass = 'project' | 'facility' | 'undertaking' | 'standalone'

interface Member extends Span {
  head?: { word: string; cls: HeadClass; end: number }
}

const CLAUSE_MARKS = ['，', '：', ':', ',', '。', '；', ';', '！', '？', '\n']
const QUOTES = /^[“”‘’"《》\s]+|[“”‘’"《》\s]+$/g

export interface NameRules {
  k: ExtractKnowledge
  /** Whether a name has a proper-name element (place, company, quantity …). */
  isProper(name: string): boolean
  /** Whether a name names a site: a gazetteer place, a known proper name, a street or road, a company. */
  namesSite(name: string): boolean
  /** Whether a name is a facility the gazetteer knows (X城). */
  isKnownFacility(name: string): boolean
  /** Whether a name is a place or facility the gazetteer marks as existing (used, not built). */
  isExisting(name: string): boolean
  /** The gazetteer place whose name ends `text` at `at` (B乡 in 以B乡（…）), if any. */
  placeBefore(text: string, at: number): string | undefined
  /** The length of a gazetteer place that opens a name (B乡 in B乡小流域治理工程), else 0. */
  placeAtStart(name: string): number
  /** Whether a name contains a gazetteer place. */
  namesPlace(name: string): boolean
  /** The 专栏 item whose own undertaking a name is (a gazetteer facility with `boxItem`), if any. */
  itemOf(name: string): string | undefined
}

export function findNamedProjects(text: string, from: number, to: number, rules: NameRules): NamedCandidate[] {
  const out: NamedCandidate[] = []
  // A long parenthesis (a list inside, B乡（A、B、C建设项目）) is read as clauses of its own; a short one (（新医院）) stays in the name.
  // A parenthesis that names a facility after a place that is not one (A街道（B新建小学）) is read as a clause too.
  const facilityEnd = (t: string) => [...rules.k.facilityHeads, ...rules.k.projectHeads].some((h) => t.endsWith(h))
  // A list in a parenthesis after a place (B乡（A、B）) shares that place: members without a place of their own take it as a prefix.
  const placed: Array<Span & { place: string }> = []
  const masked = text.replace(/（([^（）]*)）/g, (m, inner: string, at: number) => {
    if (!(/[、，]/.test(inner) || inner.length > 12 || (facilityEnd(inner) && !headBefore(text, at, rules.k)))) return m
    const place = rules.placeBefore(text, at)
    if (place) placed.push({ start: at + 1, end: at + 1 + inner.length, place })
    return '，' + inner + '，'
  })
  // A role phrase that modifies a place-named facility (以A线为载体的B乡骑行公路、…) is read as a pause: the facility is the name.
  const roles = rules.k.clauseStops.filter((w) => w.startsWith('为')).map((w) => w.slice(1)).join('|')
  const unmodified = roles
    ? masked.replace(new RegExp(`以[^，。；：（）]{1,30}?为(?:${roles})的`, 'g'), (m: string, at: number) => {
        const after = masked.slice(at + m.length)
        return rules.placeAtStart(after) > 0 || rules.k.properNames.some((w) => after.startsWith(w)) ? '，'.repeat(m.length) : m
      })
    : masked
  for (const clause of splitSpans(unmodified, from, to, CLAUSE_MARKS)) {
    const prefix = placed.find((p) => p.start <= clause.start && clause.end <= p.end)?.place
    for (const c of fromClause(masked, clause, rules, prefix)) out.push({ ...c, raw: text.slice(c.start, c.end) })
  }
  return out
}

/** Whether the text just before `at` ends in a head noun (人民医院（新医院）: the parenthesis is an alias). */
function headBefore(text: string, at: number, k: ExtractKnowledge): boolean {
  const before = text.slice(Math.max(0, at - 8), at)
  return heads(k).some((h) => before.endsWith(h.word))
}

function heads(k: ExtractKnowledge): Array<{ word: string; cls: HeadClass }> {
  return [
    ...k.projectHeads.map((word) => ({ word, cls: 'project' as const })),
    ...k.facilityHeads.map((word) => ({ word, cls: 'facility' as const })),
    ...(k.undertakingHeads ?? []).map((word) => ({ word, cls: 'undertaking' as const })),
    ...k.standaloneHeads.map((word) => ({ word, cls: 'standalone' as const }))
  ].sort((a, b) => b.word.length - a.word.length)
}

/** The last head in `text[s, e)` that is followed by a boundary; its end may take a parenthesis after it. */
function lastHead(text: string, s: number, e: number, k: ExtractKnowledge): Member['head'] {
  let best: Member['head']
  for (const h of heads(k)) {
    let i = e - h.word.length < 0 ? -1 : text.lastIndexOf(h.word, e - h.word.length)
    while (i >= s) {
      // (开发利用, 改造提升: the head word opens a longer word here.)
      if ((k.headCompounds ?? []).some((c) => c.startsWith(h.word) && text.startsWith(c, i))) {
        i = i === 0 ? -1 : text.lastIndexOf(h.word, i - 1)
        continue
      }
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
  if ([...k.trailingWords, ...k.clauseStops].some((w) => r.startsWith(w))) return true
  // A verb or a conjunction after the head ends the name (…项目加快实施, 打造X城发展…, …项目和综合利用).
  // (Not 及: 中镇路及南通街 is one undertaking; but …中心及配套设施 ends the name.)
  return ['和', '与', '及配套', ...k.leadingVerbs.filter((v) => v.length >= 2), ...k.strongVerbs].some((w) => r.startsWith(w))
}

function fromClause(text: string, clause: Span, rules: NameRules, prefix?: string): NamedCandidate[] {
  // 等A工程和B工程: a shared head closes its list; what follows the conjunction is a list of its own.
  const after = sharedHeadThenConjunction(text, clause, rules.k)
  // (What follows is a sibling of those projects: a 工程 of its own needs no proper name, only substance.)
  if (after !== undefined) return [...fromList(text, { start: clause.start, end: after.cut }, rules, prefix), ...fromList(text, { start: after.next, end: clause.end }, rules, prefix, true)]
  return fromList(text, clause, rules, prefix)
}

function sharedHeadThenConjunction(text: string, clause: Span, k: ExtractKnowledge): { cut: number; next: number } | undefined {
  const body = text.slice(clause.start, clause.end)
  for (const h of k.projectHeads)
    for (const c of [...k.conjunctions].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`等[^、，“”]{0,6}?${h}(${c})`)
      const m = re.exec(body)
      if (m && m.index > 0) return { cut: clause.start + m.index + m[0].length - c.length, next: clause.start + m.index + m[0].length }
    }
  return undefined
}

interface Found {
  c: NamedCandidate
  cls: HeadClass
  proper: boolean
  own: boolean
  quoted: boolean
  /** No head of its own (it may take the list's shared head). */
  bare: boolean
  /** Already given a head by a closer inside the list; the last member's head must not be appended again (X工程工程). */
  taken?: boolean
}

function fromList(text: string, whole: Span, rules: NameRules, prefix?: string, siblingOfProjects = false): NamedCandidate[] {
  const { k } = rules
  // A、B、C为一体的D: A, B and C are parts of D, which alone may be a project.
  let clause = whole
  for (const w of k.componentEnds ?? []) {
    const i = text.indexOf(w, clause.start)
    if (i >= clause.start && i < clause.end) clause = { start: i + w.length, end: clause.end }
  }
  // Cut the clause where a role phrase begins: 以A为中心 keeps A only.
  let end = clause.end
  let role: string | undefined
  for (const stop of k.clauseStops) {
    const i = text.indexOf(stop, clause.start)
    if (i > clause.start && i < end) {
      end = i
      role = stop
    }
  }
  // 以A为主线, 以A为依托: A is what the clause builds on, already there, not an undertaking. (A list of highlights, 以A、B等亮点为依托,
  // names undertakings of their own.)
  const roleOf = text.slice(clause.start, end)
  if (role && (k.usedRoles ?? []).includes(role) && /^[\s“]*以/.test(roleOf) && !k.listSeparators.some((w) => roleOf.includes(w))) return []
  // A shared head: the last 等 followed by a head (…等项目建设).
  let shared: { word: string; cls: HeadClass } | undefined
  const deng = text.lastIndexOf('等', end - 1)
  let kind: string | undefined
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
    kind = tail
    const h = heads(rules.k).find((x) => tail.endsWith(x.word))
    const genericTail = k.genericPrefixes.some((p) => tail.includes(p))
    if (h && h.cls !== 'standalone' && tail.length <= 8 && !genericTail) {
      // A member takes the tail's 项目/工程 only (…等道路工程 -> X工程), else the whole tail (…等县际公路).
      const ph = k.projectHeads.find((x) => tail.endsWith(x))
      shared = { word: ph ?? tail, cls: h.cls }
      end = deng
    }
  }
  // Partners, not undertakings: what a unit is linked to (连接A、B) or merged with (与A、B的深度融合).
  const body = text.slice(clause.start, clause.end)
  // (连接线 is a noun: a link road.)
  const partnerAt = (k.partnerVerbs ?? []).flatMap((v) => [...body.matchAll(new RegExp(`${v}(?!线)`, 'g'))].map((m) => m.index))
  for (const w of k.partnerEnds ?? []) {
    const m = new RegExp(`与[^，。；]*${w}`).exec(body)
    if (m) partnerAt.push(m.index)
  }
  if (partnerAt.length) return []
  const split = splitMembers(text, { start: clause.start, end }, rules)
  // A list that is the object of one undertaking (A、B、C的保护与利用工程) is one member: the works is one project.
  const lastPart = split.length > 1 ? text.slice(split[split.length - 1]!.start, split[split.length - 1]!.end) : ''
  // So is a list closed by a collective head (A村、B村、C村美丽乡村集中连片建设).
  const bareParts = split.slice(0, -1).every((p) => !lastHead(text, p.start, p.end, k))
  const object = split.length > 1 && bareParts && (new RegExp(`的[\\u4e00-\\u9fa5]{2,10}(?:${k.projectHeads.join('|')})$`).test(lastPart.trim()) || (k.collectiveHeads ?? []).some((h) => lastPart.trim().endsWith(h)))
  const members = object ? [{ start: split[0]!.start, end: split[split.length - 1]!.end }] : split
  const found: Found[] = []
  // Where the first member's name starts: what stands before it governs the list.
  let firstStart: number | undefined
  for (const [mi, m] of members.entries()) {
    const head = lastHead(text, m.start, m.end, k)
    const stopAt = head ? head.end : m.end
    // The governing verb stands before the first member only (推进A、新建北路: 新建北路 is a name).
    const start = nameStart(text, m.start, stopAt, k, mi === 0)
    if (mi === 0) firstStart = start
    if (start >= stopAt) continue
    let raw = text.slice(start, stopAt)
    const lead = raw.length - raw.replace(/^[\s“‘"《]+/, '').length
    raw = raw.slice(lead)
    let rawEnd = stopAt
    if (!head) {
      raw = raw.replace(/\s+$/, '')
      // “创唯”建设: trailing words after a bare name go.
      for (let changed = true; changed; ) {
        changed = false
        for (const w of k.trailingWords)
          if (raw.endsWith(w) && raw.length > w.length + 1) {
            raw = raw.slice(0, -w.length)
            changed = true
          }
      }
      if (!balanced(raw)) raw = raw.replace(/[”’"》]+$/, '')
      rawEnd = start + lead + raw.length
    }
    const s0 = start + lead
    // A member written in quotation marks (“人民星云”) is a proper name.
    const quoted = (text[s0 - 1] === '“' || raw.startsWith('“')) && (text[rawEnd] === '”' || raw.endsWith('”'))
    // 市X / 我市X: the city's own (unique) facility.
    const municipal = /(?:我市|本市)$/.test(text.slice(Math.max(0, s0 - 2), s0)) || /^市(?!场|民|政|域|级|区|县|内|外|乡)/.test(raw)
    let name = despace(raw)
    // A size before a school (十轨制霍东学校) describes it; it is not part of the name.
    name = name.replace(/^[一二三四五六七八九十\d]+轨制/, '')
    if (/^[“‘"《]/.test(name) && /[”’"》]$/.test(name)) name = name.replace(QUOTES, '')
    // A verb inside a name after its subject (李雅庄煤矿实施X项目): the subject stays, the verb goes.
    for (const v of k.innerVerbs ?? []) {
      const at = name.indexOf(v)
      if (at > 0 && subjectBefore(name.slice(0, at), k)) name = name.slice(0, at) + name.slice(at + v.length)
    }
    // A modifier clause before the name (具有X特色的Y, 以A为特色的B): the name starts after the last 的.
    const de = name.lastIndexOf('的')
    if (de >= 0 && name.length - de - 1 >= 4 && !object) name = name.slice(de + 1)
    // B乡（D种植片区、…、E项目）: a member without a place of its own takes the shared place; a 项目 only when nothing
    // proper names it (田园综合体项目 -> B乡田园综合体项目; a company's 项目 stands alone). A gazetteer entry for the whole
    // name is no proper element of its own: the gazetteer knows it only from this very phrase.
    if (prefix && head && !rules.namesPlace(name) && (head.cls !== 'project' || !rules.isProper(name) || rules.isKnownFacility(name))) name = prefix + name
    const known = rules.isKnownFacility(name)
    // A quotation makes a bare name proper (“人民星云”); a generic head in quotes (“电子商务产业园”) stays generic.
    // The city's own facility right after a verb of building (加快建设市儿童福利院) is one to be built, a unique one.
    // (建设我市X: the verb may stand before the 我市.)
    const built = municipal && head?.cls === 'facility' && /(?:建设|新建)(?:我市|本市)?$/.test(text.slice(Math.max(0, s0 - 4), s0))
    const proper = (quoted && !head) || (municipal && head?.cls === 'project') || built || rules.isProper(name)
    const c = { start: s0, end: rawEnd, raw, name }
    // No head: the member may take the list's shared head (resolved below).
    if (!head) {
      found.push({ c, cls: 'standalone', proper, own: false, quoted, bare: true })
      continue
    }
    let cls: HeadClass = head.cls
    if (head.cls === 'standalone' && !shared) {
      // A facility the gazetteer knows, written with its own head (X城), stands alone.
      if (!known) continue
      cls = 'facility'
    }
    found.push({ c, cls, proper, own: true, quoted, bare: false })
  }
  // An event (A博览会) is no project; the member after it that has no proper name takes its modifier A.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!
    const head = (k.eventHeads ?? []).find((h) => f.c.name.endsWith(h))
    if (!f.bare || !head) continue
    const next = found[i + 1]
    const modifier = f.c.name.slice(0, -head.length)
    if (next && !next.proper && rules.isProper(modifier)) Object.assign(next, { proper: true, c: { ...next.c, name: modifier + next.c.name } })
    found.splice(i, 1)
  }
  // The mirror of a shared head: a member that is a bare facility noun (X市美术馆、科技馆; X数字图书馆、文化馆) takes the place,
  // or the proper modifier, its predecessor opens with.
  let mirrored: string | undefined
  for (const [i, f] of found.entries()) {
    const prev = found[i - 1]
    const bareNoun = k.facilityHeads.includes(f.c.name) || (f.c.name.length <= 3 && !f.proper && lastWord(f.c.name, k) !== undefined)
    const given = mirrored
    mirrored = undefined
    if (!prev || f.bare || !bareNoun) continue
    const head = lastWord(prev.c.name, k)
    // (Down a list the same modifier goes on: X数字图书馆、文化馆、博物馆.)
    const place = given ?? (head ? prev.c.name.slice(0, -head.length) : '')
    if (place && (given || isPlaceName(place, rules) || (place.length <= 4 && rules.k.properNames.some((w) => place.startsWith(w))))) {
      Object.assign(f, { proper: true, c: { ...f.c, name: place + f.c.name } })
      mirrored = place
    }
  }
  // A shared head without 等 (A、B、C县际公路; A、B项目): the head of the next member that has one goes to the bare members before it.
  const last = found[found.length - 1]
  const lastClean = last !== undefined && !text.slice(last.c.end, clause.end).includes('等') && plausible(last.c.name, rules)
  if (!shared && found.some((f) => f.bare)) {
    // Inside the list a 项目/工程 whose tail the bare members before it share closes their group (A镇、B镇和B乡小流域治理工程和…).
    let group: Found[] = []
    for (const f of found) {
      if (f.bare) group.push(f)
      else {
        if (f !== last && f.cls === 'project' && group.length && plausible(f.c.name, rules)) distribute(f, group, true)
        // Parallel routes close their group with a facility (A至B、C至D、E至F县际公路、G项目): its head word, not the last member's, goes to the bare ones.
        else if (f !== last && f.cls === 'facility' && group.length && [f, ...group].every((g) => /.至./.test(g.c.name)) && plausible(f.c.name, rules)) distributeHead(f, group)
        group = []
      }
    }
    // The rest take the last member's.
    if (last && lastClean && !last.bare && last.cls !== 'standalone') distribute(last, found.filter((f) => f.bare && !f.taken), false)
  }
  function distribute(closer: Found, group: Found[], inner: boolean) {
    const head = k.projectHeads.find((h) => closer.c.name.endsWith(h)) ?? lastWord(closer.c.name, k)
    if (!head) return
    const tail = sharedTail(closer.c.name, head, group.filter((f) => f.c.name.length >= 3).map((f) => f.c.name), rules)
    // (A two-character member is a name only beside a company's undertaking: 苏宁、京东集团农村电商项目.)
    const company = k.properMarkers.slice(0, 2).some((w) => closer.c.name.endsWith(w + tail))
    const bare = group.filter((f) => f.c.name.length >= 3 || company)
    if (inner && tail === head) return
    // The closer's own name is parallel to the bare ones (对竹河 beside 南涧河): a name, though no gazetteer knows it.
    if (tail !== head) closer.proper = true
    // A short bare member (A镇) takes only a real shared tail, not a bare 工程 (C村工程 is not a name).
    for (const f of bare) if (f.c.name.length >= 4 || tail !== head) Object.assign(f, { cls: closer.cls, own: false, taken: true, c: { ...f.c, name: f.c.name + tail } })
  }
  function distributeHead(closer: Found, group: Found[]) {
    const head = lastWord(closer.c.name, k)
    if (!head) return
    for (const f of group) if (f.c.name.length >= 4) Object.assign(f, { cls: closer.cls, own: false, taken: true, c: { ...f.c, name: f.c.name + head } })
  }
  const kept: Found[] = []
  for (const f of found) {
    if (f.bare && shared) {
      // Under a shared head a quoted name keeps its own text (“人民星云”); a bare member takes the head.
      if (f.quoted) f.own = true
      else f.c = { ...f.c, name: f.c.name + shared.word }
      f.cls = f.quoted ? 'facility' : shared.cls
    } else if (f.bare && f.cls === 'standalone') {
      // Alone, a bare name is a project only when it is a facility the gazetteer knows, written as a proper name (“创唯”).
      if (!(f.quoted && rules.isKnownFacility(f.c.name))) continue
      f.cls = 'facility'
      f.own = true
    }
    if (!plausible(f.c.name, rules, f.quoted)) continue
    kept.push(f)
  }
  // A facility is a project with a proper-name element, or as a sibling of a 项目 in the same list, or under a shared head.
  const hasProjectSibling = kept.some((f) => f.cls === 'project' && /项目$/.test(f.c.name)) || shared !== undefined
  const distributed = !shared && kept.some((f) => f.bare)
  // In a list of facilities to build (加快A、B、C建设) any proper one vouches for the others: the list names a programme of works.
  const building = /建设$/.test(text.slice(clause.start, clause.end).trim())
  const soloProject = kept.find((f) => f.cls === 'project' && /项目$/.test(f.c.name) && !f.bare && (f.proper || f.c.name.length - 2 >= 5))
  // 对A、B加强保护, 依托我市A、B: the list's governing verb uses its facilities; they are there already. 依托 alone uses
  // them only when the list closes with a designation (依托A、B等红色教育基地, 等机构), not with a bare kind (等园区:
  // parks the plan builds elsewhere).
  const governing = firstStart !== undefined ? text.slice(clause.start, firstStart).trim() : ''
  const designation = kind !== undefined && !heads(k).some((h) => h.word === kind)
  const used = (k.usedVerbs ?? []).some((v) => governing.endsWith(v)) || (designation && (k.listUsedVerbs ?? []).some((v) => governing.endsWith(v)))
  // 统筹A、B等项目: a list governed by a verb of coordination names programmes, not undertakings.
  if (shared && (k.programmeVerbs ?? []).some((v) => governing.endsWith(v))) return []
  return kept
    .filter((f) => {
      if (rules.isExisting(f.c.name)) return false
      if (used && f.cls === 'facility') return false
      // X集团Y电厂 alone: an enterprise's existing plant, not an undertaking.
      if (f.cls === 'facility' && !shared && k.properMarkers.slice(0, 4).some((w) => f.c.name.includes(w)) && (k.enterpriseFacilityHeads ?? []).some((h) => f.c.name.endsWith(h))) return false
      // Under a shared head a bare member needs a proper-name element, a road/street/bridge name, or enough substance of its own.
      if (shared && f.cls === 'standalone' && !f.bare) return standaloneInside(f.c.name, k)
      // (A bare member that still joins two kinds of work, A建设和B建设等项目, names kinds, not one undertaking.)
      if (shared) return f.own || f.proper || standaloneInside(f.c.name, k) || (shared.cls === 'project' && f.c.name.length - shared.word.length >= 5 && !k.conjunctions.some((c) => c !== '及' && f.c.name.includes(c)))
      if (distributed && f.bare) return (f.cls === 'undertaking' ? rules.namesSite(f.c.name) : f.proper) || (f.cls === 'project' && f.c.name.length - 2 >= 5)
      if (f.cls === 'standalone') return true
      // Works on a site (X棚户区改造, X开发) need the site's name; a quantity or a sibling does not vouch.
      if (f.cls === 'undertaking') return rules.namesSite(f.c.name)
      // A 项目 name needs some substance of its own (大数据项目 is a kind, not a name); 工程 needs a proper-name element.
      // A 市X工程 is the city's own undertaking; a bare 市X facility may be an existing institution (市技工学校).
      // (Four characters do beside a sibling 项目 that is one by itself: 超细微粉项目、粉煤灰标准砖项目.)
      if (f.cls === 'project') return f.proper || municipalName(f.c.raw) || ((siblingOfProjects || /项目$/.test(f.c.name)) && f.c.name.length - 2 >= (soloProject && f !== soloProject ? 4 : 5))
      // Coordination: A湿地公园、B湿地公园、C泉域湿地公园 — one proper member vouches for siblings of the same kind.
      const properSibling = kept.some((g) => g !== f && g.proper && g.cls === 'facility' && (building || lastWord(g.c.name, k) === lastWord(f.c.name, k)))
      if (f.cls === 'facility') return f.proper || ((hasProjectSibling || properSibling) && members.length > 1)
      return false
    })
    .map((f) => f.c)
}

/**
 * The tail that bare list members share with the last member: what follows the last member's own name, found where it
 * ends like a bare member in a toponym suffix (南涧河、对竹河河道生态治理工程 -> 河道生态治理工程) or as a place at its start
 * (A镇、B乡小流域治理工程 -> 小流域治理工程) or after a company (A、B集团C项目 -> C项目). Without any, just its head.
 */
function sharedTail(last: string, head: string, bare: string[], rules: NameRules): string {
  const ends: number[] = []
  for (const b of bare) {
    const end = b[b.length - 1]!
    if (!(rules.k.toponymSuffixes ?? []).includes(end)) continue
    const i = last.indexOf(end, 1)
    if (i >= 1) ends.push(i + 1)
  }
  const place = rules.placeAtStart(last)
  if (place) ends.push(place)
  // A company opens the last member (苏宁、京东集团农村电商项目): what it undertakes is the tail.
  for (const w of rules.k.properMarkers.slice(0, 2)) {
    const i = last.lastIndexOf(w)
    if (i >= 1) ends.push(i + w.length)
  }
  const end = Math.min(...ends.filter((e) => last.length - e >= head.length + 2))
  return Number.isFinite(end) ? last.slice(end) : head
}

/** A bare place name: a gazetteer place or a known proper name, with an administrative suffix at most (X市). */
function isPlaceName(s: string, rules: NameRules): boolean {
  const t = s.replace(/[市县]$/, '')
  return rules.placeAtStart(s) === s.length || rules.k.properNames.includes(t)
}

function municipalName(raw: string): boolean {
  return /^市(?!场|民|政|域|级|区|县|内|外|乡)/.test(raw) && /工程$|项目$/.test(raw)
}

/** A subject that can carry a verb inside a name: an organisation or a site (X煤矿, X公司). */
function subjectBefore(s: string, k: ExtractKnowledge): boolean {
  return s.length >= 3 && (k.subjectSuffixes ?? []).some((w) => s.endsWith(w))
}

function lastWord(name: string, k: ExtractKnowledge): string | undefined {
  return [...k.facilityHeads, ...(k.undertakingHeads ?? [])].sort((a, b) => b.length - a.length).find((h) => name.endsWith(h))
}

function standaloneInside(name: string, k: ExtractKnowledge): boolean {
  // 市政道路 is a kind; A南街B片区道路 names its street.
  const stem = name.replace(/(?:道|公|马|铁)路$/, '')
  return k.standaloneHeads.some((h) => stem.indexOf(h) >= 2)
}

/** List members: 、 and ”“ always; a conjunction only between two heads (not X厂房及Y项目, one project). */
function splitMembers(text: string, span: Span, rules: NameRules): Member[] {
  const { k } = rules
  // (A list closed by 等 lists things: 滑草、攀岩、漂流等休闲运动项目.)
  const split = splitSpans(text, span.start, span.end, k.listSeparators)
  const parts = text[span.end] === '等' ? split : modifiers(text, split, k)
  const out: Member[] = []
  for (const [pi, p] of parts.entries()) {
    let rest: Span = p
    for (;;) {
      let cut: { at: number; len: number } | undefined
      for (const c of k.conjunctions) {
        let i = text.indexOf(c, rest.start + 1)
        while (i > rest.start && i < rest.end) {
          const left = lastHead(text, rest.start, i, k)
          const right = lastHead(text, i + c.length, rest.end, k)
          const leftEnds = left && (left.end === i || k.trailingWords.includes(text.slice(left.end, i))) && left.cls !== 'standalone' && rest.end - (i + c.length) >= 4
          // X厂房及Y项目, X市场及棚户区改造, X路及桥: with 及/与 a right member without a name of its own is a component.
          // (But X公园与Y湿地工程: a right member with a proper name of its own is a second undertaking.)
          const component = c !== '和' && left?.cls === 'facility' && !rules.isProper(text.slice(i + c.length, rest.end))
          // Two quoted names joined by a conjunction (“A”和“B”) are two members.
          const quotes = text[i - 1] === '”' && text[i + c.length] === '“'
          // Two places sharing what follows (A镇和B乡小流域治理工程): the bare left place is a member of its own.
          const leftText = text.slice(rest.start, i)
          const places = right !== undefined && leftText.length > 0 && rules.placeAtStart(leftText) === leftText.length && rules.placeAtStart(text.slice(i + c.length, rest.end)) > 0
          // The list's closing 和 (A、B和C产业园): after a 、 it joins members, whatever the left one ends with.
          const closing = pi > 0 && c === '和' && right !== undefined && right.cls !== 'standalone' && i - rest.start >= 2 && rules.isProper(text.slice(i + c.length, right.end))
          // An event before the conjunction (A博览会和B工程) is a member of its own: not a project, it lends A to B.
          const event = right !== undefined && right.cls === 'project' && (k.eventHeads ?? []).some((h) => text.slice(rest.start, i).endsWith(h))
          if (((leftEnds && right && !component) || quotes || places || closing || event) && (!cut || i < cut.at)) cut = { at: i, len: c.length }
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

/**
 * A 、 that separates descriptive words, not members: a size (面积5平方公里、具有…特色的X园) describes the next part and
 * goes; a word of one or two characters between two parts (A历史、文化、艺术记忆工程) joins them into one member.
 */
function modifiers(text: string, parts: Span[], k: ExtractKnowledge): Span[] {
  const words = (p: Span) => despace(text.slice(p.start, p.end))
  const headed = (p: Span) => lastHead(text, p.start, p.end, k) !== undefined
  const out: Span[] = []
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    if (i + 1 < parts.length && !headed(p) && /[\d一二三四五六七八九十百千万]+(?:平方公里|平方米|公顷|亩|公里)$/.test(words(p))) continue
    const prev = out[out.length - 1]
    const next = parts[i + 1]
    if (prev && next && !headed(p) && words(prev).length >= 3 && /^[\u4e00-\u9fa5]{1,2}$/.test(words(p))) {
      out[out.length - 1] = { start: prev.start, end: next.end }
      i++
      continue
    }
    out.push(p)
  }
  return out
}

/** Start after the last strong verb before the head, then drop leading verbs. */
function nameStart(text: string, s: number, e: number, k: ExtractKnowledge, first: boolean): number {
  let start = s
  if (!first) {
    while (start < e && /[\s“‘"《]/.test(text[start]!)) start++
    const conj = [...k.conjunctions].sort((a, b) => b.length - a.length).find((c) => text.startsWith(c, start))
    if (conj && start + conj.length < e) return start + conj.length
    // (高起点、高标准建设X: a verb of building inside a later member still starts its name.)
    return Math.max(start, midVerbStart(text, start, e, k))
  }
  for (const v of k.strongVerbs) {
    const i = text.lastIndexOf(v, e - 1)
    if (i >= start && i + v.length <= e && !((k.innerVerbs ?? []).includes(v) && subjectBefore(text.slice(start, i), k))) start = i + v.length
  }
  start = Math.max(start, midVerbStart(text, start, e, k))
  const verbs = [...k.leadingVerbs].sort((a, b) => b.length - a.length)
  for (let changed = true; changed; ) {
    changed = false
    while (start < e && /[\s“‘"《]/.test(text[start]!)) start++
    const paren = /^（[^（）]{1,6}）/.exec(text.slice(start, e))
    if (paren) {
      start += paren[0].length
      changed = true
    }
    // (A noun that opens like a leading verb, the verb plus a noun suffix, stays whole.)
    // So does a street named like a verb (新建北路, 建设路).
    const noun = (k.verbLikeNouns ?? []).some((w) => text.startsWith(w, start)) || verbs.some((v) => text.startsWith(v, start) && /^[东南西北中]?[路街]/.test(text.slice(start + v.length, e)))
    for (const v of noun ? [] : verbs)
      if (text.startsWith(v, start) && start + v.length < e) {
        start += v.length
        changed = true
        break
      }
  }
  return start
}

/** X火车站建设Y中心: a 建设 inside the span, not followed by its head (…建设项目), starts the name after it. */
function midVerbStart(text: string, start: number, e: number, k: ExtractKnowledge): number {
  let at = start
  for (const v of k.midVerbs ?? []) {
    const i = text.lastIndexOf(v, e - 1)
    const rest = text.slice(i + v.length, e)
    // (Not inside a company's name: 徐州卓一建设有限公司.)
    // (Nor before a conjunction: A建设与修复工程 is one name.)
    if (i > at && rest.length >= 3 && !k.projectHeads.some((h) => rest.startsWith(h)) && !k.properMarkers.slice(0, 4).some((w) => rest.includes(w)) && !k.conjunctions.some((c) => rest.startsWith(c))) at = i + v.length
  }
  return at
}

function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length
  return count(/“/g) === count(/”/g) && count(/（/g) === count(/）/g) && count(/《/g) === count(/》/g)
}

/** `quoted`: a name in quotation marks is a proper name even when it reads like a programme (“人民德育-5G生态服务体系”). */
function plausible(name: string, { k, isProper }: NameRules, quoted = false): boolean {
  if (name.length < (quoted ? 2 : 3) || name.length > 45) return false
  if (!balanced(name) || /等(?!级)/.test(name)) return false
  if (k.genericNames.includes(name)) return false
  // 承担科技项目, 重大科技项目: a generic name with only a short modifier before it.
  const generic = k.genericNames.find((g) => name.endsWith(g))
  if (generic && name.length - generic.length <= 5 && !k.facilityHeads.some((h) => name.slice(0, -generic.length).endsWith(h))) return false
  void isProper
  // (A company's name may open with one: 国家能源集团…项目.)
  if (k.genericPrefixes.some((p) => name.startsWith(p)) && !k.properMarkers.some((w) => name.includes(w))) return false
  if (!quoted && k.programmeMarkers.some((p) => name.includes(p))) return false
  // What is left without its heads (one 项目/工程, then the longest facility noun: 田园综合体项目 -> 田园) must say something.
  const strip = (s: string, hs: readonly string[]) => {
    const h = [...hs].sort((a, b) => b.length - a.length).find((x) => s.endsWith(x))
    return h ? s.slice(0, -h.length) : s
  }
  const core = strip(strip(name, k.projectHeads), k.facilityHeads)
  // (新医院: the new one of a kind says enough.)
  return core.length >= 2 || (k.uniquePrefixes ?? []).includes(core)
}
