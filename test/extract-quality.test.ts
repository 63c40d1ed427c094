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
 * Three measures, each precision / recall / F1:
 *
 * (a) named projects: extracted `named` projects vs annotated `named` ones;
 * (b) 开发区 ties: extracted projects (any kind) with a tie to the 开发区 vs
 *     annotated projects with `tiedToKaifaqu` (an extracted tie on a
 *     non-project is a false positive);
 * (c) main sector: over annotated projects; a hit is a matched project whose
 *     main sector equals the annotated one. P = hits / matched projects with a
 *     sector, R = hits / all annotated projects.
 *
 * Matching (fair to both sides, one-to-one, within the same unit: the box,
 * else the section, else the chapter): names are compared after removing
 * spaces and quotation marks; they match when equal, or when one contains the
 * other and the shorter has at least 80 % of the longer's characters.
 *
 * The floors sit a little below what the extractor achieves, so that a
 * regression fails; the achieved numbers are printed.
 */
import { describe, expect, it } from 'vitest'
import { tree } from '../src/index.js'
import { buildProjects } from '../scripts/build/projects.js'
import type { Project } from '../src/schema/project.js'
import { corpusDir, read } from './helpers.js'

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

const { projects } = buildProjects(tree(), corpusDir)

const unitOf = (p: Project) => (p.box ? `box_${p.box}` : p.section ?? p.chapter)
const norm = (s: string) => s.replace(/[\s“”"‘’]/g, '')

export function sameName(a: string, b: string): boolean {
  const x = norm(a)
  const y = norm(b)
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.includes(short) && short.length / long.length >= 0.8
}

/** One-to-one matching in document order; returns gold index -> project. */
function match(gold: Gold[], predicted: Project[]): Map<number, Project> {
  const used = new Set<Project>()
  const out = new Map<number, Project>()
  gold.forEach((g, i) => {
    const p = predicted.find((q) => !used.has(q) && unitOf(q) === g.unit && (sameName(q.name, g.name) || sameName(q.raw, g.quote)))
    if (p) {
      used.add(p)
      out.set(i, p)
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

/** Precision / recall of the three measures against one annotation file. */
export function evaluate(file: string, strict = false, only?: string[]): { named: Score; ties: Score; sector: Score; report: string } {
  const read_ = JSON.parse(read(file)) as { units: string[]; projects: Gold[] }
  // `only`: some of the file's units (chapters), to score a part of it.
  const annotation = only ? { units: only, projects: read_.projects.filter((g) => only.some((u) => g.unit === u || g.unit.startsWith(u + '__') || (g.unit.startsWith('box_') && u === `chp_${g.unit.slice(4).split('-')[0]}`))) } : read_
  const inUnits = (p: Project) => annotation.units.some((u) => p.chapter === u || p.section === u || (u === 'preamble' && p.at.nodeId.startsWith('preamble')))
  // Strict: entries the annotator flagged as borderline projects are left out, and so are the extracted projects they match.
  const borderline = (g: Gold) => /^borderline(?! tie)/.test(g.note ?? '')
  const doubtful = strict ? new Set(match(annotation.projects.filter(borderline), projects.filter(inUnits)).values()) : new Set<Project>()
  const sampled = projects.filter((p) => inUnits(p) && !doubtful.has(p))
  const allGold = strict ? annotation.projects.filter((g) => !borderline(g)) : annotation.projects

  // (a) named projects
  const goldNamed = allGold.filter((g) => g.kind === 'named')
  const predNamed = sampled.filter((p) => p.kind === 'named')
  const namedMatch = match(goldNamed, predNamed)
  const named = score(namedMatch.size, predNamed.length, goldNamed.length, `${namedMatch.size} matched of ${predNamed.length} extracted, ${goldNamed.length} annotated`)

  // (b) 开发区 ties
  const allMatch = match(allGold, sampled)
  const tied = (p: Project) => p.ties.some((t) => t.to === 'kaifaqu')
  const predTied = sampled.filter(tied)
  const goldTied = allGold.map((g, i) => ({ g, i })).filter(({ g }) => g.tiedToKaifaqu)
  const tiedHits = goldTied.filter(({ i }) => {
    const p = allMatch.get(i)
    return p !== undefined && tied(p)
  }).length
  const ties = score(tiedHits, predTied.length, goldTied.length, `${tiedHits} right of ${predTied.length} tied, ${goldTied.length} annotated tied`)

  // (c) main sector
  let sectorHits = 0
  let withSector = 0
  allGold.forEach((g, i) => {
    const p = allMatch.get(i)
    if (!p || !p.sectors[0]) return
    withSector++
    if (p.sectors[0] === g.mainSector) sectorHits++
  })
  const sector = score(sectorHits, withSector, allGold.length, `${sectorHits} right of ${withSector} matched with a sector, ${allGold.length} annotated`)

  const pct = (x: number) => x.toFixed(3)
  let report = [`${file}${only ? ` [${only[0]}…${only.at(-1)}]` : ''}${strict ? ' (strict: borderline entries left out)' : ''}`, 'measure                 P      R      F1', ...Object.entries({ 'named projects': named, '开发区 ties': ties, 'main sector': sector }).map(([k, s]) => `${k.padEnd(20)}  ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}   ${s.detail}`)].join('\n')
  if (process.env.QUALITY_DETAIL) {
    const missed = goldNamed.filter((_, i) => !namedMatch.has(i)).map((g) => `MISS ${g.unit} ${g.name}`)
    const matched = new Set(namedMatch.values())
    const extra = predNamed.filter((p) => !matched.has(p)).map((p) => `EXTRA ${unitOf(p)} ${p.name} «${p.raw}»`)
    const tieMiss = goldTied.filter(({ i }) => !(allMatch.get(i) && tied(allMatch.get(i)!))).map(({ g }) => `TIE-MISS ${g.unit} ${g.name}`)
    const goldTiedProjects = new Set(goldTied.map(({ i }) => allMatch.get(i)))
    const tieExtra = predTied.filter((p) => !goldTiedProjects.has(p)).map((p) => `TIE-EXTRA ${unitOf(p)} ${p.name} ${p.ties.find((t) => t.to === 'kaifaqu')!.how}`)
    const secMiss = allGold.flatMap((g, i) => {
      const p = allMatch.get(i)
      return p && p.sectors[0] !== g.mainSector ? [`SECTOR ${g.name}: ${p.sectors.join(',')} vs ${g.mainSector}`] : []
    })
    report += '\n' + [...missed, ...extra, ...tieMiss, ...tieExtra, ...secMiss].join('\n')
  }
  return { named, ties, sector, report }
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
const secondLate = evaluate('corpus/huozhou-14th/annotations/projects-blind-late.json')
const secondLateStrict = evaluate('corpus/huozhou-14th/annotations/projects-blind-late.json', true)
console.log([sample, heldout, blind, blindStrict, blindLate, blindLateStrict, secondLate, secondLateStrict].map((r) => r.report).join('\n\n'))

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
  it('开发区 ties: precision and recall above their floors', () => {
    expect(result.ties.p).toBeGreaterThanOrEqual(floors.ties.p)
    expect(result.ties.r).toBeGreaterThanOrEqual(floors.ties.r)
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
})

/**
 * Floors a little below what is achieved (P / R, as printed): sample named 1.000 / 0.976, ties 0.961 / 0.980, sector
 * 0.966 / 0.947; held-out named 0.962 / 0.910, ties 0.938 / 1.000, sector 0.973 / 0.901; blind named 0.950 / 0.744
 * (strict 0.947 / 0.919), ties 0.985 / 0.917, sector 0.945 / 0.742; blind chapters 9-13 named 0.837 / 0.621, ties
 * 1.000 / 1.000, sector 0.931 / 0.675; the second reading of chapters 9-13 named 0.953 / 0.547 (strict 0.953 / 0.837),
 * ties 1.000 / 0.500, sector 0.937 / 0.608 (strict 0.937 / 0.831).
 */
const FLOORS = {
  sample: { named: { p: 0.97, r: 0.95 }, ties: { p: 0.93, r: 0.95 }, sector: { p: 0.95, r: 0.93 } },
  heldout: { named: { p: 0.93, r: 0.87 }, ties: { p: 0.9, r: 0.9 }, sector: { p: 0.95, r: 0.87 } },
  blind: { named: { p: 0.92, r: 0.71 }, ties: { p: 0.95, r: 0.87 }, sector: { p: 0.91, r: 0.71 } },
  blindStrict: { named: { p: 0.92, r: 0.89 }, ties: { p: 0.95, r: 0.92 }, sector: { p: 0.92, r: 0.86 } },
  blindLate: { named: { p: 0.8, r: 0.59 }, ties: { p: 0.9, r: 0.95 }, sector: { p: 0.9, r: 0.64 } },
  secondLate: { named: { p: 0.92, r: 0.52 }, ties: { p: 0.9, r: 0.45 }, sector: { p: 0.9, r: 0.57 } },
  secondLateStrict: { named: { p: 0.92, r: 0.8 }, ties: { p: 0.9, r: 0.95 }, sector: { p: 0.9, r: 0.8 } }
}
