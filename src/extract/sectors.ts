/**
 * Sector assignment from the vocabulary's keyword hints. Explainable: every
 * sector a project gets comes with the words that gave it and where they
 * stood (its name, its sentence or item, its unit's headings). The name
 * weighs most, so a project whose name says 光伏 is an energy project even in
 * a paragraph about agriculture.
 */
import type { SectorsFile } from '../schema/knowledge.js'
import type { NodeText } from './extraction.js'
import { Matcher } from './text.js'

export type SectorSource = 'name' | 'text' | 'unit'

/** How much a keyword counts by where it stands. */
const FACTOR: Record<SectorSource, number> = { name: 4, text: 1, unit: 0.5 }
/** The factor of the name's last keyword (its main noun) when the name has several. */
const HEAD = 1.5
/** A secondary sector must reach this share of the main one. */
const SECONDARY_SHARE = 0.34

/** A keyword that matched, where (`from`), and for a word of a text or heading its place in that node's value. */
export interface ScoredWord {
  word: string
  from: SectorSource
  at?: { nodeId: string; start: number; end: number }
}

export interface ScoredSector {
  sector: string
  score: number
  words: ScoredWord[]
}

/** What a project's sectors are read from: its name, its sentence or item text, its unit's headings (each where it stands). */
export interface SectorTexts {
  name: string
  text: readonly NodeText[]
  unit: readonly NodeText[]
}

export interface SectorScorer {
  (texts: SectorTexts): { sectors: string[]; evidence: ScoredSector[] }
}

export function sectorScorer(file: SectorsFile): SectorScorer {
  const entries: Array<[string, { sector: string; weight: number }]> = []
  for (const s of file.sectors)
    for (const keyword of s.keywords) {
      const word = typeof keyword === 'string' ? keyword : keyword.word
      const weight = typeof keyword === 'string' ? 1 : keyword.weight
      entries.push([word, { sector: s.id, weight }])
    }
  const matcher = new Matcher(entries)
  const order = new Map(file.sectors.map((s, i) => [s.id, i]))

  return (texts) => {
    const acc = new Map<string, ScoredSector & { nameScore: number; first: number }>()
    // Positions run over the name, the texts and the headings one after the other (one apart), for the tie-break by first match.
    let pos = 0
    const segments: Array<{ from: SectorSource; text: string; at?: NodeText }> = [
      { from: 'name', text: texts.name },
      ...texts.text.map((at) => ({ from: 'text' as const, text: at.text, at })),
      ...texts.unit.map((at) => ({ from: 'unit' as const, text: at.text, at }))
    ]
    for (const { from, text: t, at } of segments) {
      if (!t) continue
      const matches = matcher.all(t)
      // The main noun is the last keyword, except in A+B (光伏+种养殖业), where A is what B is joined to.
      const plus = from === 'name' ? t.search(/[+＋]/) : -1
      const lastEnd = plus > 0 && matches.some((m) => m.end <= plus) ? Math.max(...matches.filter((m) => m.end <= plus).map((m) => m.end)) : Math.max(...matches.map((m) => m.end))
      for (const m of matches) {
        const e = acc.get(m.value.sector) ?? { sector: m.value.sector, score: 0, words: [], nameScore: 0, first: pos + m.start }
        // Chinese compounds are head-final: in the name, a keyword nearer the end (固废综合利用 in X建材园区固废综合利用项目) weighs more
        // (0.75 at the start to 1.25 at the end), and the last one, the main noun, HEAD times more (X电厂发电机组超低排放改造项目
        // is an environment project).
        const position = from === 'name' ? (0.75 + (0.5 * m.end) / t.length) * (matches.length > 1 && m.end === lastEnd ? HEAD : 1) : 1
        e.score += m.value.weight * FACTOR[from] * position
        if (from === 'name') e.nameScore += m.value.weight
        if (!e.words.some((w) => w.word === m.word && w.from === from)) e.words.push({ word: m.word, from, ...(at ? { at: { nodeId: at.nodeId, start: at.start + m.start, end: at.start + m.end } } : {}) })
        acc.set(m.value.sector, e)
      }
      pos += t.length + 1
    }
    const ranked = [...acc.values()].sort(
      (a, b) => b.score - a.score || b.nameScore - a.nameScore || a.first - b.first || (order.get(a.sector) ?? 0) - (order.get(b.sector) ?? 0)
    )
    const top = ranked[0]?.score ?? 0
    const kept = ranked.filter((e, i) => i === 0 || e.score >= top * SECONDARY_SHARE)
    return {
      sectors: kept.map((e) => e.sector),
      evidence: kept.map(({ sector, score, words }) => ({ sector, score, words }))
    }
  }
}
