/**
 * Queries over the projects: `projects(index, filter)` answers from
 * prebuilt maps (sector, place tie, place, kind, chapter, box -> project
 * positions), intersected and returned in document order. The index is a
 * plain object built once, lazily, from the projects array, the sector
 * vocabulary and the gazetteer.
 */
import { PlanError, describe } from '../errors.js'
import { add, checkFilter, checkString, freezeLists, intersect, lookup } from './filter.js'
import { own } from '../util/own.js'
import type { Gazetteer, Place, Project, SectorInfo, SectorsFile } from '../schema/project.js'
import { followIn, resolveIn } from '../ids/redirects.js'
import { isProjectId } from '../ids/project.js'
import type { Redirect, Resolution } from '../schema/redirects.js'
import { assertId } from './nodes.js'
import { placeList, sectorList } from './vocabulary.js'

export interface ProjectFilter {
  /** A place ID or any of its names or aliases (a name, an alias or the place's ID). */
  tiedTo?: string
  /** A sector ID (`digital`): projects with that sector, main or secondary. */
  sector?: string
  /** A sector ID: projects whose main (first) sector it is. */
  mainSector?: string
  /** A place ID or name: projects whose `places` include it. */
  place?: string
  kind?: Project['kind']
  /** `chp_4`. */
  chapter?: string
  /** `4-3` or `box_4-3`. */
  box?: string
  /** A substring of the name or the raw span. */
  text?: string
}

export const FILTER_KEYS = ['tiedTo', 'sector', 'mainSector', 'place', 'kind', 'chapter', 'box', 'text'] as const

export interface ProjectIndex {
  projects: readonly Project[]
  sectors: readonly SectorInfo[]
  places: readonly Place[]
  /** Every place name and alias, and every ID, -> place ID. */
  placeByName: Map<string, string>
  /** Project ID -> project. */
  byId: Map<string, Project>
  /** Retired project IDs. */
  redirects: ReadonlyMap<string, Redirect>
  by: Record<'sector' | 'mainSector' | 'tie' | 'place' | 'kind' | 'chapter' | 'box', Map<string, readonly Project[]>>
}

/** What `getProject` and `resolveId` need: projects by ID and the retired project IDs, without the vocabulary and the gazetteer. */
export type ProjectLookup = Pick<ProjectIndex, 'byId' | 'redirects'>

export function createProjectLookup(projects: readonly Project[], redirects: Readonly<Record<string, Redirect>> = {}): ProjectLookup {
  return {
    byId: new Map(projects.map((p) => [p.id, p])),
    redirects: new Map(Object.entries(redirects).filter(([id]) => isProjectId(id)))
  }
}

export function createProjectIndex(projects: readonly Project[], sectorsFile: SectorsFile, gazetteer: Gazetteer, redirects: Readonly<Record<string, Redirect>> = {}): ProjectIndex {
  const maps = { sector: new Map(), mainSector: new Map(), tie: new Map(), place: new Map(), kind: new Map(), chapter: new Map(), box: new Map() } as Record<keyof ProjectIndex['by'], Map<string, Project[]>>
  for (const p of projects) {
    for (const s of p.sectors) add(maps.sector, s, p)
    if (p.sectors[0]) add(maps.mainSector, p.sectors[0], p)
    for (const t of p.ties) add(maps.tie, t.to, p)
    for (const pl of p.places) add(maps.place, pl, p)
    add(maps.kind, p.kind, p)
    add(maps.chapter, p.chapter, p)
    const box = own(p, 'box')
    if (box) {
      add(maps.box, box, p)
      add(maps.box, `box_${box}`, p)
    }
  }
  const placeByName = new Map<string, string>()
  for (const p of gazetteer.places) for (const w of [p.id, p.name, ...p.aliases]) if (!placeByName.has(w)) placeByName.set(w, p.id)
  const sectors = sectorList(sectorsFile)
  // Every sector and place is a valid filter value, with or without projects.
  for (const s of sectors) for (const m of [maps.sector, maps.mainSector]) if (!m.has(s.id)) m.set(s.id, [])
  for (const p of gazetteer.places) {
    if (!maps.tie.has(p.id)) maps.tie.set(p.id, [])
    if (!maps.place.has(p.id)) maps.place.set(p.id, [])
  }
  for (const m of Object.values(maps)) freezeLists(m)
  return {
    projects: Object.isFrozen(projects) ? projects : Object.freeze([...projects]),
    sectors,
    places: placeList(gazetteer),
    placeByName,
    ...createProjectLookup(projects, redirects),
    by: maps
  }
}

function placeId(index: ProjectIndex, value: unknown, argument: string): string {
  const name = checkString(value, argument)
  const id = index.placeByName.get(name.trim())
  if (!id) throw new PlanError('unknown-value', argument, `${argument} ${describe(name)} is not a place of the gazetteer`, index.places.map((p) => p.id))
  return id
}

/** Projects matching every given filter, in document order. The array is frozen (it may be a prebuilt index list). */
export function projects(index: ProjectIndex, filter?: ProjectFilter): readonly Project[] {
  const f = checkFilter(filter, FILTER_KEYS)
  const lists: Array<readonly Project[]> = []
  if (f.sector !== undefined) lists.push(lookup(index.by.sector, f.sector, 'filter.sector', () => index.sectors.map((s) => s.id)))
  if (f.mainSector !== undefined) lists.push(lookup(index.by.mainSector, f.mainSector, 'filter.mainSector', () => index.sectors.map((s) => s.id)))
  if (f.tiedTo !== undefined) lists.push(index.by.tie.get(placeId(index, f.tiedTo, 'filter.tiedTo'))!)
  if (f.place !== undefined) lists.push(index.by.place.get(placeId(index, f.place, 'filter.place'))!)
  if (f.kind !== undefined) lists.push(lookup(index.by.kind, f.kind, 'filter.kind', () => ['box-item', 'named']))
  if (f.chapter !== undefined) {
    if (typeof f.chapter !== 'string' || !/^chp_\d+$/.test(f.chapter)) throw new PlanError('invalid-argument', 'filter.chapter', `filter.chapter must be a chapter ID such as "chp_4", got ${describe(f.chapter)}`)
    lists.push(index.by.chapter.get(f.chapter) ?? EMPTY)
  }
  if (f.box !== undefined) {
    if (typeof f.box !== 'string' || !/^(box_)?\d+-\d+$/.test(f.box)) throw new PlanError('invalid-argument', 'filter.box', `filter.box must be a box number such as "4-3" or "box_4-3", got ${describe(f.box)}`)
    lists.push(index.by.box.get(f.box) ?? EMPTY)
  }
  const found = intersect(lists, index.projects)
  if (f.text === undefined) return found
  const t = checkString(f.text, 'filter.text')
  return Object.freeze(found.filter((p) => p.name.includes(t) || p.raw.includes(t)))
}

const EMPTY: readonly Project[] = Object.freeze([])

/** The sector vocabulary: id, zh, en, GB/T 4754 门类 codes (frozen). */
export function sectors(index: ProjectIndex): readonly SectorInfo[] {
  return index.sectors
}

/** The gazetteer's places (frozen). */
export function places(index: ProjectIndex): readonly Place[] {
  return index.places
}

/** Where a project ID stands: current, moved (a name fixed), split, withdrawn (it was not a project) or unknown. */
export function resolveProjectId(index: ProjectLookup, id: unknown): Resolution {
  assertId(id)
  return resolveIn(index.byId, index.redirects, id)
}

/** The project with this ID, following a retired ID to the project it moved to (the first part of a split), or undefined. */
export function getProject(index: ProjectLookup, id: unknown): Project | undefined {
  assertId(id)
  return followIn(index.byId, index.redirects, id)
}
