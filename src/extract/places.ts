/**
 * The gazetteer at work: find places and facilities named in a text, and
 * turn the gazetteer's `evidence` strings (`quote (4.3); quote (专栏 7-2)`)
 * into quotes located in the tree, so that a tie can cite the node it rests on.
 */
import type { Facility, Gazetteer, Place } from '../schema/project.js'
import type { Plan, PlanNode } from '../schema/plan.js'
import { Matcher } from './text.js'

export type Named = { kind: 'place'; place: Place } | { kind: 'facility'; facility: Facility }

export interface Located {
  nodeId: string
  quote: string
}

export interface PlaceIndex {
  places: Map<string, Place>
  matcher: Matcher<Named>
  /** Places only: a facility named with its place (X区X城) still names the place. */
  placeMatcher: Matcher<Named>
  /** Every name and alias (places only) -> place ID. */
  byName: Map<string, string>
  /** Where the gazetteer's evidence for a place or facility stands in the tree. */
  evidenceOf(entry: Named, preferring?: readonly string[]): Located | undefined
}

export function textNodes(tree: Plan): Array<{ id: string; value: string }> {
  const out: Array<{ id: string; value: string }> = []
  const walk = (n: PlanNode) => {
    if ('value' in n && typeof n.value === 'string' && n.type !== 'tocEntry') out.push({ id: n.id, value: n.value })
    if ('children' in n) for (const c of n.children as PlanNode[]) walk(c)
  }
  walk(tree)
  return out
}

/** `专栏 4-3` -> `box_4-3`; `4.3` -> `chp_4__sec_3`; `7.2` …; anything else: no preference. */
function locationPrefix(loc: string): string | undefined {
  const box = /专栏\s*(\d+-\d+)/.exec(loc)
  if (box) return `box_${box[1]}`
  const sec = /^(\d+)\.(\d+)$/.exec(loc.trim())
  if (sec) return `chp_${sec[1]}__sec_${sec[2]}`
  return undefined
}

/** Split an evidence string into its quotes (each with its location), fragments of an elided quote kept apart. */
export function parseEvidence(evidence: string): Array<{ fragments: string[]; prefix: string | undefined }> {
  const out: Array<{ fragments: string[]; prefix: string | undefined }> = []
  const re = /([^;()]+?)\s*\(([^()]*)\)/g
  for (const m of evidence.matchAll(re)) {
    const quote = m[1]!.replace(/^[\s;—-]+/, '').trim()
    const fragments = quote.split(/……|…/).map((f) => f.trim()).filter((f) => f.length >= 2)
    if (fragments.length) out.push({ fragments, prefix: locationPrefix(m[2]!) })
  }
  return out
}

export function buildPlaceIndex(gazetteer: Gazetteer, tree: Plan): PlaceIndex {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]))
  const entries: Array<[string, Named]> = []
  const byName = new Map<string, string>()
  for (const place of gazetteer.places)
    for (const w of [place.name, ...place.aliases]) {
      entries.push([w, { kind: 'place', place }])
      byName.set(w, place.id)
    }
  for (const facility of gazetteer.facilities)
    for (const w of [facility.name, ...facility.aliases]) entries.push([w, { kind: 'facility', facility }])
  const excludes = gazetteer.places.flatMap((p) => p.exclude ?? [])
  const nodes = textNodes(tree)
  const cache = new Map<string, Located | undefined>()

  const evidenceOf = (entry: Named, preferring: readonly string[] = []): Located | undefined => {
    const key = (entry.kind === 'place' ? 'p:' + entry.place.id : 'f:' + entry.facility.name) + '|' + preferring.join(',')
    if (cache.has(key)) return cache.get(key)
    const quotes = parseEvidence(entry.kind === 'place' ? entry.place.evidence : entry.facility.evidence)
    // Prefer the quote that names the place the tie goes to (a placement quote).
    const ranked = [...quotes].sort((a, b) => score(b.fragments) - score(a.fragments))
    function score(fragments: string[]): number {
      return preferring.some((w) => fragments.some((f) => f.includes(w))) ? 1 : 0
    }
    let found: Located | undefined
    outer: for (const q of ranked)
      for (const fragment of [...q.fragments].sort((a, b) => b.length - a.length)) {
        const inUnit = q.prefix ? nodes.find((n) => (n.id === q.prefix || n.id.startsWith(q.prefix + '__')) && n.value.includes(fragment)) : undefined
        const node = inUnit ?? nodes.find((n) => n.value.includes(fragment))
        if (node) {
          found = { nodeId: node.id, quote: fragment }
          break outer
        }
      }
    cache.set(key, found)
    return found
  }

  const placeEntries = entries.filter(([, n]) => n.kind === 'place')
  return { places, matcher: new Matcher(entries, excludes), placeMatcher: new Matcher(placeEntries, excludes), byName, evidenceOf }
}
