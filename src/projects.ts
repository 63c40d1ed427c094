/**
 * `@huozhou/plan/projects`: the projects with their sectors, places and
 * ties, the sector vocabulary and the gazetteer. It loads the projects, the
 * vocabulary and the gazetteer (and `sectors()` or `places()` alone load only
 * theirs), not the plan's text; the index is built on the first query. The
 * default entry exports the same functions. Projects are deep-frozen as
 * they are handed out.
 */
import { placeInfos } from './data/places.js'
import { projectIndex, projectLookup } from './data/projects.js'
import { sectorInfos } from './data/sectors.js'
import type { PlaceId, PlaceName, ShippedVocabulary } from './generated/types.js'
import * as qp from './query/projects.js'
import type { Explanation, Place, Project, SectorInfo } from './schema/shipped.js'
import { answer, answerList } from './util/answer.js'

/**
 * The filter of `projects()`: `tiedTo` and `place` (a place ID, name or
 * alias), `how`, `relation`, `sector` and `mainSector` (a sector ID or
 * Chinese name), `kind`, `directions`, `chapter`, `box`, `text`. Each value
 * is one the plan has, and the type lists them: `{ sector: 'digitall' }` is a
 * type error, as it is a `PlanError` at run time.
 */
export interface ProjectFilter extends qp.ProjectFilter<ShippedVocabulary> {}

/**
 * Projects: one record per distinct project (every 专栏 item, every project
 * named in the text), in document order, each with every place the text
 * names it (`mentions`), its sectors (main first, with the words that gave
 * them), its places and its ties, each fact with its mention and the clause
 * it rests on. A tie has a `relation` (what it means: `located-in`,
 * `part-of`, `served-by`, `partner`), a `how` (how it is known: `direct`,
 * `context`, `transitive`) and a `chain` of links with their evidence.
 * Filters: `tiedTo` and `place` (a place ID, name or alias; `tiedTo` takes
 * every relation), `how` and `relation` (narrow the ties), `sector` (an ID or
 * its Chinese label; main or secondary), `mainSector` (the first sector
 * only), `kind` ('box-item' | 'named' | 'direction'), `directions` (`false`
 * drops the 专栏 items that are industry directions), `chapter` ('chp_4'),
 * `box` ('4-3'), `text`. Unknown values throw a `PlanError` listing the
 * allowed ones.
 */
export function projects(filter?: ProjectFilter): readonly Project[] {
  return answerList(qp.projects(projectIndex(), filter))
}

/**
 * The project with this ID (`box_4-1__item_2__prj`, `chp_4__sec_1__measure_2__prj_0abc123`),
 * or `undefined`; a retired ID is followed to the project it moved to.
 * Throws `PlanError` when `id` is not a string.
 */
export function getProject(id: string): Project | undefined {
  return answer(qp.getProject(projectLookup(), id))
}

/**
 * How a project is tied to a place (a place ID, name or alias): the tie and its
 * chain as one line, `A is in B («quote», nodeId start–end) → B is in Z
 * («quote», nodeId start–end)`, or `undefined` when the project has no tie to
 * the place. A retired project ID is followed; an unknown project ID or place
 * throws a `PlanError` naming the argument.
 */
export function explain(projectId: string, place: PlaceId | PlaceName): Explanation | undefined {
  return answer(qp.explain(projectIndex(), projectId, place))
}

/** The sector vocabulary: `id`, Chinese and English labels, GB/T 4754-2017 门类 codes. */
export function sectors(): readonly SectorInfo[] {
  return answerList(sectorInfos())
}

/** The gazetteer: towns, townships, subdistricts, the development zone, areas, parks, scenic areas … with aliases. */
export function places(): readonly Place[] {
  return answerList(placeInfos())
}

export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { Explanation, Facility, Mention, PlaceFact, Place, Project, SectorEvidence, SectorInfo, Tie } from './schema/shipped.js'
export type { Evidence, Link, LinkRelation, LinkTarget, MatchRule, PlaceKind, ProjectKind, SectorClause, TextSpan, TieHow, TieRelation } from './schema/project.js'
export type { BoxNumber, ChapterId, PlaceId, PlaceName, SectorId, SectorName, ShippedVocabulary } from './generated/types.js'
