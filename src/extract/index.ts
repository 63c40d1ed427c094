/**
 * extractProjects(tree, knowledge): one record per distinct project of the
 * text (every 专栏 item, every named project), with every place the text
 * names it (its mentions), its sectors (with the words that gave them), its
 * places, and its ties to places, each fact with the mention that gave it and
 * the clause it rests on (node ID, offsets, quote).
 *
 * One walk over the tree (tables aside) enters a unit at each chapter,
 * section, box and box item (units.ts); a box item is a project
 * (box-items.ts); a paragraph or measure gives the named mentions in it
 * (named.ts, with names/ finding the names). After the walk the places the
 * text names a project's gazetteer facility become mentions of it too
 * (mentions/names-entry.ts); each mention takes the facts of its own text
 * (facts.ts: sectors, places, ties, with ties.ts, frames.ts and the
 * gazetteer graph of relations.ts), a box item the transitive ties of the
 * projects its text names (inherit.ts), and mentions/ merges the mentions
 * of one project into one record.
 *
 * IDs: a box item's project is `${boxItemId}__prj`; a named project is
 * `${nodeId}__prj_${key}`, the key derived from its name (projectId). Both
 * come from where the project stands (the node IDs follow the printed
 * numbering) and what it is called, never from a counter, so a project found
 * or dropped elsewhere, even in the same paragraph, changes no other ID. A
 * project named several times has its canonical mention's ID.
 *
 * Problems are diagnostics at the node's place in the Markdown (`file`:
 * line:column), never a throw. Generic: the county's knowledge (gazetteer,
 * sectors, genre wording) comes in as data; nothing here names a place.
 */
import { projectId } from '../ids/project.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { KnowledgeSchema, type Knowledge } from '../schema/knowledge.js'
import type { Measure, Paragraph, Plan, PlanNode, Position } from '../schema/plan.js'
import type { Project } from '../schema/project.js'
import { SKIP, visit, type Walkable } from '../util/visit.js'
import { boxItemProject } from './box-items.js'
import type { Extraction, Found } from './extraction.js'
import { addFacts } from './facts.js'
import { inheritTies } from './inherit.js'
import { mentionKeys } from './mentions/keys.js'
import { entryMentions } from './mentions/names-entry.js'
import { mergeMentions } from './mentions/index.js'
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
  const reported = new Set<string>()
  // Every node's text, filled by the walk: the gazetteer's quotes are looked up in it after the walk.
  const texts: Array<{ id: string; value: string }> = []
  const places = buildPlaceIndex(gazetteer, texts)
  const names = nameKnowledge(extract, places)
  const extraction: Extraction = {
    places,
    scoreSectors: sectorScorer(sectors),
    names,
    keys: mentionKeys(extract, places),
    texts: new Map(),
    unitOf: new Map(),
    found: [],
    projectIds: new Set(),
    namesByUnit: new Map(),
    report: (position, severity, rule, message) => {
      // Each problem once at its place, however many mentions run into it.
      const key = `${position.start.line}:${position.start.column}:${rule}:${message}`
      if (reported.has(key)) return
      reported.add(key)
      diagnostics.push({ severity, rule, message, file, line: position.start.line, column: position.start.column })
    }
  }
  // The unit each depth's node opens for its children: the walk is preorder, so a node's parent is at depth - 1.
  // (PlanNode & Walkable: not every plan node is a parent, and the walker asks for the parents' `children`.)
  const units: Array<Unit | undefined> = []
  const positions = new Map<string, Position>()
  const paragraphs: Array<{ node: Paragraph | Measure; unit: Unit }> = []
  visit<PlanNode & Walkable>(tree, (node, _parent, _index, depth) => {
    if (node.type === 'table') return SKIP
    positions.set(node.id, node.position)
    const around = depth === 0 ? undefined : units[depth - 1]
    if ('value' in node && typeof node.value === 'string' && node.type !== 'tocEntry') {
      texts.push({ id: node.id, value: node.value })
      extraction.texts.set(node.id, node.value)
    }
    if (around) extraction.unitOf.set(node.id, around)
    if (around && node.type === 'boxItem') boxItemProject(node, around, extraction)
    else if (around && (node.type === 'paragraph' || node.type === 'measure')) {
      namedProjects(node, around, extraction)
      paragraphs.push({ node, unit: around })
    }
    units[depth] = unitInside(node, around)
  })
  // A mention of a 专栏 item's project whose item is not in the text (a fragment of a plan) names nothing here.
  const ids = new Set(extraction.found.map((f) => f.id))
  const found = extraction.found.filter((f) => f.sameAs === undefined || ids.has(f.sameAs))
  extraction.found.splice(0, extraction.found.length, ...found)
  entryMentions(paragraphs, extraction)
  // Document order: where the node stands in the Markdown, then where in the node.
  const at = (f: Found) => (positions.get(f.at.nodeId)?.start.offset ?? 0) * 100_000 + f.at.start
  extraction.found.sort((a, b) => at(a) - at(b))
  // A mention that is no project of its own takes its ID now, after every project has taken its own.
  for (const f of extraction.found) if (!f.primary) f.id = projectId(f.at.nodeId, f.name, extraction.projectIds)
  for (const f of extraction.found) addFacts(f, extraction)
  inheritTies(extraction.found)
  const projects = mergeMentions(extraction.found, extraction)
  checkProjects(projects, extraction, positions)
  return { projects, diagnostics }
}

/** Every project ID is unique, and every tie has a quote; a problem is reported where the project stands. */
function checkProjects(projects: readonly Project[], extraction: Extraction, positions: Map<string, Position>): void {
  const ids = new Set<string>()
  for (const project of projects) {
    const position = positions.get(project.at.nodeId)!
    if (ids.has(project.id)) extraction.report(position, 'error', 'duplicate-project-id', `project ID ${project.id} is not unique`)
    ids.add(project.id)
    for (const tie of project.ties) for (const link of tie.chain) if (!link.evidence.quote) extraction.report(position, 'error', 'empty-quote', `tie of ${project.id} to ${tie.to} has a link without a quote`)
  }
}

