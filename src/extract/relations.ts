/**
 * The gazetteer as a graph: a facility stands in a place (`place`) or in
 * another facility (`within`), a place in another place (`within`). From an
 * entry, `placedBy` follows these edges up to every place the entry lies in,
 * each edge a link whose evidence is the gazetteer's quote located in the
 * text and cut to its clause(s). Where that quote does not name the place
 * (the plan places the entry by the heading it is listed under, 专栏 4-3's
 * enterprises), the edge becomes two links: the entry is listed under the
 * unit, and the unit's heading names the place. Where neither names it (the
 * gazetteer infers the edge from a name), it is not followed: every tie rests
 * on a quote that names its place.
 */
import type { Link } from '../schema/project.js'
import { evidenceIn } from './clauses.js'
import { textOf, type Extraction } from './extraction.js'
import { entryName, type Named } from './places.js'

/** A place an entry lies in, and the links from the entry to it. */
export interface Reached {
  place: string
  links: Link[]
}

/** How a link names an entry: a place by its ID, a facility by its name. */
export function entryId(named: Named): string {
  return named.kind === 'place' ? named.place.id : named.facility.name
}

/** Every name of an entry. */
export function entryWords(named: Named): string[] {
  return named.kind === 'place' ? [named.place.name, ...named.place.aliases] : [named.facility.name, ...named.facility.aliases]
}

function facilityNamed(name: string, extraction: Extraction): Named | undefined {
  const hit = extraction.places.matcher.all(name).find((m) => m.start === 0 && m.end === name.length && m.value.kind === 'facility')
  return hit?.value
}

/**
 * The places `entry` lies in, nearest first, each with its links; `[]` when the gazetteer places it nowhere. An edge
 * whose quote is not in the text is reported (`report`) and not followed.
 */
export function placedBy(entry: Named, extraction: Extraction, report: (message: string) => void, seen = new Set<string>()): Reached[] {
  const id = (entry.kind === 'place' ? 'p:' : 'f:') + entryId(entry)
  if (seen.has(id)) return []
  seen.add(id)
  let next: Named | undefined
  let relation: 'located-in' | 'part-of' = 'located-in'
  if (entry.kind === 'facility') {
    relation = entry.facility.relation ?? 'located-in'
    if (entry.facility.within !== undefined) next = facilityNamed(entry.facility.within, extraction)
    else if (entry.facility.place !== undefined) {
      const place = extraction.places.places.get(entry.facility.place)
      if (place) next = { kind: 'place', place }
    }
  } else if (entry.place.within) {
    const place = extraction.places.places.get(entry.place.within)
    if (place) next = { kind: 'place', place }
  }
  if (!next) return []
  const links = edge(entry, next, relation, extraction)
  if (links === undefined) report(`no quote of the gazetteer evidence for ${entryName(entry)} is in the text`)
  if (!links) return []
  const above = placedBy(next, extraction, report, seen).map((r) => ({ place: r.place, links: [...links, ...r.links] }))
  return next.kind === 'place' ? [{ place: next.place.id, links }, ...above] : above
}

/**
 * The link(s) of one edge: entry `relation` next, as the gazetteer's quote says (or the heading it stands under);
 * `undefined` when no quote is in the text, `null` when the quotes found do not name `next`.
 */
function edge(entry: Named, next: Named, relation: 'located-in' | 'part-of', extraction: Extraction): Link[] | null | undefined {
  const words = entryWords(next)
  const located = extraction.places.evidenceOf(entry, words)
  if (!located) return undefined
  const evidence = evidenceIn(located.nodeId, textOf(extraction, located.nodeId), [located])
  const to = { to: entryId(next), target: next.kind === 'place' ? ('place' as const) : ('facility' as const) }
  if (words.some((w) => evidence.quote.includes(w))) return [{ from: entryId(entry), relation, ...to, evidence }]
  // The quote does not name the place: the heading of a unit it stands in does (innermost first). Where neither does,
  // the plan does not say it (the gazetteer infers it from a name): no link, for a tie needs a quote naming its place.
  const heading = [...(extraction.unitOf.get(located.nodeId)?.headings ?? [])].reverse().find((h) => words.some((w) => h.text.includes(w)))
  if (!heading) return null
  return [
    { from: entryId(entry), relation: 'listed-in', to: heading.unit, target: 'unit', evidence },
    { from: heading.unit, relation: 'part-of', ...to, evidence: { nodeId: heading.nodeId, start: heading.start, end: heading.end, quote: heading.text } }
  ]
}
