/**
 * The one module through which the site reads projects. The pages ask it for
 * a project's mentions (where the text names it, with the sentence) and its
 * ties (to which place, by which relation, and the chain of evidence a reader
 * can follow, each link a quote and the node it stands in); they never read a
 * `Project` themselves.
 *
 * Today's API gives each project one place in the text (`at`) and ties
 * `{ to, how: direct | context | transitive, evidence: { nodeId, quote }, via? }`;
 * this module builds the sentence and the chain from the text around them.
 * When projects become entities (`mentions` with sentences, ties as a graph of
 * relations located-in / part-of / served-by / partner / transitive with
 * their own chains, `explain()`), only this module changes: `mentions` maps
 * from `project.mentions`, `relation` from the tie's relation, and `chain`
 * from the tie's links.
 */
import { ancestors, getNode, places, projects, search, sectors, type Project, type Tie } from '../../../src/index.js'

/** Where the text names a project. */
export interface Mention {
  nodeId: string
  /** Offsets of the name in the node's text. */
  start: number
  end: number
  /** The sentence around it (clipped to about 160 characters, `…` where cut). */
  sentence: string
  /** The ID of the element the chapter page wraps the mention in (`projects: true`): the target that style.css highlights. */
  anchor: string
  /** Where it stands, as printed: `第四章 第三节`, `专栏 4-3`. */
  where: string
}

/** One link of an evidence chain: a quote from the plan, the node it is in, and what it shows. */
export interface ChainLink {
  nodeId: string
  quote: string
  /** Words to mark in the quote (the project's name, the place, the facility between). */
  marks: string[]
  claim: string
}

export interface SiteTie {
  /** The place's gazetteer ID and name. */
  place: string
  placeName: string
  /** The relation's key (today: direct | context | transitive) and how the site says it. */
  relation: string
  relationLabel: string
  chain: ChainLink[]
  /**
   * Whether the chain ends in a quote that names the place. Today's ties carry
   * one quote; where it does not name the place, the chain is completed from
   * the text (the unit the quote stands in, or a sentence naming both the
   * facility and the place), and where the text gives no such link it stays
   * open and the page says so.
   */
  complete: boolean
}

export interface SiteProject {
  id: string
  name: string
  kind: 'box-item' | 'named'
  chapter: string
  /** Sector IDs, main first. */
  sectors: string[]
  /** Place IDs the project's own text names. */
  places: string[]
  mentions: Mention[]
  ties: SiteTie[]
}

export const RELATIONS: Record<string, string> = {
  direct: '同句点名',
  context: '所在单元',
  transitive: '经由设施'
}

const STOPS = '。；！？\n'
const CLIP = 80

/** The text of a node (a paragraph's, a measure's, a heading's). */
function textOf(nodeId: string): string {
  const node = getNode(nodeId)
  if (!node) throw new Error(`site: projects name a node the plan does not have: ${nodeId}`)
  return 'value' in node && typeof node.value === 'string' ? node.value : 'title' in node && typeof node.title === 'string' ? node.title : ''
}

/** The sentence of `text` around [start, end), clipped around that span when long. */
export function sentenceAt(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !STOPS.includes(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !STOPS.includes(text[to]!)) to++
  if (to < text.length) to++
  const a = Math.max(from, start - CLIP)
  const b = Math.min(to, end + CLIP)
  return `${a > from ? '…' : ''}${text.slice(a, b).trim()}${b < to ? '…' : ''}`
}

/** Where a node stands, as printed: its chapter, section and box labels. */
function whereOf(nodeId: string): string {
  const chain = [...ancestors(nodeId), getNode(nodeId)!]
  return chain
    .map((n) => (n.type === 'chapter' || n.type === 'section' || n.type === 'box' ? n.label : undefined))
    .filter(Boolean)
    .join(' ')
}

function mentionsOf(p: Project): Mention[] {
  const text = textOf(p.at.nodeId)
  return [{ nodeId: p.at.nodeId, start: p.at.start, end: p.at.end, sentence: sentenceAt(text, p.at.start, p.at.end), anchor: p.id, where: whereOf(p.at.nodeId) }]
}

const placeNames = () => new Map(places().map((p) => [p.id, p]))

/** The sentence of the evidence node that holds the quote, nearest the mention when it is the same node. */
function quoteSentence(p: Project, nodeId: string, quote: string): string {
  const text = textOf(nodeId)
  const hits: number[] = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) hits.push(at)
  if (!hits.length) return quote
  const near = nodeId === p.at.nodeId ? hits.reduce((best, h) => (Math.abs(h - p.at.start) < Math.abs(best - p.at.start) ? h : best)) : hits[0]!
  return sentenceAt(text, near, near + quote.length)
}

function chainOf(p: Project, tie: Tie, placeName: string, aliases: string[]): ChainLink[] {
  const mention = mentionsOf(p)[0]!
  const placeWords = [placeName, ...aliases]
  if (tie.how === 'direct')
    return [{ nodeId: tie.evidence.nodeId, quote: quoteSentence(p, tie.evidence.nodeId, tie.evidence.quote), marks: [p.name, tie.evidence.quote, ...placeWords], claim: `同一句话写到“${p.name}”和${placeName}` }]
  if (tie.how === 'context')
    return [
      { nodeId: mention.nodeId, quote: mention.sentence, marks: [p.name], claim: `“${p.name}”写在${whereOf(mention.nodeId)}中` },
      { nodeId: tie.evidence.nodeId, quote: tie.evidence.quote, marks: placeWords, claim: `${whereOf(tie.evidence.nodeId) || '该单元'}的标题写明${placeName}` }
    ]
  const via = tie.via ?? ''
  return completed([
    { nodeId: mention.nodeId, quote: mention.sentence, marks: [p.name, via], claim: via === p.name ? `项目即“${via}”` : `“${p.name}”在“${via}”` },
    { nodeId: tie.evidence.nodeId, quote: quoteSentence(p, tie.evidence.nodeId, tie.evidence.quote), marks: [via, tie.evidence.quote, ...placeWords], claim: `“${via}”在${placeName}` }
  ], via, placeName, placeWords)
}

const names = (text: string, words: readonly string[]) => words.some((w) => text.includes(w))

/**
 * A transitive chain whose last quote does not name the place, completed from
 * the text: first the unit that quote stands in (a 专栏 or section whose title
 * names the place: 专栏 4-3 霍州市经济技术开发区产业重点发展方向), else a sentence
 * elsewhere that names both the facility and the place. Otherwise it is left
 * as it is, and `complete` says so.
 */
function completed(chain: ChainLink[], via: string, placeName: string, placeWords: string[]): ChainLink[] {
  const last = chain.at(-1)!
  if (names(last.quote, placeWords)) return chain
  const unit = [...ancestors(last.nodeId)].reverse().find((n) => (n.type === 'box' || n.type === 'section' || n.type === 'chapter') && names(`${n.label} ${n.title}`, placeWords))
  if (unit && (unit.type === 'box' || unit.type === 'section' || unit.type === 'chapter'))
    return [...chain, { nodeId: unit.id, quote: `${unit.label} ${unit.title}`, marks: placeWords, claim: `上一句所在的${unit.type === 'box' ? '专栏' : unit.type === 'section' ? '节' : '章'}，标题写明${placeName}` }]
  if (via) {
    const hit = search(via).find((h) => h.id !== last.nodeId && names(sentenceAt(textOf(h.id), h.start, h.end), placeWords))
    if (hit) return [...chain, { nodeId: hit.id, quote: sentenceAt(textOf(hit.id), hit.start, hit.end), marks: [via, ...placeWords], claim: `“${via}”在${placeName}` }]
  }
  return chain
}

let cache: SiteProject[] | undefined

/** Every project, in document order, as the site shows it. */
export function siteProjects(): SiteProject[] {
  if (cache) return cache
  const gazetteer = placeNames()
  cache = projects().map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    chapter: p.chapter,
    sectors: [...p.sectors],
    places: [...p.places],
    mentions: mentionsOf(p),
    ties: p.ties.map((t) => {
      const place = gazetteer.get(t.to)
      const name = place?.name ?? t.to
      const words = [name, ...(place?.aliases ?? [])]
      const chain = chainOf(p, t, name, place?.aliases ?? [])
      return { place: t.to, placeName: name, relation: t.how, relationLabel: RELATIONS[t.how] ?? t.how, chain, complete: names(chain.at(-1)!.quote, words) }
    })
  }))
  return cache
}

/** Labels of the facets the projects page filters by. */
export function vocabulary(): { sectors: Map<string, string>; places: Map<string, string> } {
  return { sectors: new Map(sectors().map((s) => [s.id, s.zh])), places: new Map(places().map((p) => [p.id, p.name])) }
}
