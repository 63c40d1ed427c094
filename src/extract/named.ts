/**
 * The named projects of a paragraph or measure (names/ finds them). A name
 * the unit has given before is another mention of that project; so is a
 * name that is the enclosing 专栏 item's own undertaking or restates the
 * item's title (a mention of the item's project). IDs: the node's ID,
 * `__prj_`, and a key derived from the name (projectId); a mention that is
 * not a project of its own takes its ID after the walk, so that it never
 * takes one a project had.
 */
import { projectId } from '../ids/project.js'
import type { Measure, Paragraph } from '../schema/plan.js'
import type { MatchRule } from '../schema/project.js'
import type { Extraction } from './extraction.js'
import { findNamedProjects, type NamedCandidate } from './names/index.js'
import { oneApart, overlaps, restates, sameEntry, spellsOut } from './restates.js'
import { placeIdsIn } from './ties.js'
import { despace } from './text.js'
import { firstParagraph, unitKey, type Unit } from './units.js'

export function namedProjects(node: Paragraph | Measure, unit: Unit, extraction: Extraction): void {
  const { names } = extraction
  const { value } = node
  const item = unit.items[unit.items.length - 1]
  // In a box item's first paragraph the item's own title opens the text: it is the box-item project, not a named one.
  const from = item && value.startsWith(item.title) && firstParagraph(item)?.id === node.id ? item.title.length : 0
  for (const candidate of findNamedProjects(value, from, value.length, names)) {
    // A facility that is a 专栏 item's own undertaking (the gazetteer says which) is a mention of that item's project.
    const builds = names.itemOf(candidate.name)
    if (builds) {
      mention(node, candidate, unit, extraction, 'builds-item', `${builds}__prj`)
      continue
    }
    if (!firstInUnit(candidate.name, unit, extraction)) {
      mention(node, candidate, unit, extraction, 'same-name')
      continue
    }
    if (item && restatesItem(candidate.name, item.title, extraction)) {
      mention(node, candidate, unit, extraction, 'restates-item', `${item.id}__prj`)
      continue
    }
    mention(node, candidate, unit, extraction)
  }
}

/** One project a name in a unit: a name the unit has already given is a second mention, not a second project. */
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

/**
 * A mention found in `node`: a project of its own (no rule), or another mention of one (`matched`, and `sameAs` the
 * mention it names again when the walk knows it). Only a project of its own takes its ID now.
 */
function mention(node: Paragraph | Measure, candidate: NamedCandidate, unit: Unit, extraction: Extraction, matched?: MatchRule, sameAs?: string): void {
  const item = unit.items[unit.items.length - 1]
  const primary = matched === undefined
  extraction.found.push({
    id: primary ? projectId(node.id, candidate.name, extraction.projectIds) : '',
    name: candidate.name,
    raw: candidate.raw,
    kind: 'named',
    direction: false,
    at: { nodeId: node.id, start: candidate.start, end: candidate.end },
    node,
    unit,
    ...(item ? { boxItem: item.id } : {}),
    primary,
    ...(matched ? { matched } : {}),
    ...(sameAs ? { sameAs } : {}),
    sectors: [],
    sectorEvidence: [],
    places: [],
    placeEvidence: [],
    ties: []
  })
}
