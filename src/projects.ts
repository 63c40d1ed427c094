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
import * as qp from './query/projects.js'
import type { ProjectFilter } from './query/projects.js'
import type { Place, Project, SectorInfo } from './schema/project.js'
import { deepFreeze, frozenItems } from './util/freeze.js'

/**
 * Projects: every 专栏 item and every named project in the text, in document
 * order, each with where it stands, its sectors (main first, with the words
 * that gave them), its places and its ties (`direct`, `context` or
 * `transitive`, each with an evidence quote). Filters: `tiedTo` and `place`
 * (a place ID, name or alias), `sector` (a sector ID, main or secondary),
 * `mainSector` (the first sector only), `kind` ('box-item' |
 * 'named'), `chapter` ('chp_4'), `box` ('4-3'), `text`. Unknown values throw a
 * `PlanError` listing the allowed ones.
 */
export function projects(filter?: ProjectFilter): readonly Project[] {
  return frozenItems(qp.projects(projectIndex(), filter))
}

/**
 * The project with this ID (`box_4-1__item_2__prj`, `chp_4__sec_1__measure_2__prj_0abc123`),
 * or `undefined`; a retired ID is followed to the project it moved to.
 * Throws `PlanError` when `id` is not a string.
 */
export function getProject(id: string): Project | undefined {
  return deepFreeze(qp.getProject(projectLookup(), id))
}

/** The sector vocabulary: `id`, Chinese and English labels, GB/T 4754-2017 门类 codes. */
export function sectors(): readonly SectorInfo[] {
  return sectorInfos()
}

/** The gazetteer: towns, townships, subdistricts, the development zone, areas, parks, scenic areas … with aliases. */
export function places(): readonly Place[] {
  return placeInfos()
}

export { PlanError } from './errors.js'
export type { PlanErrorCode } from './errors.js'
export type { ProjectFilter } from './query/projects.js'
export type { Project, ProjectKind, Tie, TieHow, Evidence, SectorEvidence, SectorInfo, Place, Facility } from './schema/project.js'
