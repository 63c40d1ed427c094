/**
 * Ties from a project to gazetteer places, each a chain of links with
 * evidence: direct (its own sentence or item names the place: one link, the
 * clause), context (the heading of a unit it stands in does: one link, the
 * heading), transitive (it is, or stands at, a facility or place the
 * gazetteer places there, or a facility serves it: two links or more, the
 * last quote naming the place).
 */
import type { Evidence, Link, LinkRelation, Tie, TieHow, TieRelation } from '../schema/project.js'
import type { Named, PlaceIndex } from './places.js'
import { placedBy } from './relations.js'
import type { Extraction } from './extraction.js'

const RANK: Record<TieHow, number> = { direct: 3, context: 2, transitive: 1 }

/** At most one tie a place: the strongest (direct > context > transitive); between equals, the first found. */
export class TieSet {
  private readonly byPlace = new Map<string, Tie>()
  add(tie: Tie): void {
    const old = this.byPlace.get(tie.to)
    if (!old || RANK[tie.how] > RANK[old.how]) this.byPlace.set(tie.to, tie)
  }
  list(): Tie[] {
    return [...this.byPlace.values()]
  }
}

/**
 * What a chain means: its first link's relation, identity links (`is`, `includes`) skipped, `listed-in` read as
 * `part-of` (a project listed under a heading belongs to the heading's subject).
 */
export function relationOf(chain: readonly Link[]): TieRelation {
  const first = chain.find((l) => l.relation !== 'is' && l.relation !== 'includes')
  if (!first) return 'located-in'
  return first.relation === 'listed-in' ? 'part-of' : (first.relation as Exclude<LinkRelation, 'is' | 'includes' | 'listed-in'>)
}

/** A tie from its chain: `how` from the chain's length and kind, `relation` from its links. */
export function tieOf(how: TieHow, chain: Link[]): Tie {
  return { to: chain[chain.length - 1]!.to, how, relation: relationOf(chain), mention: 0, chain }
}

/** The gazetteer place IDs a name contains. */
export function placeIdsIn(name: string, places: PlaceIndex): string[] {
  return places.placeMatcher.all(name).flatMap((match) => (match.value.kind === 'place' ? [match.value.place.id] : []))
}

/**
 * Ties by own name vs partner: a project whose own name places it (A乡田园综合体项目) stands there, so another place
 * its sentence or item names (…通过B区服务中心…) is a partner, not its site, unless the project's place lies within it.
 * Returns whether a place named near the project may be where it stands.
 */
export function mayStandIn(name: string, places: PlaceIndex): (named: Named) => boolean {
  const namedIn = placeIdsIn(name, places)
  return (named) => named.kind !== 'place' || namedIn.length === 0 || namedIn.some((id) => id === named.place.id || places.places.get(id)?.within === named.place.id)
}

/**
 * Transitive ties from a first link (the project is, stands at, or is served by `entry`, as `first` says) through the
 * gazetteer up to every place `entry` lies in; a place entry itself is tied too (directly by `first` alone, when
 * `direct`). `report` takes a missing quote.
 */
export function tiesThrough(entry: Named, first: Link, extraction: Extraction, report: (message: string) => void, direct = false): Tie[] {
  const out: Tie[] = []
  if (entry.kind === 'place' && direct) out.push(tieOf('direct', [first]))
  for (const reached of placedBy(entry, extraction, report)) {
    const [next, ...rest] = reached.links
    // The project is the entry, and the gazetteer's quote for the entry's place is the one that names the project:
    // one link says both (装备制造服务中心 is in 智创城, «在智创城布局装备制造服务中心»).
    if (first.relation === 'is' && next && sameSpan(next.evidence, first.evidence) && rest.length > 0) out.push(tieOf('transitive', [{ ...next, from: first.from }, ...rest]))
    else out.push(tieOf('transitive', [first, ...reached.links]))
  }
  return out
}

const sameSpan = (a: Evidence, b: Evidence) => a.nodeId === b.nodeId && a.start === b.start && a.end === b.end
