/**
 * The named projects of a paragraph or measure (names/ finds them), each once
 * in its unit, with its sectors from its name and sentence, and its ties. A
 * name that is the enclosing 专栏 item's own undertaking, or restates the
 * item's title, is the item's project, not a new one. IDs: the node's ID,
 * `__prj_`, and a key derived from the name (projectId).
 */
import { projectId } from '../ids/project.js'
import type { Measure, Paragraph } from '../schema/plan.js'
import { placesIn, unitFields, type Extraction } from './extraction.js'
import { findNamedProjects, type NamedCandidate } from './names/index.js'
import { oneApart, overlaps, restates, sameEntry, spellsOut } from './restates.js'
import { addContext, addDirect, addTransitiveTies, mayStandIn, placeIdsIn, TieSet } from './ties.js'
import { despace, sentenceAt } from './text.js'
import { firstParagraph, itemText, subjectHeadings, unitKey, unitText, type Unit } from './units.js'

export function namedProjects(node: Paragraph | Measure, unit: Unit, extraction: Extraction): void {
  const { names } = extraction
  const { value } = node
  const item = unit.items[unit.items.length - 1]
  // In a box item's first paragraph the item's own title opens the text: it is the box-item project, not a named one.
  const from = item && value.startsWith(item.title) && firstParagraph(item)?.id === node.id ? item.title.length : 0
  for (const candidate of findNamedProjects(value, from, value.length, names)) {
    // A facility that is a 专栏 item's own undertaking (the gazetteer says which) is that item's project.
    if (names.itemOf(candidate.name)) continue
    if (!firstInUnit(candidate.name, unit, extraction)) continue
    if (item && restatesItem(candidate.name, item.title, extraction)) continue
    namedProject(node, candidate, unit, extraction)
  }
}

/** One entry a project in a unit: a name the unit has already given is a second mention, not a second project. */
function firstInUnit(name: string, unit: Unit, extraction: Extraction): boolean {
  const key = unitKey(unit)
  const seen = extraction.namesByUnit.get(key) ?? new Set<string>()
  extraction.namesByUnit.set(key, seen)
  if (seen.has(name)) return false
  seen.add(name)
  return true
}

/** Whether a name in an item's text is the item's own project, restated (restates.ts). */
function restatesItem(name: string, rawTitle: string, extraction: Extraction): boolean {
  const { places, names } = extraction
  const title = despace(rawTitle)
  // (Unless the name gives a place the title leaves out: 蔬菜产业园区 -> A镇蔬菜产业园区 is a named one.)
  const titlePlaces = placeIdsIn(rawTitle, places)
  const placed = placeIdsIn(name, places).some((id) => !titlePlaces.includes(id))
  if (!placed && (overlaps(name, title) || sameEntry(name, rawTitle, places))) return true
  // A generic name that ends like the item's title (主题文化产业示范园 in the text of item A署文化产业示范园) restates the item.
  // So does a name that spells the title out (A历史、文化、艺术记忆工程 for A文化记忆工程).
  if ((!names.isProper(name) || spellsOut(name, title)) && restates(name, title)) return true
  // So does the title with one character left out or added (AC文化产业示范园 in the item ABC文化产业示范园).
  return oneApart(name, title)
}

function namedProject(node: Paragraph | Measure, candidate: NamedCandidate, unit: Unit, extraction: Extraction): void {
  const { places } = extraction
  const item = unit.items[unit.items.length - 1]
  const sentence = sentenceAt(node.value, candidate.start)
  const sentenceText = node.value.slice(sentence.start, sentence.end)
  const sectors = extraction.scoreSectors({ name: candidate.name, text: sentenceText, unit: unitText(unit) })
  const ties = new TieSet()
  const standsIn = mayStandIn(candidate.name, places)
  for (const match of places.placeMatcher.all(sentenceText)) if (standsIn(match.value)) addDirect(ties, match.value, node.id, match.word)
  // In a 专栏 item the literal rule reads "its own item names the place": the enclosing items' own text counts as direct.
  for (const enclosing of unit.items) for (const paragraph of itemText(enclosing)) for (const match of places.placeMatcher.all(paragraph.value)) if (standsIn(match.value)) addDirect(ties, match.value, paragraph.id, match.word)
  addContext(ties, unit, places)
  addTransitiveTies(ties, candidate.name, node.position, extraction)
  extraction.projects.push({
    id: projectId(node.id, candidate.name, extraction.projectIds),
    name: candidate.name,
    raw: candidate.raw,
    kind: 'named',
    at: { nodeId: node.id, start: candidate.start, end: candidate.end },
    ...unitFields(unit),
    ...(item ? { boxItem: item.id } : {}),
    sectors: sectors.sectors,
    sectorEvidence: sectors.evidence,
    places: placesIn([sentenceText, ...subjectHeadings(unit).map((h) => h.text)], places),
    ties: ties.list()
  })
}
