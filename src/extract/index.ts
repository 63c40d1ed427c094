/**
 * extractProjects(tree, knowledge): every 专栏 item and every named project
 * of the text, each with where it stands, its sectors (with the words that
 * gave them), its places, and its ties to places with evidence.
 *
 * IDs: a box item's project is `${boxItemId}__prj`; a named project is
 * `${nodeId}__prj_${key}`, key derived from its name (projectId). Both come
 * from where the project stands (the node IDs follow the printed numbering)
 * and what it is called, never from a counter, so a project found or
 * dropped elsewhere, even in the same paragraph, changes no other ID.
 *
 * Generic: the county's knowledge (gazetteer, sectors, genre wording) comes
 * in as data; nothing here names a place.
 */
import type { BoxItem, Plan, PlanNode } from '../schema/plan.js'
import { KnowledgeSchema, type Knowledge, type Project, type Tie } from '../schema/project.js'
import { findNamedProjects, type NameRules } from './names.js'
import { buildPlaceIndex, type Named, type PlaceIndex } from './places.js'
import { sectorScorer, type SectorScorer } from './sectors.js'
import { despace, sentenceAt } from './text.js'
import { projectId } from '../ids/project.js'

export interface ExtractDiagnostic {
  severity: 'warning' | 'error'
  rule: string
  message: string
  nodeId?: string
}

export interface ExtractResult {
  projects: Project[]
  diagnostics: ExtractDiagnostic[]
}

/** A heading that sets the subject of a unit: the chapter, section, box and enclosing box items. */
interface UnitHeading {
  nodeId: string
  text: string
}

interface Context {
  chapter: string
  section?: string
  box?: string
  items: BoxItem[]
  headings: UnitHeading[]
}

export function extractProjects(tree: Plan, knowledge: Knowledge): ExtractResult {
  const k = KnowledgeSchema.parse(knowledge)
  const places = buildPlaceIndex(k.gazetteer, tree)
  const score = sectorScorer(k.sectors)
  const rules: NameRules = { k: k.extract, isProper: properTest(k.extract, places), namesSite: siteTest(k.extract, places), ...gazetteerTests(places) }
  const diagnostics: ExtractDiagnostic[] = []
  const projects: Project[] = []
  const env: Env = { places, score, rules, diagnostics, projects, ids: new Set(), seen: new Map() }

  const walk = (node: PlanNode, ctx: Context | undefined) => {
    let here = ctx
    if (node.type === 'chapter') here = { chapter: node.id, items: [], headings: headingOf(node) }
    else if (node.type === 'section' && ctx) here = { ...ctx, section: node.id, headings: [...ctx.headings, ...headingOf(node)] }
    else if (node.type === 'box' && ctx) here = { ...ctx, box: node.number, headings: [...ctx.headings, ...headingOf(node)] }
    else if (node.type === 'boxItem' && ctx) {
      boxItemProject(node, ctx, env)
      const first = firstParagraph(node)
      here = { ...ctx, items: [...ctx.items, node], headings: first ? [...ctx.headings, { nodeId: first.id, text: node.title }] : ctx.headings }
    } else if ((node.type === 'paragraph' || node.type === 'measure') && ctx) namedProjects(node.id, node.value, ctx, env)
    if ('children' in node) for (const c of node.children as PlanNode[]) if (c.type !== 'table') walk(c, here)
  }
  walk(tree, undefined)
  for (const p of projects) for (const t of p.ties) checkQuote(tree, t, diagnostics, p.id)
  borrowSectors(projects)
  inheritTies(projects)
  return { projects, diagnostics }
}

/**
 * A 专栏 item is tied transitively where the projects its own text names are (an item X平台建设工程 builds a Y大楼
 * that stands in zone Z): its title may say nothing of the place, and a place its text only cites (利用A园区的
 * 示范引领作用) is no site of it, so the item's own transitive ties come from its title and from these projects.
 */
function inheritTies(projects: Project[]) {
  const items = new Map(projects.filter((p) => p.kind === 'box-item').map((p) => [p.id.replace(/__prj$/, ''), p]))
  for (const q of projects) {
    const item = q.kind === 'named' && q.boxItem ? items.get(q.boxItem) : undefined
    if (item) for (const t of q.ties) if (t.how === 'transitive' && !item.ties.some((x) => x.to === t.to)) item.ties.push({ ...t, via: t.via ?? q.name })
  }
}

/**
 * A project whose sectors rest on its unit's heading alone (a 专栏 item with no text) takes the sectors that another
 * mention of it found in its own words: X集团Y项目 in a box and Y项目 in a sentence about 光伏新材料.
 */
function borrowSectors(projects: Project[]) {
  const own = (p: Project) => p.sectorEvidence.some((e) => e.words.some((w) => w.from !== 'unit'))
  for (const p of projects) {
    if (own(p)) continue
    const other = projects.find((q) => q !== p && own(q) && q.name.length >= 6 && (p.name.endsWith(q.name) || q.name.endsWith(p.name)))
    if (!other) continue
    p.sectors = [...other.sectors]
    p.sectorEvidence = other.sectorEvidence.map((e) => ({ ...e, words: e.words.map((w) => ({ word: w.word, from: 'mention' as const })) }))
  }
}

interface Env {
  places: PlaceIndex
  score: SectorScorer
  rules: NameRules
  diagnostics: ExtractDiagnostic[]
  projects: Project[]
  ids: Set<string>
  /** Names already given, by unit (box, else section, else chapter). */
  seen: Map<string, Set<string>>
}

function headingOf(node: PlanNode): UnitHeading[] {
  if (!('children' in node)) return []
  const h = (node.children as PlanNode[]).find((c) => c.type === 'heading')
  return h && 'value' in h ? [{ nodeId: h.id, text: h.value }] : []
}

function firstParagraph(item: BoxItem) {
  return item.children.find((c) => c.type === 'paragraph')
}

/** The item's own text: its paragraphs, not its nested items. */
function itemText(item: BoxItem): Array<{ id: string; value: string }> {
  return item.children.flatMap((c) => (c.type === 'paragraph' ? [{ id: c.id, value: c.value }] : []))
}

function boxItemProject(item: BoxItem, ctx: Context, env: Env) {
  const own = itemText(item)
  const first = own[0]
  const atStart = first && first.value.startsWith(item.title)
  const at = atStart ? { nodeId: first.id, start: 0, end: item.title.length } : { nodeId: item.id, start: 0, end: 0 }
  const name = despace(item.title)
  const text = own.map((p) => p.value).join('\n')
  const sectors = env.score({ name, text: text.slice(item.title.length), unit: unitText(ctx) })
  const ties = new TieSet()
  // direct: the item's own text names the place.
  for (const p of own) for (const m of env.places.placeMatcher.all(p.value)) direct(ties, m.value, p.id, m.word)
  contextTies(ties, ctx, env)
  // transitive: through what its title names (and, after the walk, through the projects its text names: inheritTies).
  for (const m of env.places.matcher.all(item.title)) transitive(ties, m.value, env)
  env.projects.push({
    id: `${item.id}__prj`,
    name,
    raw: item.title,
    kind: 'box-item',
    at,
    chapter: ctx.chapter,
    ...(ctx.section ? { section: ctx.section } : {}),
    ...(ctx.box ? { box: ctx.box } : {}),
    sectors: sectors.sectors,
    sectorEvidence: sectors.evidence,
    places: placesIn([text, ...ctx.headings.slice(1).map((h) => h.text)], env),
    ties: ties.list()
  })
}

function namedProjects(nodeId: string, value: string, ctx: Context, env: Env) {
  const item = ctx.items[ctx.items.length - 1]
  // In a box item's paragraph the item's own title opens the text: it is the box-item project, not a named one.
  const from = item && value.startsWith(item.title) && firstParagraph(item)?.id === nodeId ? item.title.length : 0
  const found = findNamedProjects(value, from, value.length, env.rules)
  for (const c of found) {
    // A facility that is a 专栏 item's own undertaking (the gazetteer says which) is that item's project.
    if (env.rules.itemOf(c.name)) continue
    // One entry a project in a unit: a name the unit has already given is a second mention, not a second project.
    const unit = ctx.box ? `box_${ctx.box}` : (ctx.section ?? ctx.chapter)
    const seen = env.seen.get(unit) ?? new Set<string>()
    env.seen.set(unit, seen)
    if (seen.has(c.name)) continue
    seen.add(c.name)
    // (Unless the text names the place the title leaves out: 蔬菜产业园区 -> A镇蔬菜产业园区 is the named one.)
    const placeIds = (t: string) => env.places.placeMatcher.all(t).map((m) => (m.value.kind === 'place' ? m.value.place.id : ''))
    const placed = item !== undefined && placeIds(c.name).some((id) => !placeIds(item.title).includes(id))
    if (item && !placed && (overlaps(c.name, despace(item.title)) || sameEntry(c.name, item.title, env.places))) continue
    // A generic name that ends like the item's title (主题文化产业示范园 in the text of item A署文化产业示范园) restates the item.
    // So does a name that spells the title out (A历史、文化、艺术记忆工程 for A文化记忆工程).
    if (item && (!env.rules.isProper(c.name) || spellsOut(c.name, despace(item.title))) && restates(c.name, despace(item.title))) continue
    // So does the title with one character left out or added (AC文化产业示范园 in the item ABC文化产业示范园).
    if (item && oneApart(c.name, despace(item.title))) continue
    const sentence = sentenceAt(value, c.start)
    const sentenceText = value.slice(sentence.start, sentence.end)
    const sectors = env.score({ name: c.name, text: sentenceText, unit: unitText(ctx) })
    const ties = new TieSet()
    // A project whose own name places it (A乡田园综合体项目) stands there: another place its sentence or item names
    // (…通过B区服务中心…) is a partner, not its site — unless it lies within that place.
    const own = placeIds(c.name).filter(Boolean)
    const sited = (named: Named) => named.kind !== 'place' || own.length === 0 || own.some((id) => id === named.place.id || env.places.places.get(id)?.within === named.place.id)
    for (const m of env.places.placeMatcher.all(sentenceText)) if (sited(m.value)) direct(ties, m.value, nodeId, m.word)
    // In a 专栏 item the literal rule reads "its own item names the place": the enclosing items' own text counts as direct.
    for (const it of ctx.items) for (const p of itemText(it)) for (const m of env.places.placeMatcher.all(p.value)) if (sited(m.value)) direct(ties, m.value, p.id, m.word)
    contextTies(ties, ctx, env)
    for (const m of env.places.matcher.all(c.name)) transitive(ties, m.value, env)
    env.projects.push({
      id: projectId(nodeId, c.name, env.ids),
      name: c.name,
      raw: c.raw,
      kind: 'named',
      at: { nodeId, start: c.start, end: c.end },
      chapter: ctx.chapter,
      ...(ctx.section ? { section: ctx.section } : {}),
      ...(ctx.box ? { box: ctx.box } : {}),
      ...(item ? { boxItem: item.id } : {}),
      sectors: sectors.sectors,
      sectorEvidence: sectors.evidence,
      places: placesIn([sentenceText, ...ctx.headings.slice(1).map((h) => h.text)], env),
      ties: ties.list()
    })
  }
}

/** The headings below the chapter: the section, the box and the enclosing items. */
function unitText(ctx: Context): string {
  return ctx.headings.slice(1).map((h) => h.text).join('\n')
}

/** Same project named twice (the item restating its title): ≥ 80 % of the longer name in common by containment. */
/** `name` shares with `title` a tail of four characters or more, at least half of the name. */
function restates(name: string, title: string): boolean {
  let n = 0
  while (n < name.length && n < title.length && name[name.length - 1 - n] === title[title.length - 1 - n]) n++
  return n >= 4 && (n * 2 >= name.length || spellsOut(name, title))
}

/** Every two-character word of the title, its shared tail aside, is in the name: the name elaborates the title. */
function spellsOut(name: string, title: string): boolean {
  let n = 0
  while (n < name.length && n < title.length && name[name.length - 1 - n] === title[title.length - 1 - n]) n++
  const rest = title.slice(0, title.length - n)
  const words = rest.match(/.{1,2}/g) ?? []
  return n >= 4 && words.length > 0 && words.every((w) => w.length === 2 && name.slice(0, name.length - n).includes(w))
}

/** Two names of six characters or more that differ by one character inserted. */
function oneApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < 6 || long.length !== short.length + 1) return false
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true
  return false
}

function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const s = short.replace(/项目$|工程$/, '')
  return long.includes(s) && s.length / long.replace(/项目$|工程$/, '').length >= 0.6
}

function placesIn(texts: string[], env: Env): string[] {
  const out: string[] = []
  for (const t of texts) for (const m of env.places.placeMatcher.all(t)) if (m.value.kind === 'place' && !out.includes(m.value.place.id)) out.push(m.value.place.id)
  return out
}

/** At most one tie per place: the strongest (direct > context > transitive), first evidence kept. */
class TieSet {
  private readonly byPlace = new Map<string, Tie>()
  add(t: Tie) {
    const rank = { direct: 3, context: 2, transitive: 1 }
    const old = this.byPlace.get(t.to)
    if (!old || rank[t.how] > rank[old.how]) this.byPlace.set(t.to, t)
  }
  list(): Tie[] {
    return [...this.byPlace.values()]
  }
}

function direct(ties: TieSet, named: Named, nodeId: string, word: string) {
  if (named.kind === 'place') ties.add({ to: named.place.id, how: 'direct', evidence: { nodeId, quote: word } })
}

function contextTies(ties: TieSet, ctx: Context, env: Env) {
  // The chapter heading is too broad a unit; sections, boxes and items set a subject. Innermost first: its evidence is the closest.
  for (const h of ctx.headings.slice(1).reverse())
    for (const m of env.places.placeMatcher.all(h.text)) if (m.value.kind === 'place') ties.add({ to: m.value.place.id, how: 'context', evidence: { nodeId: h.nodeId, quote: h.text } })
}

/** A facility the gazetteer places somewhere, or a place inside another: the tie passes through it. */
function transitive(ties: TieSet, named: Named, env: Env) {
  const to = named.kind === 'facility' ? named.facility.place : named.place.within
  if (!to) return
  const target = env.places.places.get(to)
  const words = target ? [target.name, ...target.aliases] : []
  const ev = env.places.evidenceOf(named, words)
  if (!ev) {
    env.diagnostics.push({ severity: 'warning', rule: 'evidence-not-found', message: `no quote of the gazetteer evidence for ${named.kind === 'place' ? named.place.id : named.facility.name} is in the text` })
    return
  }
  ties.add({ to, how: 'transitive', evidence: ev, via: named.kind === 'place' ? named.place.id : named.facility.name })
}

function checkQuote(tree: Plan, t: Tie, diagnostics: ExtractDiagnostic[], id: string) {
  void tree
  if (!t.evidence.quote) diagnostics.push({ severity: 'error', rule: 'empty-quote', message: `tie of ${id} has no quote` })
}

/** The item restating its own subject by a gazetteer name (X产业园 in X市产业园项目): the name is little more than that entry. */
function sameEntry(name: string, title: string, places: PlaceIndex): boolean {
  const key = (n: Named) => (n.kind === 'place' ? 'p:' + n.place.id : 'f:' + n.facility.name)
  const inTitle = new Set(places.matcher.all(title).map((m) => key(m.value)))
  return places.matcher.all(name).some((m) => inTitle.has(key(m.value)) && name.length - m.word.length <= 2)
}

/** Gazetteer look-ups for names: a known facility (X城), an existing place or facility (used, not built). */
function gazetteerTests(places: PlaceIndex): Pick<NameRules, 'isKnownFacility' | 'isExisting' | 'placeBefore' | 'namesPlace' | 'placeAtStart' | 'itemOf'> {
  const whole = (name: string) => places.matcher.all(name).filter((m) => m.start === 0 && m.end === name.length).map((m) => m.value)
  return {
    placeBefore: (text, at) => {
      const before = text.slice(Math.max(0, at - 10), at)
      return places.placeMatcher.all(before).find((m) => m.end === before.length)?.word
    },
    placeAtStart: (name) => places.placeMatcher.all(name).find((m) => m.start === 0)?.end ?? 0,
    namesPlace: (name) => places.placeMatcher.all(name).length > 0,
    isKnownFacility: (name) => whole(name).some((n) => n.kind === 'facility' && !n.facility.existing),
    isExisting: (name) => whole(name).some((n) => (n.kind === 'facility' ? n.facility.existing : n.place.existing) === true),
    itemOf: (name) => whole(name).flatMap((n) => (n.kind === 'facility' && n.facility.boxItem ? [n.facility.boxItem] : []))[0]
  }
}

/** A street or road name (大众南路, 鼓楼南街), not the common nouns 道路/公路/街道/路网. */
const ROAD = /[\u4e00-\u9fa5]{2}(?<![道公马铁网线通])[路街](?!道|巷|网)/

/** A name that names a site: a gazetteer place or facility, a known proper name, a street or road, a company. */
function siteTest(k: Knowledge['extract'], places: PlaceIndex): (name: string) => boolean {
  return (name) => places.matcher.all(name).length > 0 || k.properNames.some((w) => name.includes(w)) || ROAD.test(name) || k.properMarkers.some((w) => name.includes(w))
}

/** A proper-name element: a gazetteer name, a company marker, a known proper name, a quantity, an ordinal, a quotation, X至Y. */
function properTest(k: Knowledge['extract'], places: PlaceIndex): (name: string) => boolean {
  return (name) =>
    places.matcher.all(name).length > 0 ||
    k.properMarkers.some((w) => name.includes(w)) ||
    k.properNames.some((w) => name.includes(w)) ||
    (k.namedHeads ?? []).some((h) => name.endsWith(h) && name.length - h.length >= 2) ||
    // The new one of a kind (新医院, 新人民医院): a facility that replaces the unique existing one.
    (k.uniquePrefixes ?? []).some((p) => name.startsWith(p) && name.length <= 7 && !(k.notUnique ?? []).some((w) => name.startsWith(w)) && k.facilityHeads.some((h) => name.endsWith(h))) ||
    /[0-9０-９]|[A-Z]\d|第[一二三四五六七八九十]|至|[\u4e00-\u9fa5]{2}到[\u4e00-\u9fa5]{2}/.test(name) ||
    // A street or road name (大众南路, 鼓楼南街), not the common nouns 道路/公路/街道.
    ROAD.test(name) ||
    // A route between two named ends (霍永—霍黎), a quantity in words (百万千瓦级).
    /[\u4e00-\u9fa5]—[\u4e00-\u9fa5]/.test(name) ||
    /[一二三四五六七八九十百千万两]+(?:千瓦|兆瓦|万吨|吨|平方米|公里|亩)/.test(name)
}
