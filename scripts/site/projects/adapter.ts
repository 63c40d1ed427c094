/**
 * The one module through which the site reads projects. The pages ask it for
 * a project's mentions (where the text names it, with the sentence) and its
 * ties (to which place, by which relation, and the chain of evidence a reader
 * can follow, each link a quote and the node it stands in); they never read a
 * `Project` themselves.
 *
 * The library gives all of it: each project's `mentions` (node, offsets, the
 * sentence), and each tie's `relation` (located-in, part-of, served-by,
 * partner), `how` it is known (direct, context, transitive) and its `chain`
 * of links, each with its own evidence. This module only words them in
 * Chinese and clips long sentences.
 */
import { ancestors, getNode, getProject, places, projects, sectors, type Link, type Mention as PlanMention, type Project, type Tie } from '../../../src/index.js'

/** Where the text names a project. */
export interface Mention {
  nodeId: string
  /** Offsets of the name in the node's text. */
  start: number
  end: number
  /** The sentence around it (clipped to about 160 characters, `…` where cut). */
  sentence: string
  /** The name as printed there. */
  raw: string
  /** The ID of the element the chapter page wraps the mention in (`projects: true`): the target that style.css highlights. */
  anchor: string
  /** Where it stands, as printed: `第四章 第三节`, `专栏 4-3`. */
  where: string
}

/** One link of an evidence chain: a quote from the plan, the node it is in, and what it shows. */
export interface ChainLink {
  nodeId: string
  quote: string
  /** Words to mark in the quote (the names the link joins). */
  marks: string[]
  claim: string
}

export interface SiteTie {
  /** The place's gazetteer ID and name. */
  place: string
  placeName: string
  /** What the tie means (located-in, part-of, served-by, partner) and how the site says it. */
  relation: Tie['relation']
  relationLabel: string
  /** How it is known (direct, context, transitive) and how the site says it. */
  how: Tie['how']
  howLabel: string
  chain: ChainLink[]
  /** Whether the chain's last quote names the place (the library promises it; the page says so where not). */
  complete: boolean
}

export interface SiteProject {
  id: string
  name: string
  kind: Project['kind']
  /** The chapter of its first mention. */
  chapter: string
  /** Sector IDs, main first. */
  sectors: string[]
  /** Place IDs the project's own text names. */
  places: string[]
  mentions: Mention[]
  ties: SiteTie[]
}

export const RELATIONS: Record<Tie['relation'], string> = {
  'located-in': '位于',
  'part-of': '属于',
  'served-by': '受其服务',
  partner: '与之相连'
}

export const HOWS: Record<Tie['how'], string> = {
  direct: '同句点名',
  context: '所在单元',
  transitive: '经由设施'
}

const CLIP = 80

/** `quote` clipped to about CLIP characters either side of [start, end) (offsets into the quote). */
function clip(quote: string, start: number, end: number): string {
  const a = Math.max(0, start - CLIP)
  const b = Math.min(quote.length, end + CLIP)
  return `${a > 0 ? '…' : ''}${quote.slice(a, b).trim()}${b < quote.length ? '…' : ''}`
}

/** Where a node stands, as printed: its chapter, section and box labels. */
function whereOf(nodeId: string): string {
  const chain = [...ancestors(nodeId), getNode(nodeId)!]
  return chain
    .map((n) => (n.type === 'chapter' || n.type === 'section' || n.type === 'box' ? n.label : undefined))
    .filter(Boolean)
    .join(' ')
}

function mentionOf(m: PlanMention): Mention {
  const s = m.sentence
  const sentence = s.nodeId === m.nodeId ? clip(s.quote, m.start - s.start, m.end - s.start) : s.quote
  return { nodeId: m.nodeId, start: m.start, end: m.end, sentence, raw: m.raw, anchor: m.id, where: whereOf(m.nodeId) }
}

/** The words a link's `from` or `to` stands for: a project's names, a place's name and aliases, a facility's name, a unit's title. */
function namesOf(id: string, target: Link['target'] | 'project', placeNames: ReadonlyMap<string, { name: string; aliases: readonly string[] }>): string[] {
  if (target === 'place') {
    const place = placeNames.get(id)
    return place ? [place.name, ...place.aliases] : [id]
  }
  if (target === 'project') {
    const project = getProject(id)
    return project ? [project.name, ...project.aliases, ...project.mentions.map((m) => m.raw)] : [id]
  }
  if (target === 'unit') {
    const node = getNode(id)
    return node && 'title' in node && typeof node.title === 'string' ? [node.title] : [id]
  }
  return [id]
}

/** How the site says what one link shows: `“A”位于B`. */
function claimOf(link: Link, from: string, to: string): string {
  switch (link.relation) {
    case 'located-in':
      return `“${from}”位于${to}`
    case 'part-of':
      return `“${from}”属于${to}`
    case 'served-by':
      return `${to}为“${from}”提供服务`
    case 'partner':
      return `“${from}”与${to}相连`
    case 'is':
      return `“${from}”即“${to}”`
    case 'includes':
      return `“${from}”包括“${to}”`
    case 'listed-in':
      return `“${from}”列在“${to}”之下`
  }
}

function chainOf(tie: Tie, placeNames: ReadonlyMap<string, { name: string; aliases: readonly string[] }>): ChainLink[] {
  let fromTarget: Link['target'] = 'project'
  return tie.chain.map((link) => {
    const fromNames = namesOf(link.from, fromTarget, placeNames)
    const toNames = namesOf(link.to, link.target, placeNames)
    fromTarget = link.target
    const e = link.evidence
    return { nodeId: e.nodeId, quote: e.quote, marks: [...fromNames, ...toNames], claim: claimOf(link, fromNames[0]!, toNames[0]!) }
  })
}

let cache: SiteProject[] | undefined

/** Every project, in document order, as the site shows it. */
export function siteProjects(): SiteProject[] {
  if (cache) return cache
  const placeNames = new Map(places().map((p) => [p.id, p]))
  cache = projects().map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    chapter: p.chapter,
    sectors: [...p.sectors],
    places: [...p.places],
    mentions: p.mentions.map(mentionOf),
    ties: p.ties.map((t) => {
      const place = placeNames.get(t.to)
      const words = place ? [place.name, ...place.aliases] : [t.to]
      const chain = chainOf(t, placeNames)
      return { place: t.to, placeName: place?.name ?? t.to, relation: t.relation, relationLabel: RELATIONS[t.relation], how: t.how, howLabel: HOWS[t.how], chain, complete: words.some((w) => chain.at(-1)!.quote.includes(w)) }
    })
  }))
  return cache
}

/** Labels of the facets the projects page filters by. */
export function vocabulary(): { sectors: Map<string, string>; places: Map<string, string> } {
  return { sectors: new Map(sectors().map((s) => [s.id, s.zh])), places: new Map(places().map((p) => [p.id, p.name])) }
}
