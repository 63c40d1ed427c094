/**
 * Extraction quality against four hand annotations made by reading, not by
 * the extractor (corpus/huozhou-14th/annotations/):
 * - projects-sample.json: chapters 4 and 6, sections 9.1 and 11.2;
 * - projects-heldout.json: every other unit, annotated blind to the
 *   extractor's output, with the same conventions;
 * - projects-blind.json: the whole plan, annotated by readers given only the
 *   plan and the issue's text (not our conventions): the closest stand-in for
 *   an unseen annotation; `strict` leaves out the entries its annotators
 *   flagged as borderline;
 * - projects-blind-late.json: a second blind reader of chapters 9-13.
 * The rules were written from the errors on the first three; the fourth has
 * never been read for rules: it is the out-of-sample measure.
 * Four measures, each precision / recall / F1:
 *
 * (a) named projects: extracted `named` projects vs annotated `named` ones;
 * (b) 开发区 ties: extracted projects (any kind) with a tie to the 开发区 vs
 *     annotated projects with `tiedToKaifaqu` (an extracted tie on a
 *     non-project is a false positive);
 * (b') 开发区 ties, spatial: the same, counting only `located-in` and
 *     `part-of` ties (see below);
 * (c) main sector: over annotated projects; a hit is a matched project whose
 *     main sector equals the annotated one. P = hits / matched projects with a
 *     sector, R = hits / all annotated projects.
 * And over the whole extraction, duplicates: records whose canonical names or
 * aliases collide (none: one record per project).
 *
 * Projects are entities (one record, several mentions); the annotations list
 * a project once per unit that names it. So each project is scored once per
 * unit it has a mention in (the box, else the section, else the chapter;
 * `names-entry` mentions aside, where the text names the project's facility
 * only as the site or partner of other works): a
 * record with the project's names (its canonical name, its aliases and the
 * printed spans of its mentions in that unit), the kind of its mention there
 * (`box-item` when its 专栏 item stands there; an industry direction counts
 * as the 专栏 item it is), and the project's ties and main sector.
 *
 * Matching (fair to both sides, one-to-one, within the same unit): names
 * are compared after removing spaces and quotation marks; a record matches
 * an entry when any of its names equals the entry's name, or when one
 * contains the other and the shorter has at least 80 % of the longer's
 * characters, or a printed span of it matches the entry's quote so.
 *
 * (b) is measured twice: with every relation (what `projects({ tiedTo })`
 * returns), and with the spatial relations only (`located-in`, `part-of`):
 * the annotations' `tiedToKaifaqu` records where a project stands or
 * belongs, and their readers left out the projects a 开发区 facility serves
 * (专栏 8-2's supply sites), which the `served-by` relation ties.
 *
 * Detail (`QUALITY_DETAIL=1`) is never printed for projects-blind-late.json:
 * its entries stay unread.
 *
 * The floors sit a little below what the extractor achieves, so that a
 * regression fails; the achieved numbers are printed.
 */
import { describe, expect, it } from 'vitest'
import { buildProjects } from '../scripts/build/projects.js'
import type { Project } from '../src/schema/project.js'
import { all, corpusDir, parsedTree, read } from './helpers.js'

interface Gold {
  unit: string
  kind: 'named' | 'box-item'
  name: string
  quote: string
  mainSector: string
  tiedToKaifaqu: boolean
  tieHow: string | null
  note?: string
}

const { projects } = buildProjects(parsedTree(), corpusDir)

/** A project as the annotations see it in one unit. */
interface Record_ {
  project: Project
  unit: string
  kind: 'box-item' | 'named'
  chapter: string
  section: string | undefined
  nodeId: string
  /** The project's names, and the spans its mentions print in this unit. */
  names: string[]
  raws: string[]
  /** Document position of its first mention in the unit. */
  order: number
}

const unitOf = (m: { box?: string | undefined; section?: string | undefined; chapter: string }) => (m.box ? `box_${m.box}` : (m.section ?? m.chapter))
const nodeOrder = new Map(all(parsedTree()).map((n, i) => [n.id, i]))

/** Each project once per unit it has a mention in, in document order of those mentions. */
function recordsOf(list: readonly Project[]): Record_[] {
  const out: Record_[] = []
  for (const project of list) {
    const units = new Map<string, Record_>()
    // A names-entry mention is a place the text names the project's facility as the site or partner of other works,
    // where the name rules read no project: no annotator would list the project there.
    for (const m of project.mentions.filter((x) => x.matched !== 'names-entry')) {
      const unit = unitOf(m)
      const order = nodeOrder.get(m.nodeId)! * 100_000 + m.start
      const r = units.get(unit) ?? { project, unit, kind: 'named', chapter: m.chapter, section: m.section, nodeId: m.nodeId, names: [project.name, ...project.aliases], raws: [], order }
      if (m.kind === 'box-item') r.kind = 'box-item'
      r.raws.push(m.raw)
      units.set(unit, r)
    }
    out.push(...units.values())
  }
  return out.sort((a, b) => a.order - b.order)
}

const records = recordsOf(projects)
const norm = (s: string) => s.replace(/[\s“”"‘’]/g, '')

export function sameName(a: string, b: string): boolean {
  const x = norm(a)
  const y = norm(b)
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.includes(short) && short.length / long.length >= 0.8
}

/** One-to-one matching in document order; returns gold index -> record. */
function match(gold: Gold[], predicted: Record_[]): Map<number, Record_> {
  const used = new Set<Record_>()
  const out = new Map<number, Record_>()
  gold.forEach((g, i) => {
    const r = predicted.find((q) => !used.has(q) && q.unit === g.unit && (q.names.some((n) => sameName(n, g.name)) || q.raws.some((raw) => sameName(raw, g.quote))))
    if (r) {
      used.add(r)
      out.set(i, r)
    }
  })
  return out
}

interface Score {
  p: number
  r: number
  f1: number
  detail: string
}

const score = (tp: number, predicted: number, gold: number, detail: string): Score => {
  const p = predicted ? tp / predicted : 1
  const r = gold ? tp / gold : 1
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, detail }
}

/** The annotation whose entries stay unread: its scores print, its per-entry detail never does. */
const UNREAD = 'corpus/huozhou-14th/annotations/projects-blind-late.json'

/** Precision / recall of the measures against one annotation file. */
export function evaluate(file: string, strict = false, only?: string[]): { named: Score; ties: Score; spatial: Score; sector: Score; report: string } {
  const read_ = JSON.parse(read(file)) as { units: string[]; projects: Gold[] }
  // `only`: some of the file's units (chapters), to score a part of it.
  const annotation = only ? { units: only, projects: read_.projects.filter((g) => only.some((u) => g.unit === u || g.unit.startsWith(u + '__') || (g.unit.startsWith('box_') && u === `chp_${g.unit.slice(4).split('-')[0]}`))) } : read_
  const inUnits = (r: Record_) => annotation.units.some((u) => r.chapter === u || r.section === u || (u === 'preamble' && r.nodeId.startsWith('preamble')))
  // Strict: entries the annotator flagged as borderline projects are left out, and so are the extracted projects they match.
  const borderline = (g: Gold) => /^borderline(?! tie)/.test(g.note ?? '')
  const doubtful = strict ? new Set(match(annotation.projects.filter(borderline), records.filter(inUnits)).values()) : new Set<Record_>()
  const sampled = records.filter((r) => inUnits(r) && !doubtful.has(r))
  const allGold = strict ? annotation.projects.filter((g) => !borderline(g)) : annotation.projects

  // (a) named projects
  const goldNamed = allGold.filter((g) => g.kind === 'named')
  const predNamed = sampled.filter((r) => r.kind === 'named')
  const namedMatch = match(goldNamed, predNamed)
  const named = score(namedMatch.size, predNamed.length, goldNamed.length, `${namedMatch.size} matched of ${predNamed.length} extracted, ${goldNamed.length} annotated`)

  // (b) 开发区 ties, every relation and the spatial ones
  const allMatch = match(allGold, sampled)
  const goldTied = allGold.map((g, i) => ({ g, i })).filter(({ g }) => g.tiedToKaifaqu)
  const tieScore = (tied: (p: Project) => boolean) => {
    const predTied = sampled.filter((r) => tied(r.project))
    const hits = goldTied.filter(({ i }) => {
      const r = allMatch.get(i)
      return r !== undefined && tied(r.project)
    }).length
    return { predTied, score: score(hits, predTied.length, goldTied.length, `${hits} right of ${predTied.length} tied, ${goldTied.length} annotated tied`) }
  }
  const anyTie = (p: Project) => p.ties.some((t) => t.to === 'kaifaqu')
  const spatialTie = (p: Project) => p.ties.some((t) => t.to === 'kaifaqu' && (t.relation === 'located-in' || t.relation === 'part-of'))
  const { predTied, score: ties } = tieScore(anyTie)
  const { score: spatial } = tieScore(spatialTie)

  // (c) main sector
  let sectorHits = 0
  let withSector = 0
  allGold.forEach((g, i) => {
    const r = allMatch.get(i)
    if (!r || !r.project.sectors[0]) return
    withSector++
    if (r.project.sectors[0] === g.mainSector) sectorHits++
  })
  const sector = score(sectorHits, withSector, allGold.length, `${sectorHits} right of ${withSector} matched with a sector, ${allGold.length} annotated`)

  const pct = (x: number) => x.toFixed(3)
  const measures = { 'named projects': named, '开发区 ties': ties, '开发区 ties, spatial': spatial, 'main sector': sector }
  let report = [
    `${file}${only ? ` [${only[0]}…${only.at(-1)}]` : ''}${strict ? ' (strict: borderline entries left out)' : ''}`,
    'measure                 P      R      F1',
    ...Object.entries(measures).map(([k, s]) => `${k.padEnd(20)}  ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}   ${s.detail}`)
  ].join('\n')
  if (process.env.QUALITY_DETAIL && file !== UNREAD) {
    const missed = goldNamed.filter((_, i) => !namedMatch.has(i)).map((g) => `MISS ${g.unit} ${g.name}`)
    const matched = new Set(namedMatch.values())
    const extra = predNamed.filter((r) => !matched.has(r)).map((r) => `EXTRA ${r.unit} ${r.names[0]} «${r.raws.join('|')}»`)
    const tieMiss = goldTied.filter(({ i }) => !(allMatch.get(i) && anyTie(allMatch.get(i)!.project))).map(({ g }) => `TIE-MISS ${g.unit} ${g.name}`)
    const goldTiedRecords = new Set(goldTied.map(({ i }) => allMatch.get(i)))
    const tieExtra = predTied.filter((r) => !goldTiedRecords.has(r)).map((r) => `TIE-EXTRA ${r.unit} ${r.names[0]} ${r.project.ties.find((t) => t.to === 'kaifaqu')!.relation}/${r.project.ties.find((t) => t.to === 'kaifaqu')!.how}`)
    const secMiss = allGold.flatMap((g, i) => {
      const r = allMatch.get(i)
      return r && r.project.sectors[0] !== g.mainSector ? [`SECTOR ${g.name}: ${r.project.sectors.join(',')} vs ${g.mainSector}`] : []
    })
    report += '\n' + [...missed, ...extra, ...tieMiss, ...tieExtra, ...secMiss].join('\n')
  }
  return { named, ties, spatial, sector, report }
}

const sample = evaluate('corpus/huozhou-14th/annotations/projects-sample.json')
const heldout = evaluate('corpus/huozhou-14th/annotations/projects-heldout.json')
const blind = evaluate('corpus/huozhou-14th/annotations/projects-blind.json')
const blindStrict = evaluate('corpus/huozhou-14th/annotations/projects-blind.json', true)
// Chapters 9-13 of the blind annotation, scored on their own beside the second reader's reading of them.
const late = ['chp_9', 'chp_10', 'chp_11', 'chp_12', 'chp_13']
const blindLate = evaluate('corpus/huozhou-14th/annotations/projects-blind.json', false, late)
const blindLateStrict = evaluate('corpus/huozhou-14th/annotations/projects-blind.json', true, late)
// The second blind reader of chapters 9-13, never read for rules: the out-of-sample measure.
const secondLate = evaluate(UNREAD)
const secondLateStrict = evaluate(UNREAD, true)
/**
 * Duplicates: records whose names collide (a canonical name or an alias of one, spaces, quotation marks and a trailing
 * 项目 aside, equal to one of another's). One record per project means none.
 */
function duplicates(list: readonly Project[]): string[] {
  const key = (name: string) => norm(name).replace(/(建设项目|项目)$/, '')
  const owner = new Map<string, Project>()
  const out: string[] = []
  for (const p of list)
    for (const name of new Set([p.name, ...p.aliases].map(key))) {
      const other = owner.get(name)
      if (other && other !== p) out.push(`${name}: ${other.id} and ${p.id}`)
      owner.set(name, p)
    }
  return out
}
const duplicated = duplicates(projects)
console.log([sample, heldout, blind, blindStrict, blindLate, blindLateStrict, secondLate, secondLateStrict].map((r) => r.report).join('\n\n') + `\n\nduplicates (records whose names collide): ${duplicated.length} of ${projects.length} records`)

describe('one record per project', () => {
  it('no two records share a canonical name or alias (duplicates = 0)', () => {
    expect(duplicated).toEqual([])
    // The check finds a duplicate when there is one: a record named again as another's alias.
    const [a, b] = projects
    expect(duplicates([a!, { ...b!, aliases: [...b!.aliases, a!.name] }])).toHaveLength(1)
  })
})

describe.each([
  ['the annotated sample (tuning set)', sample, 'sample'],
  ['the held-out annotation', heldout, 'heldout'],
  ['the blind annotation of the whole plan', blind, 'blind'],
  ['the blind annotation, borderline entries left out', blindStrict, 'blindStrict'],
  ['chapters 9-13 of the blind annotation', blindLate, 'blindLate'],
  ['the second, never-inspected blind reading of chapters 9-13', secondLate, 'secondLate'],
  ['the second blind reading of chapters 9-13, borderline entries left out', secondLateStrict, 'secondLateStrict']
] as const)('extraction quality on %s', (_name, result, set) => {
  const floors = FLOORS[set]
  it('named projects: precision and recall above their floors', () => {
    expect(result.named.p).toBeGreaterThanOrEqual(floors.named.p)
    expect(result.named.r).toBeGreaterThanOrEqual(floors.named.r)
  })
  it('开发区 ties, every relation: precision and recall above their floors', () => {
    expect(result.ties.p).toBeGreaterThanOrEqual(floors.ties.p)
    expect(result.ties.r).toBeGreaterThanOrEqual(floors.ties.r)
  })
  it('开发区 ties, spatial relations: precision and recall above their floors', () => {
    expect(result.spatial.p).toBeGreaterThanOrEqual(floors.spatial.p)
    expect(result.spatial.r).toBeGreaterThanOrEqual(floors.spatial.r)
  })
  it('main sector: precision and recall above their floors', () => {
    expect(result.sector.p).toBeGreaterThanOrEqual(floors.sector.p)
    expect(result.sector.r).toBeGreaterThanOrEqual(floors.sector.r)
  })
})

describe('matching', () => {
  it('the matching is neither too loose nor too strict', () => {
    expect(sameName('国道 G108 霍州段过境改线工程', '国道G108霍州段过境改线工程')).toBe(true)
    expect(sameName('“人民星云”', '人民星云')).toBe(true)
    expect(sameName('人民网大数据中心', '人民网大数据中心项目')).toBe(true)
    expect(sameName('新医院', '霍州市人民医院（新医院）建设项目')).toBe(false)
  })
  it('a project named in several units is scored in each, by any of its names', () => {
    const several = records.filter((r) => r.project.mentions.some((m) => unitOf(m) !== r.unit))
    expect(several.length).toBeGreaterThan(10)
    for (const r of several) expect(r.names).toContain(r.project.name)
    // Every mention's unit has its record; no unit has two records of one project.
    for (const p of projects) {
      const units = new Set(p.mentions.filter((m) => m.matched !== 'names-entry').map(unitOf))
      expect(new Set(records.filter((r) => r.project === p).map((r) => r.unit))).toEqual(units)
      expect(records.filter((r) => r.project === p)).toHaveLength(units.size)
    }
  })
})

/**
 * Floors a little below what is achieved (P / R, as printed; every relation, then spatial), except where the issue
 * sets them (the whole plan: named precision 0.93, 开发区 recall 0.9):
 * - sample named 1.000 / 0.976, ties 0.942 / 0.980 (spatial 0.961 / 0.980), sector 0.966 / 0.947;
 * - held-out named 0.962 / 0.910, ties 0.517 / 1.000 (spatial 0.929 / 0.867: its readers tie 专栏 8-2's platforms
 *   directly, which served-by now reads as a facility that serves them), sector 0.973 / 0.901;
 * - blind named 0.950 / 0.744 (strict 0.947 / 0.919), ties 0.815 / 0.917 (spatial 0.985 / 0.889), sector 0.945 / 0.742
 *   (strict 0.950 / 0.889); the precision of every relation is lower because its readers left the supply sites of
 *   专栏 8-2 untied, which the issue ties as served-by;
 * - blind chapters 9-13 named 0.837 / 0.621, ties 0.667 / 1.000 (spatial 1.000 / 1.000), sector 0.931 / 0.675;
 * - the second reading of chapters 9-13 named 0.953 / 0.547 (strict 0.953 / 0.837), ties 0.667 / 0.500 (spatial
 *   1.000 / 0.500; strict 0.667 / 1.000, spatial 1.000 / 1.000), sector 0.937 / 0.608 (strict 0.937 / 0.831).
 */
const FLOORS = {
  sample: { named: { p: 0.97, r: 0.95 }, ties: { p: 0.92, r: 0.95 }, spatial: { p: 0.93, r: 0.95 }, sector: { p: 0.95, r: 0.93 } },
  heldout: { named: { p: 0.93, r: 0.87 }, ties: { p: 0.5, r: 0.9 }, spatial: { p: 0.9, r: 0.85 }, sector: { p: 0.95, r: 0.87 } },
  blind: { named: { p: 0.93, r: 0.72 }, ties: { p: 0.8, r: 0.9 }, spatial: { p: 0.95, r: 0.87 }, sector: { p: 0.92, r: 0.72 } },
  blindStrict: { named: { p: 0.92, r: 0.89 }, ties: { p: 0.8, r: 0.95 }, spatial: { p: 0.95, r: 0.92 }, sector: { p: 0.93, r: 0.87 } },
  blindLate: { named: { p: 0.8, r: 0.59 }, ties: { p: 0.6, r: 0.95 }, spatial: { p: 0.9, r: 0.95 }, sector: { p: 0.9, r: 0.64 } },
  secondLate: { named: { p: 0.92, r: 0.52 }, ties: { p: 0.6, r: 0.45 }, spatial: { p: 0.9, r: 0.45 }, sector: { p: 0.9, r: 0.57 } },
  secondLateStrict: { named: { p: 0.92, r: 0.8 }, ties: { p: 0.6, r: 0.95 }, spatial: { p: 0.9, r: 0.95 }, sector: { p: 0.9, r: 0.8 } }
}
