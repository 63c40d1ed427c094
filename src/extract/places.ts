/**
 * The gazetteer at work: find places and facilities named in a text, and
 * turn the gazetteer's `evidence` strings (`quote (4.3); quote (专栏 7-2)`)
 * into quotes located in the tree, so that a tie can cite the node it rests on.
 */
import type { Facility, Gazetteer, Place } from '../schema/knowledge.js'
import type { Plan, PlanNode } from '../schema/plan.js'
import { nodes, type Walkable } from '../util/visit.js'
import { Matcher } from './text.js'

/** A gazetteer entry a text names: a place or a facility. */
export type Named = { kind: 'place'; place: Place } | { kind: 'facility'; facility: Facility }

/** How a message names a gazetteer entry: a place by its ID, a facility by its name. */
export function entryName(named: Named): string {
  return named.kind === 'place' ? named.place.id : named.facility.name
}

export interface Located {
  nodeId: string
  quote: string
}

export interface PlaceIndex {
  places: Map<string, Place>
  /** Places and facilities. */
  matcher: Matcher<Named>
  /** Places only: a facility named with its place (X区X城) still names the place. */
  placeMatcher: Matcher<Named>
  /**
   * Where the gazetteer's evidence for a place or facility stands in the tree: the first quote found, preferring
   * quotes that contain one of `preferring` (the name of the place a tie goes to) and the node the quote's location
   * names; each quote's longest fragment first.
   */
  evidenceOf(entry: Named, preferring?: readonly string[]): Located | undefined
}

/** Every node with a text (`value`) in document order, the 目录's entries aside: where evidence is looked for. */
function textNodes(tree: Plan): Array<{ id: string; value: string }> {
  return nodes<PlanNode & Walkable>(tree).flatMap((n) => ('value' in n && typeof n.value === 'string' && n.type !== 'tocEntry' ? [{ id: n.id, value: n.value }] : []))
}

/** `专栏 4-3` -> `box_4-3`; `4.3` -> `chp_4__sec_3`; anything else: no preference. */
function locationPrefix(location: string): string | undefined {
  const box = /专栏\s*(\d+-\d+)/.exec(location)
  if (box) return `box_${box[1]}`
  const section = /^(\d+)\.(\d+)$/.exec(location.trim())
  if (section) return `chp_${section[1]}__sec_${section[2]}`
  return undefined
}

/** Split an evidence string into its quotes (each with its location), the fragments of an elided quote (A……B) kept apart. */
function parseEvidence(evidence: string): Array<{ fragments: string[]; prefix: string | undefined }> {
  const out: Array<{ fragments: string[]; prefix: string | undefined }> = []
  for (const m of evidence.matchAll(/([^;()]+?)\s*\(([^()]*)\)/g)) {
    const quote = m[1]!.replace(/^[\s;—-]+/, '').trim()
    const fragments = quote
      .split(/……|…/)
      .map((f) => f.trim())
      .filter((f) => f.length >= 2)
    if (fragments.length) out.push({ fragments, prefix: locationPrefix(m[2]!) })
  }
  return out
}

export function buildPlaceIndex(gazetteer: Gazetteer, tree: Plan): PlaceIndex {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]))
  const entries: Array<[string, Named]> = []
  for (const place of gazetteer.places) for (const word of [place.name, ...place.aliases]) entries.push([word, { kind: 'place', place }])
  for (const facility of gazetteer.facilities) for (const word of [facility.name, ...facility.aliases]) entries.push([word, { kind: 'facility', facility }])
  // An empty exclude would match at every position, forever (indexOf('', i + 1) never runs out): the schema refuses one, and none gets here.
  const excludes = gazetteer.places.flatMap((p) => p.exclude ?? []).filter((x) => x !== '')
  const texts = textNodes(tree)
  const cache = new Map<string, Located | undefined>()

  const evidenceOf = (entry: Named, preferring: readonly string[] = []): Located | undefined => {
    const key = (entry.kind === 'place' ? 'p:' + entry.place.id : 'f:' + entry.facility.name) + '|' + preferring.join(',')
    if (cache.has(key)) return cache.get(key)
    const quotes = parseEvidence(entry.kind === 'place' ? entry.place.evidence : entry.facility.evidence)
    const names = (fragments: string[]) => (preferring.some((w) => fragments.some((f) => f.includes(w))) ? 1 : 0)
    const ranked = [...quotes].sort((a, b) => names(b.fragments) - names(a.fragments))
    let found: Located | undefined
    search: for (const quote of ranked)
      for (const fragment of [...quote.fragments].sort((a, b) => b.length - a.length)) {
        const inUnit = quote.prefix ? texts.find((n) => (n.id === quote.prefix || n.id.startsWith(quote.prefix + '__')) && n.value.includes(fragment)) : undefined
        const node = inUnit ?? texts.find((n) => n.value.includes(fragment))
        if (node) {
          found = { nodeId: node.id, quote: fragment }
          break search
        }
      }
    cache.set(key, found)
    return found
  }

  const placeEntries = entries.filter(([, n]) => n.kind === 'place')
  return { places, matcher: new Matcher(entries, excludes), placeMatcher: new Matcher(placeEntries, excludes), evidenceOf }
}
