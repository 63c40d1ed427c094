/**
 * extractProjects(tree, knowledge): every 专栏 item and every named project
 * of the text, each with where it stands, its sectors (with the words that
 * gave them), its places, and its ties to places with evidence.
 *
 * One walk over the tree (tables aside) enters a unit at each chapter,
 * section, box and box item (units.ts); a box item is a project
 * (box-items.ts); a paragraph or measure gives the named projects in it
 * (named.ts, with names/ finding the names). After the walk a box item takes
 * transitive ties from the projects its text names, and a project with no
 * words of its own the sectors of another mention (borrow.ts).
 *
 * IDs: a box item's project is `${boxItemId}__prj`; a named project is
 * `${nodeId}__prj_${key}`, the key derived from its name (projectId). Both
 * come from where the project stands (the node IDs follow the printed
 * numbering) and what it is called, never from a counter, so a project found
 * or dropped elsewhere, even in the same paragraph, changes no other ID.
 *
 * Problems are diagnostics at the node's place in the Markdown (`file`:
 * line:column), never a throw. Generic: the county's knowledge (gazetteer,
 * sectors, genre wording) comes in as data; nothing here names a place.
 */
import type { Diagnostic } from '../schema/diagnostic.js'
import { KnowledgeSchema, type Knowledge } from '../schema/knowledge.js'
import type { Plan, PlanNode, Position } from '../schema/plan.js'
import type { Project } from '../schema/project.js'
import { SKIP, visit, type Walkable } from '../util/visit.js'
import { boxItemProject } from './box-items.js'
import { borrowSectors, inheritTies } from './borrow.js'
import type { Extraction } from './extraction.js'
import { namedProjects } from './named.js'
import { nameKnowledge } from './names/index.js'
import { buildPlaceIndex } from './places.js'
import { sectorScorer } from './sectors.js'
import { unitInside, type Unit } from './units.js'

export interface ExtractOptions {
  /** The file name diagnostics name: the Markdown edition the tree was parsed from (default `plan.md`). */
  file?: string
}

export interface ExtractResult {
  projects: Project[]
  diagnostics: Diagnostic[]
}

export function extractProjects(tree: Plan, knowledge: Knowledge, options: ExtractOptions = {}): ExtractResult {
  const { sectors, gazetteer, extract } = KnowledgeSchema.parse(knowledge)
  const file = options.file ?? 'plan.md'
  const diagnostics: Diagnostic[] = []
  const places = buildPlaceIndex(gazetteer, tree)
  const extraction: Extraction = {
    places,
    scoreSectors: sectorScorer(sectors),
    names: nameKnowledge(extract, places),
    projects: [],
    projectIds: new Set(),
    namesByUnit: new Map(),
    report: (position, severity, rule, message) => diagnostics.push({ severity, rule, message, file, line: position.start.line, column: position.start.column })
  }
  // The unit each depth's node opens for its children: the walk is preorder, so a node's parent is at depth - 1.
  // (PlanNode & Walkable: not every plan node is a parent, and the walker asks for the parents' `children`.)
  const units: Array<Unit | undefined> = []
  const positions = new Map<string, Position>()
  visit<PlanNode & Walkable>(tree, (node, _parent, _index, depth) => {
    if (node.type === 'table') return SKIP
    positions.set(node.id, node.position)
    const around = depth === 0 ? undefined : units[depth - 1]
    if (around && node.type === 'boxItem') boxItemProject(node, around, extraction)
    else if (around && (node.type === 'paragraph' || node.type === 'measure')) namedProjects(node, around, extraction)
    units[depth] = unitInside(node, around)
  })
  checkProjects(extraction, positions)
  borrowSectors(extraction.projects)
  inheritTies(extraction.projects)
  return { projects: extraction.projects, diagnostics }
}

/** Every project ID is unique, and every tie has a quote; a problem is reported where the project stands. */
function checkProjects(extraction: Extraction, positions: Map<string, Position>): void {
  const ids = new Set<string>()
  for (const project of extraction.projects) {
    const position = positions.get(project.at.nodeId)!
    if (ids.has(project.id)) extraction.report(position, 'error', 'duplicate-project-id', `project ID ${project.id} is not unique`)
    ids.add(project.id)
    for (const tie of project.ties) if (!tie.evidence.quote) extraction.report(position, 'error', 'empty-quote', `tie of ${project.id} to ${tie.to} has no quote`)
  }
}
