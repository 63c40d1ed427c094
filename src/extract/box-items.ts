/**
 * A 专栏 item is a project: its title is its name and its first mention,
 * printed at the start of its first paragraph. The ID is the item's ID and
 * `__prj`. An item whose title names an industry direction (directions.ts)
 * is one too, flagged so.
 */
import type { BoxItem } from '../schema/plan.js'
import { isDirection } from './directions.js'
import type { Extraction } from './extraction.js'
import { despace } from './text.js'
import { firstParagraph, type Unit } from './units.js'

export function boxItemProject(item: BoxItem, unit: Unit, extraction: Extraction): void {
  const first = firstParagraph(item)
  // The project stands where its title is printed: at the start of the item's first paragraph.
  const at = first && first.value.startsWith(item.title) ? { nodeId: first.id, start: 0, end: item.title.length } : { nodeId: item.id, start: 0, end: 0 }
  extraction.found.push({
    id: `${item.id}__prj`,
    name: despace(item.title),
    raw: item.title,
    kind: 'box-item',
    direction: isDirection(item.title, extraction.names.words),
    at,
    node: item,
    unit,
    primary: true,
    sectors: [],
    sectorEvidence: [],
    places: [],
    placeEvidence: [],
    ties: []
  })
}
