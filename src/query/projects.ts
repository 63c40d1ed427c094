/**
 * Queries over the projects: `projects(index, filter)` answers from
 * prebuilt maps (sector, place tie, place, kind, chapter, box -> project
 * positions), intersected and returned in document order; `how` and
 * `relation` narrow the ties a project must have. `explain` prints a tie's
 * chain. The index is a plain object built once, lazily, from the projects
 * array, the sector vocabulary and the gazetteer.
 */
import { PlanError, describe } from '../errors.js'
import { add, checkFilter, checkString, freezeLists, intersect, lookup } from './filter.js'
import { own } from '../util/own.js'
import type { Explanation, Gazetteer, Link, Place, Project, ProjectKind, SectorInfo, SectorsFile, Tie, TieHow, TieRelation } from '../schema/project.js'
import type { Vocabulary } from '../schema/vocabulary.js'
import { followIn, resolveIn } from '../ids/redirects.js'
import { isProjectId } from '../ids/project.js'
import type { Redirect, Resolution } from '../schema/redirects.js'
import { assertId } from './nodes.js'
import { placeList, sectorList } from './vocabulary.js'

/**
 * The filter of `projects()`. Sectors and places are taken by their ID or Chinese name, and the type lists them all
 * (with a plan's vocabulary: a typo is a type error); at run time a value the data has not throws a `PlanError` that
 * lists the allowed ones.
 */
export interface ProjectFilter<V extends Vocabulary = Vocabulary> {
  /** A place ID or any of its names or aliases (a name, an alias or the place's ID): projects with a tie to it, of any relation. */
  tiedTo?: V['place'] | V['placeName']
  /** How the tie is known: `direct`, `context`, `transitive` (with `tiedTo`: the tie to that place; else any tie). */
  how?: TieHow
  /** What the tie means: `located-in`, `part-of`, `served-by`, `partner` (with `tiedTo`: the tie to that place; else any tie). */
  relation?: TieRelation
  /** A sector ID (`digital`) or Chinese name (`数字经济与信息化`, `数字经济`; see `sectorNames`): projects with that sector, main or secondary. */
  sector?: V['sector'] | V['sectorName']
  /** A sector ID or Chinese name: projects whose main (first) sector it is. */
  mainSector?: V['sector'] | V['sectorName']
  /** A place ID or name: projects whose `places` include it. */
  place?: V['place'] | V['placeName']
  /** `box-item`, `named` or `direction`. */
  kind?: ProjectKind
  /** `false` drops the 专栏 items that are industry directions (`kind: 'direction'`); they are kept by default. */
  directions?: boolean
  /** `chp_4`: projects a mention of which stands in that chapter. */
  chapter?: V['chapter']
  /** `4-3` or `box_4-3`: projects a mention of which stands in that 专栏. */
  box?: V['box'] | `box_${V['box']}`
  /** A substring of the name, an alias, or a mention as printed. */
  text?: string
}

export const FILTER_KEYS = ['tiedTo', 'how', 'relation', 'sector', 'mainSector', 'place', 'kind', 'directions', 'chapter', 'box', 'text'] as const

export const TIE_HOWS: readonly TieHow[] = ['direct', 'context', 'transitive']
export const TIE_RELATIONS: readonly TieRelation[] = ['located-in', 'part-of', 'served-by', 'partner']
export const PROJECT_KINDS: readonly ProjectKind[] = ['box-item', 'named', 'direction']

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
  /** Names for tie chains (made on first use). */
  names?: NameOf
  by: Record<'sector' | 'mainSector' | 'tie' | 'place' | 'kind' | 'chapter' | 'box', Map<string, readonly Project[]>> & {
    /** Every project but the industry directions. */
    notDirection: readonly Project[]
  }
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
    // A project stands in every chapter and 专栏 that names it.
    for (const m of p.mentions) {
      add(maps.chapter, m.chapter, p)
      const box = own(m, 'box')
      if (box) {
        add(maps.box, box, p)
        add(maps.box, `box_${box}`, p)
      }
    }
  }
  const placeByName = new Map<string, string>()
  for (const p of gazetteer.places) for (const w of [p.id, p.name, ...p.aliases]) if (!placeByName.has(w)) placeByName.set(w, p.id)
  const sectors = sectorList(sectorsFile)
  // Every sector and place is a valid filter value, with or without projects; a sector by its Chinese names too, as a place by its name.
  const shared = new Set(sectors.flatMap((s) => sectorNames(s).slice(1)).filter((w, k, all) => all.indexOf(w) !== k))
  for (const s of sectors)
    for (const m of [maps.sector, maps.mainSector]) {
      if (!m.has(s.id)) m.set(s.id, [])
      for (const name of sectorNames(s)) if (!shared.has(name) && !m.has(name)) m.set(name, m.get(s.id)!)
    }
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
    by: { ...maps, notDirection: Object.freeze(projects.filter((p) => p.kind !== 'direction')) }
  }
}

/**
 * The names a sector filter takes for a sector: its ID, its Chinese label, and each part of a label that joins two
 * with 与 (数字经济与信息化: 数字经济, 信息化). A part two sectors share names neither.
 */
export function sectorNames(s: Pick<SectorInfo, 'id' | 'zh'>): string[] {
  const parts = s.zh.split('与').filter((w) => w && w !== s.zh)
  return [s.id, s.zh, ...parts]
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
  const tiedTo = f.tiedTo === undefined ? undefined : placeId(index, f.tiedTo, 'filter.tiedTo')
  const how = f.how === undefined ? undefined : oneOf(f.how, 'filter.how', TIE_HOWS)
  const relation = f.relation === undefined ? undefined : oneOf(f.relation, 'filter.relation', TIE_RELATIONS)
  if (how !== undefined || relation !== undefined) {
    const matches = (t: Tie) => (tiedTo === undefined || t.to === tiedTo) && (how === undefined || t.how === how) && (relation === undefined || t.relation === relation)
    lists.push(Object.freeze((tiedTo === undefined ? index.projects : index.by.tie.get(tiedTo)!).filter((p) => p.ties.some(matches))))
  } else if (tiedTo !== undefined) lists.push(index.by.tie.get(tiedTo)!)
  if (f.place !== undefined) lists.push(index.by.place.get(placeId(index, f.place, 'filter.place'))!)
  if (f.kind !== undefined) lists.push(index.by.kind.get(oneOf(f.kind, 'filter.kind', PROJECT_KINDS)) ?? EMPTY)
  if (f.directions !== undefined) {
    if (typeof f.directions !== 'boolean') throw new PlanError('invalid-argument', 'filter.directions', `filter.directions must be true or false, got ${describe(f.directions)}`, ['true', 'false'])
    if (!f.directions) lists.push(index.by.notDirection)
  }
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
  return Object.freeze(found.filter((p) => p.name.includes(t) || p.aliases.some((a) => a.includes(t)) || p.mentions.some((m) => m.raw.includes(t))))
}

const EMPTY: readonly Project[] = Object.freeze([])

/** A value of a closed set, or a PlanError naming the argument and the allowed values. */
function oneOf<T extends string>(value: unknown, argument: string, allowed: readonly T[]): T {
  const v = checkString(value, argument)
  if (!(allowed as readonly string[]).includes(v)) throw new PlanError('unknown-value', argument, `${argument} ${describe(v)} is not one of the allowed values`, allowed)
  return v as T
}

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

const PHRASES: Record<Link['relation'], string> = {
  'located-in': 'is in',
  'part-of': 'is part of',
  'served-by': 'is served by',
  partner: 'is a partner of',
  is: 'is',
  includes: 'includes',
  'listed-in': 'is listed under'
}

/** How a link or a tie names what it links: a project or a place by its name, anything else (a facility, a unit) as it is. */
export type NameOf = (id: string) => string

/** Names for the links of these projects: a project ID by its name, a place ID by its name. */
export function namesFor(projects: Iterable<Project>, places: readonly Place[]): NameOf {
  const names = new Map<string, string>()
  for (const p of places) names.set(p.id, p.name)
  for (const p of projects) names.set(p.id, p.name)
  return (id) => names.get(id) ?? id
}

/** A link as text: `A is in B («quote», nodeId start–end)`. */
export function describeLink(link: Link, name: NameOf): string {
  const { evidence: e } = link
  return `${name(link.from)} ${PHRASES[link.relation]} ${name(link.to)} («${e.quote}», ${e.nodeId} ${e.start}–${e.end})`
}

/** A tie's chain as text, its links joined by ` → `. */
export function describeTie(tie: Tie, name: NameOf): string {
  return tie.chain.map((link) => describeLink(link, name)).join(' → ')
}

/**
 * How a project is tied to a place: the tie and its chain as text, or `undefined` when it has no tie to the place.
 * An unknown project ID or place throws a PlanError naming the argument.
 */
export function explain(index: ProjectIndex, projectId: unknown, place: unknown): Explanation | undefined {
  const project = getProject(index, checkString(projectId, 'projectId'))
  if (!project) throw new PlanError('unknown-id', 'projectId', `projectId ${describe(projectId)} is no project's ID`)
  const to = placeId(index, place, 'place')
  const tie = project.ties.find((t) => t.to === to)
  return tie && { project: project.id, place: to, tie, text: describeTie(tie, (index.names ??= namesFor(index.projects, index.places))) }
}
