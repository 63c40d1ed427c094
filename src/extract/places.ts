/**
 * The gazetteer at work: find places and facilities named in a text, and
 * turn the gazetteer's `evidence` strings (`quote (4.3); quote (专栏 7-2)`)
 * into quotes located in the tree, so that a tie can cite the node it rests on.
 */
import type { Facility, Gazetteer, Place } from '../schema/knowledge.js'
import { Matcher } from './text.js'

/** A gazetteer entry a text names: a place or a facility. */
export type Named = { kind: 'place'; place: Place } | { kind: 'facility'; facility: Facility }

/** How a message names a gazetteer entry: a place by its ID, a facility by its name. */
export function entryName(named: Named): string {
  return named.kind === 'place' ? named.place.id : named.facility.name
}

/** A quote located in the tree: node `nodeId`'s value holds `quote` at `[start, end)`. */
export interface Located {
  nodeId: string
  start: number
  end: number
  quote: string
}

export interface PlaceIndex {
  places: Map<string, Place>
  facilities: readonly Facility[]
  /** Places and facilities. */
  matcher: Matcher<Named>
  /** Places only: a facility named with its place (X区X城) still names the place. */
  placeMatcher: Matcher<Named>
  /**
   * Where the gazetteer's evidence for a place or facility stands in the tree: the first quote found, preferring
   * fragments that contain one of `preferring` (the names of the place or facility a link goes to), then the node the
   * quote's location names, then the longest fragment.
   */
  evidenceOf(entry: Named, preferring?: readonly string[]): Located | undefined
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

export function buildPlaceIndex(gazetteer: Gazetteer, texts: ReadonlyArray<{ id: string; value: string }>): PlaceIndex {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]))
  const entries: Array<[string, Named]> = []
  for (const place of gazetteer.places) for (const word of [place.name, ...place.aliases]) entries.push([word, { kind: 'place', place }])
  for (const facility of gazetteer.facilities) for (const word of [facility.name, ...facility.aliases]) entries.push([word, { kind: 'facility', facility }])
  // The schema refuses an empty exclude, and the Matcher drops one that got past it (it would never end a search).
  const excludes = gazetteer.places.flatMap((p) => p.exclude ?? [])
  const cache = new Map<string, Located | undefined>()

  const evidenceOf = (entry: Named, preferring: readonly string[] = []): Located | undefined => {
    const key = (entry.kind === 'place' ? 'p:' + entry.place.id : 'f:' + entry.facility.name) + '|' + preferring.join(',')
    if (cache.has(key)) return cache.get(key)
    const names = (fragment: string) => (preferring.some((w) => fragment.includes(w)) ? 1 : 0)
    // Quotes with a fragment that names a preferred word first (stable: the gazetteer's order between equals).
    const quotes = parseEvidence(entry.kind === 'place' ? entry.place.evidence : entry.facility.evidence).sort(
      (a, b) => Math.max(...b.fragments.map(names)) - Math.max(...a.fragments.map(names))
    )
    let found: Located | undefined
    for (const { fragments, prefix } of quotes) {
      // Look the quote up by its fragment that names a preferred word, else its longest; prefer the node its location names.
      const lead = [...fragments].sort((a, b) => names(b) - names(a) || b.length - a.length)[0]!
      const inUnit = prefix ? texts.find((n) => (n.id === prefix || n.id.startsWith(prefix + '__')) && n.value.includes(lead)) : undefined
      const node = inUnit ?? texts.find((n) => n.value.includes(lead))
      if (!node) continue
      // The quote as the text prints it: from its first fragment found in that node to its last (an elision filled in).
      const spans = fragments.flatMap((f) => {
        const at = node.value.indexOf(f)
        return at < 0 ? [] : [{ start: at, end: at + f.length }]
      })
      const start = Math.min(...spans.map((x) => x.start))
      const end = Math.max(...spans.map((x) => x.end))
      found = { nodeId: node.id, start, end, quote: node.value.slice(start, end) }
      break
    }
    cache.set(key, found)
    return found
  }

  const placeEntries = entries.filter(([, n]) => n.kind === 'place')
  return { places, facilities: gazetteer.facilities, matcher: new Matcher(entries, excludes), placeMatcher: new Matcher(placeEntries, excludes), evidenceOf }
}
