/**
 * Which members are projects, following the plan's definition: a 项目 name
 * is one when it says something of its own, a 工程 or a facility needs a
 * proper-name element, works on a site (改造, 开发) need the site's name.
 * The list vouches too: a facility beside a 项目 or under a shared head, a
 * list of facilities to build where one is proper. Nothing the list governs
 * as a thing used (依托A、B; 对A加强保护) or coordinated (统筹A、B等项目) is
 * one, nor anything the gazetteer marks as already there.
 */
import { kindNoun } from './heads.js'
import type { NameKnowledge } from './knowledge.js'
import { isMunicipalUndertaking } from './proper.js'
import type { ListMember, ListState } from './state.js'

/** What the whole list says about its members. */
interface ListFacts {
  /** The list's governing verb uses its facilities: they are there already. */
  used: boolean
  /** Some member is a 项目, or the list shares a head: its facilities are projects too. */
  hasProjectSibling: boolean
  /** Some headless member took a shared tail (no 等 in the list). */
  tailShared: boolean
  /** A list of facilities to build (加快A、B、C建设): any proper one vouches for the others. */
  building: boolean
  /** A 项目 that is one by itself: a four-character 项目 beside it is a name too (超细微粉项目、粉煤灰标准砖项目). */
  soloProject: ListMember | undefined
}

/** The members of `kept` that are projects. */
export function acceptProjects(state: ListState, kept: ListMember[]): ListMember[] {
  const { text, clause, knowledge, sharedHead } = state
  const { words } = knowledge
  const governing = state.firstStart !== undefined ? text.slice(clause.start, state.firstStart).trim() : ''
  // 统筹A、B等项目: a list governed by a verb of coordination names programmes, not undertakings.
  if (sharedHead && words.programmeVerbs.some((v) => governing.endsWith(v))) return []
  // 对A、B加强保护, 依托我市A、B: the list's governing verb uses its facilities. 依托 alone uses them only when the list
  // closes with a designation (依托A、B等红色教育基地, 等机构), not with a bare kind (等园区: parks the plan builds elsewhere).
  const designation = state.kind !== undefined && !knowledge.heads.some((h) => h.word === state.kind)
  const facts: ListFacts = {
    used: words.usedVerbs.some((v) => governing.endsWith(v)) || (designation && words.listUsedVerbs.some((v) => governing.endsWith(v))),
    hasProjectSibling: kept.some((m) => m.headClass === 'project' && /项目$/.test(m.name)) || sharedHead !== undefined,
    tailShared: !sharedHead && kept.some((m) => m.headless),
    building: /建设$/.test(text.slice(clause.start, clause.end).trim()),
    soloProject: kept.find((m) => m.headClass === 'project' && /项目$/.test(m.name) && !m.headless && (m.proper || m.name.length - 2 >= 5))
  }
  return kept.filter((member) => !knowledge.isExisting(member.name) && !(facts.used && member.headClass === 'facility') && !isEnterprisePlant(member, state) && isProject(member, kept, facts, state))
}

/** X集团Y电厂 alone (not under a shared head): an enterprise's existing plant, not an undertaking. */
function isEnterprisePlant(member: ListMember, state: ListState): boolean {
  const { knowledge } = state
  return (
    member.headClass === 'facility' &&
    !state.sharedHead &&
    knowledge.companyMarkers.some((w) => member.name.includes(w)) &&
    knowledge.words.enterpriseFacilityHeads.some((h) => member.name.endsWith(h))
  )
}

function isProject(member: ListMember, kept: ListMember[], facts: ListFacts, state: ListState): boolean {
  const { knowledge, sharedHead } = state
  const { name } = member
  if (sharedHead) {
    // Under a shared head a member with a standalone head needs a road, street or bridge name of its own.
    if (member.headClass === 'standalone' && !member.headless) return standaloneInside(name, knowledge)
    // A member needs its own printed name, a proper-name element, a standalone name, or enough substance of its own
    // (a member that still joins two kinds of work, A建设和B建设等项目, names kinds, not one undertaking).
    return (
      member.asPrinted ||
      member.proper ||
      standaloneInside(name, knowledge) ||
      (sharedHead.headClass === 'project' && name.length - sharedHead.word.length >= 5 && !knowledge.words.conjunctions.some((c) => c !== '及' && name.includes(c)))
    )
  }
  if (facts.tailShared && member.headless) return (member.headClass === 'undertaking' ? knowledge.namesSite(name) : member.proper) || (member.headClass === 'project' && name.length - 2 >= 5)
  switch (member.headClass) {
    case 'standalone':
      return true
    // Works on a site (X棚户区改造, X开发) need the site's name; a quantity or a sibling does not vouch.
    case 'undertaking':
      return knowledge.namesSite(name)
    // A 项目 name needs some substance of its own (大数据项目 is a kind, not a name); 工程 needs a proper-name element.
    // A 市X工程 is the city's own undertaking.
    case 'project':
      return member.proper || isMunicipalUndertaking(member.raw) || ((state.siblingOfProjects || /项目$/.test(name)) && name.length - 2 >= (facts.soloProject && member !== facts.soloProject ? 4 : 5))
    // Coordination: A湿地公园、B湿地公园、C泉域湿地公园 — one proper member vouches for siblings of the same kind.
    case 'facility': {
      const properSibling = kept.some((other) => other !== member && other.proper && other.headClass === 'facility' && (facts.building || kindNoun(other.name, knowledge) === kindNoun(name, knowledge)))
      return member.proper || ((facts.hasProjectSibling || properSibling) && state.spans.length > 1)
    }
  }
}

/** A standalone head inside the name after two characters or more: 市政道路 is a kind; A南街B片区道路 names its street. */
function standaloneInside(name: string, knowledge: NameKnowledge): boolean {
  const stem = name.replace(/(?:道|公|马|铁)路$/, '')
  return knowledge.words.standaloneHeads.some((h) => stem.indexOf(h) >= 2)
}
