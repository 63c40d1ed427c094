/**
 * Mentions into projects: the mentions the walk found are grouped into one
 * record per project, by the rules of ./rules.ts (each a function with its
 * fixture), and the facts each mention gave are merged, each keeping the
 * index of its mention.
 *
 * - The canonical mention is the project's 专栏 item, else its first mention
 *   in document order that names it as a project (not a names-entry one);
 *   its ID, name, span and place in the outline are the project's. The other
 *   mentions follow in document order.
 * - Sectors: the lead mention's (the canonical one, unless its own words,
 *   name or text, name no sector: then the first mention's whose words do),
 *   with its scores; each sector's words are every mention's that found it.
 *   A mention in another unit's sentence says little of what the project is
 *   (a service centre named in a list of farms), so it adds no sector; a
 *   names-entry mention adds no words either.
 * - Places: each once, with the first mention that names it (a names-entry
 *   mention gives only the places it stands in).
 * - Ties: at most one a place, the strongest (direct, context, transitive),
 *   the earlier mention between equals; mention IDs in their links become
 *   the project's ID.
 */
import type { Link, Mention, PlaceFact, Project, SectorEvidence, Tie } from '../../schema/project.js'
import { sentenceEvidence } from '../clauses.js'
import { textOf, unitFields, type Extraction, type Found } from '../extraction.js'
import { TieSet } from '../ties.js'
import { groupMentions } from './rules.js'

export function mergeMentions(found: readonly Found[], extraction: Extraction): Project[] {
  const groups = groupMentions(found, extraction)
  const projectOf = new Map<string, string>()
  const ordered = groups.map((group) => {
    // A place the text only names the project's facility (names-entry) is no naming of the project: never canonical.
    const canonical = group.members.find((m) => m.found.kind === 'box-item') ?? group.members.find((m) => m.matched !== 'names-entry') ?? group.members[0]!
    const rest = group.members.filter((m) => m !== canonical)
    const members = [canonical, ...rest]
    for (const m of members) projectOf.set(m.found.id, canonical.found.id)
    return { canonical: canonical.found, members }
  })
  const rename = (id: string) => projectOf.get(id) ?? id
  return ordered
    .map(({ canonical, members }) => {
      const mentions: Mention[] = members.map(({ found: f, matched }, k) => ({
        id: f.id,
        ...f.at,
        raw: f.raw,
        name: f.name,
        kind: f.kind,
        matched: k === 0 ? 'canonical' : matched,
        sentence: f.node.type === 'boxItem' && f.at.end === 0 ? { nodeId: f.at.nodeId, start: 0, end: 0, quote: f.raw } : sentenceEvidence(f.at.nodeId, textOf(extraction, f.at.nodeId), f.at),
        ...unitFields(f.unit),
        ...(f.boxItem ? { boxItem: f.boxItem } : {})
      }))
      const founds = members.map((m) => m.found)
      const aliases: string[] = []
      for (const f of founds) if (f.name !== canonical.name && !aliases.includes(f.name)) aliases.push(f.name)
      return {
        order: found.indexOf(canonical),
        project: {
          id: canonical.id,
          name: canonical.name,
          raw: canonical.raw,
          kind: canonical.kind === 'box-item' ? (canonical.direction ? 'direction' : 'box-item') : 'named',
          aliases,
          at: { ...canonical.at },
          ...unitFields(canonical.unit),
          ...(canonical.boxItem ? { boxItem: canonical.boxItem } : {}),
          mentions,
          ...mergeSectors(founds),
          ...mergePlaces(founds),
          ties: mergeTies(founds, rename)
        } satisfies Project as Project
      }
    })
    .sort((a, b) => a.order - b.order)
    .map((x) => x.project)
}

/** Whether some sector of the mention rests on its own words (its name or text), not only on its unit's heading. */
const hasOwnWords = (f: Found) => f.sectorEvidence.some((e) => e.clauses.some((c) => c.from !== 'unit'))

function mergeSectors(founds: Found[]): { sectors: string[]; sectorEvidence: SectorEvidence[] } {
  const lead = hasOwnWords(founds[0]!) ? 0 : Math.max(0, founds.findIndex(hasOwnWords))
  // The lead mention's sectors and scores; every mention's clauses for them, each with its mention.
  const sectorEvidence = founds[lead]!.sectorEvidence.map((e) => ({
    sector: e.sector,
    score: e.score,
    clauses: founds.flatMap((f, k) => (f.matched === 'names-entry' ? [] : (f.sectorEvidence.find((x) => x.sector === e.sector)?.clauses ?? [])).map((c) => ({ ...c, mention: k })))
  }))
  return { sectors: sectorEvidence.map((e) => e.sector), sectorEvidence }
}

function mergePlaces(founds: Found[]): { places: string[]; placeEvidence: PlaceFact[] } {
  const facts: PlaceFact[] = []
  founds.forEach((f, k) => {
    // A sentence that names the project only as the site or partner of other works is about them: of its places, only
    // one it stands in counts.
    const counts = (place: string) => f.matched !== 'names-entry' || f.ties.some((t) => t.to === place && t.how === 'direct' && t.relation === 'located-in')
    for (const fact of f.placeEvidence) if (counts(fact.place) && !facts.some((x) => x.place === fact.place)) facts.push({ ...fact, mention: k })
  })
  return { places: facts.map((f) => f.place), placeEvidence: facts }
}

function mergeTies(founds: Found[], rename: (id: string) => string): Tie[] {
  const ties = new TieSet()
  founds.forEach((f, k) => {
    for (const tie of f.ties) ties.add({ ...tie, mention: k, chain: tie.chain.map((l) => renameLink(l, rename)) })
  })
  return ties.list()
}

function renameLink(link: Link, rename: (id: string) => string): Link {
  return { ...link, from: rename(link.from), ...(link.target === 'project' ? { to: rename(link.to) } : {}) }
}
