/** What one run of the extractor holds while it walks the tree, and the mentions it finds. */
import type { Diagnostic } from '../schema/diagnostic.js'
import type { BoxItem, Measure, Paragraph, Position } from '../schema/plan.js'
import type { MatchRule, PlaceFact, SectorEvidence, Tie } from '../schema/project.js'
import type { MentionKeys } from './mentions/keys.js'
import type { NameKnowledge } from './names/index.js'
import type { PlaceIndex } from './places.js'
import type { SectorScorer } from './sectors.js'
import type { Unit } from './units.js'

/**
 * One place the text names a project, as the walk finds it (a 专栏 item's title, or a name in a paragraph), and, after
 * the walk, the facts its own text gives (facts.ts). mentions/ then merges the mentions of one project into one record.
 */
export interface Found {
  /** The mention's ID: what the project's ID would be if this were its only mention. */
  id: string
  name: string
  raw: string
  kind: 'box-item' | 'named'
  /** A 专栏 item whose title names an industry direction (directions.ts). */
  direction: boolean
  /** Where the name stands: `[start, end)` of `node`'s value (a 专栏 item: its title in its first paragraph). */
  at: { nodeId: string; start: number; end: number }
  /** The paragraph or measure it is named in (a named mention), or the 专栏 item (a box item). */
  node: Paragraph | Measure | BoxItem
  unit: Unit
  /** The 专栏 item a named mention stands in. */
  boxItem?: string
  /** Whether the walk reports it as a project of its own (its ID was published), or only as another mention of one. */
  primary: boolean
  /** For a mention the walk already knows is another's: the rule, and the mention it names again (`sameAs`, an ID). */
  matched?: MatchRule
  sameAs?: string
  /** The facts its own text gives (after the walk). */
  sectors: string[]
  sectorEvidence: SectorEvidence[]
  places: string[]
  placeEvidence: PlaceFact[]
  /** Ties with `mention` still 0: the merge gives each its mention's index. */
  ties: Tie[]
}

export interface Extraction {
  readonly places: PlaceIndex
  readonly scoreSectors: SectorScorer
  readonly names: NameKnowledge
  /** Keys that tell when two names are one project (mentions/keys.ts). */
  readonly keys: MentionKeys
  /** Every node's text by ID (filled by the walk; read after it). */
  readonly texts: Map<string, string>
  /** The unit each node stands in (filled by the walk). */
  readonly unitOf: Map<string, Unit>
  /** The mentions found so far, in document order. */
  readonly found: Found[]
  /** The IDs given so far (projectId keeps them unique). */
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

/** The text of node `nodeId`, from the walk. */
export function textOf(extraction: Extraction, nodeId: string): string {
  return extraction.texts.get(nodeId) ?? ''
}

/** A text of a node and where it starts in the node's value: what the sector scorer reads. */
export interface NodeText {
  nodeId: string
  start: number
  text: string
}
