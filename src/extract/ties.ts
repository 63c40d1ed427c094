/**
 * Ties from a project to gazetteer places, each with its evidence:
 * direct (its own sentence or item names the place), context (the heading of
 * a unit it stands in does), transitive (it is at a facility, or in a place,
 * that the gazetteer places there).
 */
import type { Position } from '../schema/plan.js'
import type { Tie } from '../schema/project.js'
import type { Extraction } from './extraction.js'
import { entryName, type Named, type PlaceIndex } from './places.js'
import { subjectHeadings, type Unit } from './units.js'

const RANK = { direct: 3, context: 2, transitive: 1 }

/** At most one tie per place: the strongest (direct > context > transitive); between equals, the first found. */
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

/** A direct tie: the text of `nodeId` names the place (`word`). */
export function addDirect(ties: TieSet, named: Named, nodeId: string, word: string): void {
  if (named.kind === 'place') ties.add({ to: named.place.id, how: 'direct', evidence: { nodeId, quote: word } })
}

/** Context ties: a heading of the unit names the place. Innermost first, so that the closest heading is the evidence. */
export function addContext(ties: TieSet, unit: Unit, places: PlaceIndex): void {
  for (const heading of subjectHeadings(unit).reverse())
    for (const match of places.placeMatcher.all(heading.text)) if (match.value.kind === 'place') ties.add({ to: match.value.place.id, how: 'context', evidence: { nodeId: heading.nodeId, quote: heading.text } })
}

/**
 * A transitive tie through a facility the gazetteer places somewhere, or a place inside another, with the
 * gazetteer's evidence located in the tree. Returns false when no quote of that evidence is in the text.
 */
function addTransitive(ties: TieSet, named: Named, places: PlaceIndex): boolean {
  const to = named.kind === 'facility' ? named.facility.place : named.place.within
  if (!to) return true
  const target = places.places.get(to)
  const evidence = places.evidenceOf(named, target ? [target.name, ...target.aliases] : [])
  if (!evidence) return false
  ties.add({ to, how: 'transitive', evidence, via: named.kind === 'place' ? named.place.id : named.facility.name })
  return true
}

/** Transitive ties through every gazetteer entry `name` names; an entry whose evidence is not in the text is reported at `position`. */
export function addTransitiveTies(ties: TieSet, name: string, position: Position, extraction: Extraction): void {
  for (const match of extraction.places.matcher.all(name))
    if (!addTransitive(ties, match.value, extraction.places)) extraction.report(position, 'warning', 'evidence-not-found', `no quote of the gazetteer evidence for ${entryName(match.value)} is in the text`)
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
