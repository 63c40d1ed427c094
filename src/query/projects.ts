/**
 * Queries over the projects: `projects(index, filter)` answers from
 * prebuilt maps (sector, place tie, place, kind, chapter, box -> project
 * positions), intersected and returned in document order. The index is a
 * plain object built once, lazily, from the projects array, the sector
 * vocabulary and the gazetteer.
 */
import { PlanError, describe } from '../errors.js'
import { checkFilter } from './filter.js'
import { deepFreeze } from './store.js'
import type { Gazetteer, Place, Project, SectorInfo, SectorsFile } from '../schema/project.js'

export interface ProjectFilter {
  /** A place ID or any of its names or aliases (`开发区`, `kaifaqu`). */
  tiedTo?: string
  /** A sector ID (`digital`). */
  sector?: string
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

export const FILTER_KEYS = ['tiedTo', 'sector', 'place', 'kind', 'chapter', 'box', 'text'] as const

export interface ProjectIndex {
  projects: readonly Project[]
  sectors: readonly SectorInfo[]
  places: readonly Place[]
  /** Every place name and alias, and every ID, -> place ID. */
  placeByName: Map<string, string>
  bySector: Map<string, number[]>
  byTie: Map<string, number[]>
  byPlace: Map<string, number[]>
  byKind: Map<string, number[]>
  byChapter: Map<string, number[]>
  byBox: Map<string, number[]>
}

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key)
  if (!list) map.set(key, [i])
  else if (list[list.length - 1] !== i) list.push(i)
}

export function createProjectIndex(projects: readonly Project[], sectorsFile: SectorsFile, gazetteer: Gazetteer): ProjectIndex {
  const index: ProjectIndex = {
    projects: deepFreeze(projects),
    sectors: sectorsFile.sectors.map(({ id, zh, en, gbt4754 }) => ({ id, zh, en, gbt4754 })),
    places: gazetteer.places,
    placeByName: new Map(),
    bySector: new Map(),
    byTie: new Map(),
    byPlace: new Map(),
    byKind: new Map(),
    byChapter: new Map(),
    byBox: new Map()
  }
  for (const p of gazetteer.places) for (const w of [p.id, p.name, ...p.aliases]) if (!index.placeByName.has(w)) index.placeByName.set(w, p.id)
  projects.forEach((p, i) => {
    for (const s of p.sectors) push(index.bySector, s, i)
    for (const t of p.ties) push(index.byTie, t.to, i)
    for (const pl of p.places) push(index.byPlace, pl, i)
    push(index.byKind, p.kind, i)
    push(index.byChapter, p.chapter, i)
    if (p.box) push(index.byBox, p.box, i)
  })
  return index
}

function placeId(index: ProjectIndex, value: unknown, argument: string): string {
  if (typeof value !== 'string') throw new PlanError('invalid-argument', argument, `${argument} must be a string, got ${describe(value)}`)
  const id = index.placeByName.get(value.trim())
  if (!id) throw new PlanError('unknown-value', argument, `${argument} ${describe(value)} is not a place of the gazetteer`, index.places.map((p) => p.id))
  return id
}

function oneOf(value: unknown, argument: string, allowed: readonly string[]): string {
  if (typeof value !== 'string') throw new PlanError('invalid-argument', argument, `${argument} must be a string, got ${describe(value)}`)
  if (!allowed.includes(value)) throw new PlanError('unknown-value', argument, `${argument} ${describe(value)} is not known`, allowed)
  return value
}

/** Projects matching every given filter, in document order. */
export function projects(index: ProjectIndex, filter?: ProjectFilter): Project[] {
  const f = checkFilter(filter, FILTER_KEYS)
  const lists: number[][] = []
  if (f.sector !== undefined) lists.push(index.bySector.get(oneOf(f.sector, 'filter.sector', index.sectors.map((s) => s.id))) ?? [])
  if (f.tiedTo !== undefined) lists.push(index.byTie.get(placeId(index, f.tiedTo, 'filter.tiedTo')) ?? [])
  if (f.place !== undefined) lists.push(index.byPlace.get(placeId(index, f.place, 'filter.place')) ?? [])
  if (f.kind !== undefined) lists.push(index.byKind.get(oneOf(f.kind, 'filter.kind', ['box-item', 'named'])) ?? [])
  if (f.chapter !== undefined) {
    if (typeof f.chapter !== 'string' || !/^chp_\d+$/.test(f.chapter)) throw new PlanError('invalid-argument', 'filter.chapter', `filter.chapter must be a chapter ID such as "chp_4", got ${describe(f.chapter)}`)
    lists.push(index.byChapter.get(f.chapter) ?? [])
  }
  if (f.box !== undefined) {
    if (typeof f.box !== 'string' || !/^(box_)?\d+-\d+$/.test(f.box)) throw new PlanError('invalid-argument', 'filter.box', `filter.box must be a box number such as "4-3" or "box_4-3", got ${describe(f.box)}`)
    lists.push(index.byBox.get(f.box.replace(/^box_/, '')) ?? [])
  }
  let positions: number[]
  if (lists.length === 0) positions = index.projects.map((_, i) => i)
  else {
    lists.sort((a, b) => a.length - b.length)
    const rest = lists.slice(1).map((l) => new Set(l))
    positions = lists[0]!.filter((i) => rest.every((s) => s.has(i)))
  }
  let out = positions.map((i) => index.projects[i]!)
  if (f.text !== undefined) {
    if (typeof f.text !== 'string') throw new PlanError('invalid-argument', 'filter.text', `filter.text must be a string, got ${describe(f.text)}`)
    const t = f.text
    out = out.filter((p) => p.name.includes(t) || p.raw.includes(t))
  }
  return out
}

/** The sector vocabulary: id, zh, en, GB/T 4754 门类 codes. */
export function sectors(index: ProjectIndex): SectorInfo[] {
  return index.sectors.map((s) => ({ ...s, gbt4754: [...s.gbt4754] }))
}

/** The gazetteer's places. */
export function places(index: ProjectIndex): Place[] {
  return index.places.map((p) => ({ ...p, aliases: [...p.aliases] }))
}
