/**
 * @huozhou/plan: the Huozhou 14th Five-Year Plan outline as a typed,
 * validated unist tree with stable IDs, and queries over prebuilt indexes.
 */
import { db, projectDb } from './db.js'
import { deepFreeze } from './util/freeze.js'
import * as qp from './query/projects.js'
import * as q from './query/nodes.js'
import { indicators as queryIndicators, type IndicatorFilter } from './query/indicators.js'
import { inFieldOrder, type Outline } from './export/outline.js'
import { outline as storedOutline } from './outline.js'
import { search as searchStore } from './query/search.js'
import type { SearchHit, SearchOptions } from './schema/search.js'
import type { Explanation, Place, Project, SectorInfo } from './schema/project.js'
import type { ProjectFilter } from './query/projects.js'
import { isProjectId } from './ids/project.js'
import type { Resolution } from './schema/redirects.js'
import type { Box, Indicator, Plan, PlanNode, Table } from './schema/plan.js'

let cachedOutline: Outline | undefined

/** The outline: the plan's title, its 13 chapters and 54 sections in order, and the 目录 with page numbers. */
export function outline(): Outline {
  return (cachedOutline ??= deepFreeze(inFieldOrder(storedOutline())))
}

/**
 * The node with this ID, or `undefined`. A retired ID (see `resolveId`) is
 * followed to the node it moved to, or to the first part of a split. Throws
 * `PlanError` when `id` is not a string.
 */
export function getNode(id: string): PlanNode | undefined {
  return q.getNode(db(), id)
}

/**
 * Where an ID, a node's or a project's, stands: `current`, `moved` or `split`
 * (with the current IDs it stands for now and why), `withdrawn` (a project
 * the extraction no longer reports because it was not one), or `unknown`.
 */
export function resolveId(id: string): Resolution {
  return typeof id === 'string' && isProjectId(id) ? qp.resolveProjectId(projectDb(), id) : q.resolveId(db(), id)
}

/** The ancestors of a node, root first. Throws `PlanError` for an unknown ID. */
export function ancestors(id: string): PlanNode[] {
  return q.ancestors(db(), id)
}

/** The 18 boxes (专栏), in document order. */
export function boxes(): readonly Box[] {
  return q.boxes(db())
}

/** The tables (表 1-1, 表 2-1), in document order. */
export function tables(): readonly Table[] {
  return q.tables(db())
}

/** Plain text of a node, or of the whole document without an ID. */
export function text(id?: string): string {
  return q.text(db(), id)
}

/**
 * Indicator rows of the tables, in document order, filtered by `attribute`
 * (约束性 | 预期性), `table` ('1-1' | '2-1'), `period` (十三五 | 十四五),
 * `category` (经济发展 …) and `text` (in the name). A value the data does not
 * have throws a `PlanError` that lists the allowed values.
 */
export function indicators(filter?: IndicatorFilter): readonly Indicator[] {
  return queryIndicators(db(), filter)
}

/**
 * Literal full-text search (never a regular expression) over the document's
 * text, normalised on both sides: NFKC (全角/半角), punctuation variants,
 * whitespace, and traditional characters to simplified (OpenCC), so that
 * `search('發展')` finds 发展. Hits carry the node ID, a snippet and the
 * offsets into the node's `value`, in document order; `limit` and `types`
 * narrow them.
 */
export function search(query: string, options?: SearchOptions): SearchHit[] {
  return searchStore(db(), query, options)
}

/**
 * Projects: one record per distinct project (every 专栏 item, every project
 * named in the text), in document order, each with every place the text
 * names it (`mentions`), its sectors (main first, with the words that gave
 * them), its places and its ties, each fact with its mention and the clause
 * it rests on. A tie has a `relation` (what it means: `located-in`,
 * `part-of`, `served-by`, `partner`), a `how` (how it is known: `direct`,
 * `context`, `transitive`) and a `chain` of links with their evidence.
 * Filters: `tiedTo` and `place` (a place ID, name or alias; `tiedTo` takes
 * every relation), `how` and `relation` (narrow the ties), `sector` (main or
 * secondary), `mainSector` (the first sector only), `kind` ('box-item' |
 * 'named' | 'direction'), `directions` (`false` drops the 专栏 items that are
 * industry directions), `chapter` ('chp_4'), `box` ('4-3'), `text`. Unknown
 * values throw a `PlanError` listing the allowed ones.
 */
export function projects(filter?: ProjectFilter): readonly Project[] {
  return qp.projects(projectDb(), filter)
}

/**
 * The project with this ID (`box_4-1__item_2__prj`, `chp_4__sec_1__measure_2__prj_0abc123`),
 * or `undefined`; a retired ID is followed to the project it moved to.
 * Throws `PlanError` when `id` is not a string.
 */
export function getProject(id: string): Project | undefined {
  return qp.getProject(projectDb(), id)
}

/**
 * How a project is tied to a place (a place ID, name or alias): the tie and its
 * chain as one line, `A is in B («quote», nodeId start–end) → B is in Z
 * («quote», nodeId start–end)`, or `undefined` when the project has no tie to
 * the place. A retired project ID is followed; an unknown project ID or place
 * throws a `PlanError` naming the argument.
 */
export function explain(projectId: string, place: string): Explanation | undefined {
  return qp.explain(projectDb(), projectId, place)
}

/** The sector vocabulary: `id`, Chinese and English labels, GB/T 4754-2017 门类 codes. */
export function sectors(): readonly SectorInfo[] {
  return qp.sectors(projectDb())
}

/** The gazetteer: towns, townships, subdistricts, the development zone, areas, parks, scenic areas … with aliases. */
export function places(): readonly Place[] {
  return qp.places(projectDb())
}

/** The whole plan tree (a unist tree; frozen). */
export function tree(): Plan {
  return db().tree
}

export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { Outline, OutlineChapter, OutlineSection } from './export/outline.js'
export type { IndicatorFilter } from './query/indicators.js'
export type { SearchHit, SearchOptions } from './schema/search.js'
export type { ProjectFilter } from './query/projects.js'
export type { Redirect, Resolution } from './schema/redirects.js'
export type {
  Explanation,
  Project,
  ProjectKind,
  Mention,
  MatchRule,
  Tie,
  TieHow,
  TieRelation,
  Link,
  LinkRelation,
  LinkTarget,
  TextSpan,
  Evidence,
  SectorEvidence,
  SectorClause,
  PlaceFact,
  SectorInfo,
  Place,
  Facility
} from './schema/project.js'
export type * from './schema/value.js'
export type * from './schema/plan.js'
export type { Diagnostic } from './schema/diagnostic.js'
export { makeId } from './ids/make.js'
