/**
 * A 专栏 item is a project: its title is its name, its own text gives its
 * sectors and direct ties, its unit's headings its context ties, and what its
 * title names its transitive ties. The ID is the item's ID and `__prj`.
 */
import type { BoxItem } from '../schema/plan.js'
import { placesIn, unitFields, type Extraction } from './extraction.js'
import { addContext, addDirect, addTransitiveTies, TieSet } from './ties.js'
import { despace } from './text.js'
import { itemText, subjectHeadings, unitText, type Unit } from './units.js'

export function boxItemProject(item: BoxItem, unit: Unit, extraction: Extraction): void {
  const { places } = extraction
  const paragraphs = itemText(item)
  const first = paragraphs[0]
  // The project stands where its title is printed: at the start of the item's first paragraph.
  const at = first && first.value.startsWith(item.title) ? { nodeId: first.id, start: 0, end: item.title.length } : { nodeId: item.id, start: 0, end: 0 }
  const name = despace(item.title)
  const text = paragraphs.map((paragraph) => paragraph.value).join('\n')
  const sectors = extraction.scoreSectors({ name, text: text.slice(item.title.length), unit: unitText(unit) })
  const ties = new TieSet()
  for (const paragraph of paragraphs) for (const match of places.placeMatcher.all(paragraph.value)) addDirect(ties, match.value, paragraph.id, match.word)
  addContext(ties, unit, places)
  // Transitive through what its title names (and, after the walk, through the projects its text names: borrow.ts).
  addTransitiveTies(ties, item.title, item.position, extraction)
  extraction.projects.push({
    id: `${item.id}__prj`,
    name,
    raw: item.title,
    kind: 'box-item',
    at,
    ...unitFields(unit),
    sectors: sectors.sectors,
    sectorEvidence: sectors.evidence,
    places: placesIn([text, ...subjectHeadings(unit).map((h) => h.text)], places),
    ties: ties.list()
  })
}
