/**
 * A 专栏 item is a project: its title is its name, its own text gives its
 * sectors and direct ties, its unit's headings its context ties, and what its
 * title names its transitive ties. The ID is the item's ID and `__prj`.
 */
import type { BoxItem } from '../schema/plan.js'
import { placesIn, unitFields, type Extraction } from './extraction.js'
import { entryName } from './places.js'
import { addContext, addDirect, addTransitive, TieSet } from './ties.js'
import { despace } from './text.js'
import { itemText, subjectHeadings, unitText, type Unit } from './units.js'

export function boxItemProject(item: BoxItem, unit: Unit, extraction: Extraction): void {
  const { places } = extraction
  const own = itemText(item)
  const first = own[0]
  // The project stands where its title is printed: at the start of the item's first paragraph.
  const at = first && first.value.startsWith(item.title) ? { nodeId: first.id, start: 0, end: item.title.length } : { nodeId: item.id, start: 0, end: 0 }
  const name = despace(item.title)
  const text = own.map((p) => p.value).join('\n')
  const sectors = extraction.scoreSectors({ name, text: text.slice(item.title.length), unit: unitText(unit) })
  const ties = new TieSet()
  for (const paragraph of own) for (const m of places.placeMatcher.all(paragraph.value)) addDirect(ties, m.value, paragraph.id, m.word)
  addContext(ties, unit, places)
  // Transitive through what its title names (and, after the walk, through the projects its text names: borrow.ts).
  for (const m of places.matcher.all(item.title))
    if (!addTransitive(ties, m.value, places)) extraction.report(item.position, 'warning', 'evidence-not-found', `no quote of the gazetteer evidence for ${entryName(m.value)} is in the text`)
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
