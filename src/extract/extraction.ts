/** What one run of the extractor holds while it walks the tree. */
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Position } from '../schema/plan.js'
import type { Project } from '../schema/project.js'
import type { NameKnowledge } from './names/index.js'
import type { PlaceIndex } from './places.js'
import type { SectorScorer } from './sectors.js'
import type { Unit } from './units.js'

export interface Extraction {
  readonly places: PlaceIndex
  readonly scoreSectors: SectorScorer
  readonly names: NameKnowledge
  /** The projects found so far, in document order. */
  readonly projects: Project[]
  /** The named projects' IDs given so far (projectId keeps them unique). */
  readonly projectIds: Set<string>
  /** The names given so far, by unit (unitKey): a name the unit has already given is a second mention. */
  readonly namesByUnit: Map<string, Set<string>>
  /** Report a problem at a node's place in the Markdown. */
  report(position: Position, severity: Diagnostic['severity'], rule: string, message: string): void
}

/** Where a project stands: its chapter, and its section and box when it has them. */
export function unitFields(unit: Unit): { chapter: string; section?: string; box?: string } {
  return { chapter: unit.chapter, ...(unit.section ? { section: unit.section } : {}), ...(unit.box ? { box: unit.box } : {}) }
}

/** The gazetteer place IDs named in these texts, each once, in order. */
export function placesIn(texts: string[], places: PlaceIndex): string[] {
  const out: string[] = []
  for (const text of texts) for (const match of places.placeMatcher.all(text)) if (match.value.kind === 'place' && !out.includes(match.value.place.id)) out.push(match.value.place.id)
  return out
}
