/**
 * What two names must share to be one project: a name's key (spaces,
 * quotation marks and a trailing 项目 aside), the keys it has once the
 * prefixes that do not change what it names are dropped (a place, a company,
 * a quantity, the plan's own jurisdiction: A镇B小学 = B小学,
 * 20万平方米标准厂房 = 标准厂房), and the gazetteer entry it is. Generic: the
 * words are the corpus's (extract.json: mentionSuffixes, ownPrefixes,
 * companyEnds; the gazetteer).
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { Named, PlaceIndex } from '../places.js'
import { entryWords } from '../relations.js'
import { despace } from '../text.js'

/** A quantity before a name: 20万平方米, 3万吨, 100MW. */
const QUANTITY = /^[0-9０-９][0-9０-９.．]*[万亿千百]?(?:平方米|平米|亩|万吨|吨|公里|千米|米|千瓦|兆瓦|MW|KW|kW|个|座|条|处)/
/** Quotation marks, which do not change a name. */
const QUOTES = /[“”"‘’「」]/g
/** The longest company name before a name (…有限公司, …集团). */
const COMPANY_MAX = 20

/** A name with the prefixes dropped that leave it naming the same thing: the rest, and the places the prefixes named. */
export interface Stripped {
  rest: string
  /** The gazetteer places the dropped prefixes named. */
  places: string[]
}

export interface MentionKeys {
  /** The name's key: spaces and quotation marks dropped, a trailing mention suffix (项目) dropped. */
  key(name: string): string
  /** The keys the name has with one or more prefixes dropped (a place, a company, a quantity, the jurisdiction), longest first. */
  stripped(name: string): Stripped[]
  /** The gazetteer facility or place the name is (its name or an alias, after prefixes that agree with where it stands). */
  entryOf(name: string): Named | undefined
}

export function mentionKeys(words: ExtractKnowledge, places: PlaceIndex): MentionKeys {
  const suffixes = [...words.mentionSuffixes].sort((a, b) => b.length - a.length)
  const key = (name: string): string => {
    const bare = despace(name).replace(QUOTES, '')
    const suffix = suffixes.find((s) => bare.endsWith(s) && bare.length - s.length >= 2)
    return suffix ? bare.slice(0, -suffix.length) : bare
  }
  const own = [...words.ownPrefixes].sort((a, b) => b.length - a.length)

  /** The prefix units at the start of `text`: each gives the rest after it and the place it names, if any. */
  const units = (text: string): Array<{ length: number; place?: string }> => {
    const out: Array<{ length: number; place?: string }> = []
    for (const w of own) if (text.startsWith(w)) out.push({ length: w.length })
    const place = places.placeMatcher.all(text).find((m) => m.start === 0)
    if (place && place.value.kind === 'place') out.push({ length: place.end, place: place.value.place.id })
    const quantity = QUANTITY.exec(text)
    if (quantity) out.push({ length: quantity[0].length })
    for (const end of words.companyEnds) {
      const at = text.indexOf(end)
      if (at > 0 && at + end.length <= COMPANY_MAX && !/[，、。；（）]/.test(text.slice(0, at))) out.push({ length: at + end.length })
    }
    return out
  }

  const stripped = (name: string): Stripped[] => {
    const out: Stripped[] = []
    const seen = new Set<string>()
    const queue: Stripped[] = [{ rest: key(name), places: [] }]
    while (queue.length > 0) {
      const { rest, places: named } = queue.shift()!
      for (const unit of units(rest)) {
        const next = { rest: rest.slice(unit.length), places: unit.place ? [...named, unit.place] : named }
        if (next.rest.length < 2 || seen.has(next.rest)) continue
        seen.add(next.rest)
        out.push(next)
        queue.push(next)
      }
    }
    return out.sort((a, b) => b.rest.length - a.rest.length)
  }

  const byKey = new Map<string, Named>()
  for (const place of places.places.values()) for (const w of entryWords({ kind: 'place', place })) if (!byKey.has(key(w))) byKey.set(key(w), { kind: 'place', place })
  const facilities = new Map<string, Named>()
  for (const [word, named] of facilityWords(places)) if (!facilities.has(key(word))) facilities.set(key(word), named)

  /** The places an entry stands in: its own (a place), its facility's, and those they lie within. */
  const chain = (named: Named): Set<string> => {
    const out = new Set<string>()
    let id = named.kind === 'place' ? named.place.id : named.facility.place
    while (id && !out.has(id)) {
      out.add(id)
      id = places.places.get(id)?.within ?? undefined
    }
    return out
  }
  /** A place a prefix names agrees with the entry when the entry stands in it, or it lies in the entry's place. */
  const agrees = (named: Named, prefixPlaces: readonly string[]): boolean => {
    const around = chain(named)
    return prefixPlaces.every((p) => around.size === 0 || around.has(p) || (places.places.get(p)?.within !== undefined && around.has(places.places.get(p)!.within!)))
  }

  const entryOf = (name: string): Named | undefined => {
    for (const candidate of [{ rest: key(name), places: [] as string[] }, ...stripped(name)]) {
      const named = facilities.get(candidate.rest) ?? byKey.get(candidate.rest)
      if (named && agrees(named, candidate.places)) return named
    }
    return undefined
  }
  return { key, stripped, entryOf }
}

/** Every facility word (name and aliases) with its facility. */
function facilityWords(places: PlaceIndex): Array<[string, Named]> {
  return places.facilities.flatMap((facility) => entryWords({ kind: 'facility', facility }).map((w): [string, Named] => [w, { kind: 'facility', facility }]))
}
